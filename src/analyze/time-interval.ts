import type { TimeInterval } from "../model/index.js";

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date (YYYY-MM-DD). */
export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Inclusive length in days. */
export function spanDays(t: TimeInterval): number {
  return dayNumber(t.to) - dayNumber(t.from) + 1;
}

/**
 * Where two fuzzy intervals can both hold. A fuzzy interval is every day the value may cover
 * ("January 2015" is 2015-01-01…2015-01-31), so intervals of different precision meet when their
 * spans meet: January 2015 overlaps "early 2015" and "2015", not "March 2015".
 */
export function intersect(a: TimeInterval, b: TimeInterval): TimeInterval | null {
  const from = later(a.from, b.from);
  const to = earlier(a.to, b.to);
  if (from > to) return null;
  return { from, to, precision: finer(a.precision, b.precision) };
}

// ISO dates order as text, so the earlier of two is the smaller string (Math.min would not do).
const earlier = (x: string, y: string) => (x < y ? x : y);
const later = (x: string, y: string) => (x > y ? x : y);

export function overlaps(a: TimeInterval | null, b: TimeInterval | null): boolean {
  return !a || !b || intersect(a, b) !== null;
}

const RANK = { day: 0, month: 1, year: 2 } as const;

export function finer(a: TimeInterval["precision"], b: TimeInterval["precision"]): TimeInterval["precision"] {
  return RANK[a] <= RANK[b] ? a : b;
}

/**
 * How tight an overlap is, 0…1: the shared days over the days either covers (Jaccard). Two
 * statements about the same January score 1; January against the whole year scores 31/365.
 */
export function overlapTightness(a: TimeInterval, b: TimeInterval): number {
  const shared = intersect(a, b);
  if (!shared) return 0;
  const from = earlier(a.from, b.from);
  const to = later(a.to, b.to);
  return spanDays(shared) / (dayNumber(to) - dayNumber(from) + 1);
}

/**
 * A date as an analyst reads it, with its precision: "2015-01 (month)", "2015-06-26 (day)",
 * "2015-03-01…2015-03-05" for a span of days.
 */
export function timeLabel(time: TimeInterval): string {
  const shown =
    time.precision === "day"
      ? time.from
      : time.precision === "month"
        ? time.from.slice(0, 7)
        : time.from.slice(0, 4);
  if (time.precision === "day" && time.from !== time.to) return `${time.from}…${time.to}`;
  if (time.precision === "month" && time.from.slice(0, 7) !== time.to.slice(0, 7))
    return `${time.from.slice(0, 7)}…${time.to.slice(0, 7)} (month)`;
  if (time.precision === "year" && time.from.slice(0, 4) !== time.to.slice(0, 4))
    return `${time.from.slice(0, 4)}…${time.to.slice(0, 4)} (year)`;
  return `${shown} (${time.precision})`;
}

/** A whole day at day precision, for a report's publication date used as a time. */
export function dayInterval(iso: string): TimeInterval {
  return { from: iso.slice(0, 10), to: iso.slice(0, 10), precision: "day" };
}
