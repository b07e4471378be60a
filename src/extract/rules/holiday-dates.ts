import type { TimeInterval } from "../../model/types.js";

/** A holiday named as a date, resolved to its day: what `findDates` needs of it. */
export interface HolidayDate {
  start: number;
  end: number;
  time: TimeInterval;
}

/**
 * Holidays that fall on the same day every year and that reports use as dates: "on Christmas Day",
 * "on New Year's Eve". National days (whose date depends on the country: "an Independence Day
 * concert" in Minsk was on 3 July) and the feasts of lunar calendars (Eid, whose day also differs by
 * country and sighting) are left out; the Western Easter cycle is computed (`EASTER_OFFSETS`).
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

/**
 * Days of the Western Easter cycle, by their distance from Easter Sunday. "on Easter" is the Sunday;
 * "at Easter" or "over Easter" is a season, not a day, and is not matched.
 */
const EASTER_OFFSETS: Readonly<Record<string, number>> = Object.freeze({
  "palm sunday": -7,
  "good friday": -2,
  "easter sunday": 0,
  "easter day": 0,
  "on easter": 0,
  "easter monday": 1,
});

const HOLIDAY =
  /\b(christmas day|christmas eve|boxing day|new year['’]s day|new year['’]s eve|valentine['’]s day|halloween|palm sunday|good friday|easter sunday|easter day|easter monday|on easter(?! (?:sunday|day|monday)\b))(?:,?\s+((?:19|20)\d\d)\b|\s+(last|this)\s+year\b)?/gi;

/**
 * Easter Sunday of a Gregorian year as [month, day]: the anonymous Gregorian computus (Meeus,
 * Astronomical Algorithms, ch. 8). Easter 2019 was 21 April; Easter 2016, 27 March.
 */
export function easterSunday(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

/** The [month, day] a holiday falls on in a year. */
function dayIn(holiday: string, year: number): [number, number] {
  const fixed = FIXED[holiday];
  if (fixed) return [fixed[0], fixed[1]];
  const [month, day] = easterSunday(year);
  const date = new Date(Date.UTC(year, month - 1, day + EASTER_OFFSETS[holiday]!));
  return [date.getUTCMonth() + 1, date.getUTCDate()];
}

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
    const holiday = m[1]!.toLowerCase().replace("’", "'");
    let y: number;
    if (m[2]) y = Number(m[2]);
    else if (!published) continue;
    else if (m[3]) y = m[3].toLowerCase() === "last" ? published.y - 1 : published.y;
    else {
      const [pm, pd] = dayIn(holiday, published.y);
      y = pm * 100 + pd > published.m * 100 + published.d ? published.y - 1 : published.y;
    }
    const [month, day] = dayIn(holiday, y);
    const date = `${y}-${pad(month)}-${pad(day)}`;
    // "on Easter" is matched with its preposition so that "at Easter" is not; the date is the feast's name.
    const skip = holiday === "on easter" ? 3 : 0;
    const start = from + m.index! + skip;
    out.push({ start, end: from + m.index! + m[0].length, time: { from: date, to: date, precision: "day" } });
  }
  return out;
}
