import type { TimeInterval } from "../../model/types.js";
import { WEEKDAYS } from "./lexicon.js";

/** A night or a part of a day named as a date, resolved to its day(s): what `findDates` needs of it. */
export interface NightDate {
  start: number;
  end: number;
  time: TimeInterval;
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number): string => String(n).padStart(2, "0");
const iso = (x: Ymd): string => `${x.y}-${pad(x.m)}-${pad(x.d)}`;
const utc = (x: Ymd): Date => new Date(Date.UTC(x.y, x.m - 1, x.d));

function addDays(x: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The latest day on or before publication that falls on `weekday` ("Friday" in a Saturday report is the day before). */
function lastWeekday(published: Ymd, weekday: string): Ymd {
  const target = WEEKDAYS.indexOf(weekday.toLowerCase());
  return addDays(published, -((utc(published).getUTCDay() - target + 7) % 7));
}

/** A night that begins on `day` and ends on the next morning, dated (as the guide codes it) by its first day. */
const night = (day: Ymd): TimeInterval => ({ from: iso(day), to: iso(addDays(day, 1)), precision: "day" });
const oneDay = (day: Ymd): TimeInterval => ({ from: iso(day), to: iso(day), precision: "day" });

const WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

/**
 * "overnight", "overnight on Monday", "overnight Friday", "overnight into Saturday": a night. Alone it
 * is the night that ended on the report's day (a wire story filed on Saturday about killings
 * "overnight" tells of Friday night into Saturday); with a weekday it is the night that began that day,
 * or, after "into", the night that ended on it.
 */
const OVERNIGHT = new RegExp(
  String.raw`\bovernight(?:\s+(?:(on\s+)?(${WEEKDAY})(?:\s+(?:to|into)\s+(?:${WEEKDAY}))?|into\s+(${WEEKDAY})))?\b`,
  "gi",
);

/**
 * "the night of Friday to Saturday", "the early hours of Sunday", "the small hours of Monday", "the
 * morning of Friday": a part of a named weekday, that day. A night "of Friday to Saturday" runs into
 * the second day and is dated by the first.
 */
const PART_OF_WEEKDAY = new RegExp(
  String.raw`\b(?:the\s+)?(night|early hours|small hours|morning|evening|afternoon)\s+of\s+(?:last\s+)?(${WEEKDAY})(?:\s+(?:to|into)\s+(${WEEKDAY}))?\b`,
  "gi",
);

/**
 * Nights and parts of a weekday in `text[from, to)`, resolved against publication; none without a
 * publication date (a weekday or "overnight" alone names no day then).
 *
 * @example findNightDates("Gunmen killed 30 villagers overnight", 0, 36, { y: 2021, m: 6, d: 5 })
 * // [{ start: 27, end: 36, time: { from: "2021-06-04", to: "2021-06-05", precision: "day" } }]
 */
export function findNightDates(
  text: string,
  from: number,
  to: number,
  published: Ymd | undefined,
): NightDate[] {
  if (!published) return [];
  const out: NightDate[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(OVERNIGHT)) {
    const start = from + m.index!;
    const time = m[2]
      ? night(lastWeekday(published, m[2]))
      : m[3]
        ? night(addDays(lastWeekday(published, m[3]), -1))
        : night(addDays(published, -1));
    out.push({ start, end: start + m[0].length, time });
  }
  for (const m of slice.matchAll(PART_OF_WEEKDAY)) {
    const start = from + m.index!;
    const end = start + m[0].length;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    const day = lastWeekday(published, m[2]!);
    const time = m[3] ? night(day) : oneDay(day);
    out.push({ start, end, time });
  }
  return out;
}
