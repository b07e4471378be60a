import type { TimeInterval } from "../../model/types.js";

/** A holiday named as a date, resolved to its day: what `findDates` needs of it. */
export interface HolidayDate {
  start: number;
  end: number;
  time: TimeInterval;
}

/**
 * Holidays that fall on the same day every year and that reports use as dates: "on Christmas Day",
 * "on New Year's Eve". Movable feasts (Easter, Eid) and national days (whose date depends on the
 * country: "an Independence Day concert" in Minsk was on 3 July) are left out.
 */
const FIXED: Readonly<Record<string, readonly [number, number]>> = Object.freeze({
  "christmas day": [12, 25],
  "christmas eve": [12, 24],
  "boxing day": [12, 26],
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  "valentine's day": [2, 14],
  halloween: [10, 31],
});

const HOLIDAY =
  /\b(christmas day|christmas eve|boxing day|new year['’]s day|new year['’]s eve|valentine['’]s day|halloween)(?:,?\s+((?:19|20)\d\d)\b|\s+(last|this)\s+year\b)?/gi;

const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * "on Christmas Day", "the Christmas Day 2009 attempt", "on New Year's Eve last year": the holiday's
 * day in the year written, else in the latest year that does not put it after publication (Christmas
 * Eve in a 28 December report is four days before; in a January report, the year before). Without a
 * year or a publication date, nothing.
 *
 * @example findHolidays("landed on Christmas Day", 0, 23, { y: 2009, m: 12, d: 28 })
 * // [{ start: 10, end: 23, time: { from: "2009-12-25", to: "2009-12-25", precision: "day" } }]
 */
export function findHolidays(
  text: string,
  from: number,
  to: number,
  published: { y: number; m: number; d: number } | undefined,
): HolidayDate[] {
  const out: HolidayDate[] = [];
  for (const m of text.slice(from, to).matchAll(HOLIDAY)) {
    const [month, day] = FIXED[m[1]!.toLowerCase().replace("’", "'")]!;
    let y: number;
    if (m[2]) y = Number(m[2]);
    else if (!published) continue;
    else if (m[3]) y = m[3].toLowerCase() === "last" ? published.y - 1 : published.y;
    else y = month * 100 + day > published.m * 100 + published.d ? published.y - 1 : published.y;
    const date = `${y}-${pad(month)}-${pad(day)}`;
    const start = from + m.index!;
    out.push({ start, end: start + m[0].length, time: { from: date, to: date, precision: "day" } });
  }
  return out;
}
