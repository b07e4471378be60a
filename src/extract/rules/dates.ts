import * as chrono from "chrono-node";
import type { Precision, TimeInterval } from "../../model/types.js";
import { findHolidays } from "./holiday-dates.js";
import { MONTHS, WEEKDAYS } from "./lexicon.js";
import { findNightDates } from "./night-dates.js";
import { wordValue } from "./numbers.js";

/** A date expression in a text, resolved to an interval with the precision it was stated at. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  time: TimeInterval;
  /** The value an `occurred_on` statement carries: YYYY-MM-DD, YYYY-MM or YYYY. */
  value: string;
}

interface Ymd {
  y: number;
  m: number; // 1–12
  d: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");
const iso = (x: Ymd): string => `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

function parseIso(date: string): Ymd | undefined {
  const m = /^(\d{4})-(\d\d)-(\d\d)/.exec(date);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : undefined;
}

function addDays(x: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const before = (a: Ymd, b: Ymd): boolean => iso(a) < iso(b);

export function dayInterval(x: Ymd): TimeInterval {
  return { from: iso(x), to: iso(x), precision: "day" };
}

export function monthInterval(y: number, m: number): TimeInterval {
  return { from: iso({ y, m, d: 1 }), to: iso({ y, m, d: daysIn(y, m) }), precision: "month" };
}

export function yearInterval(y: number): TimeInterval {
  return { from: iso({ y, m: 1, d: 1 }), to: iso({ y, m: 12, d: 31 }), precision: "year" };
}

/** The value of an interval at its precision; a range (a week) keeps what its ends share. */
export function intervalValue(time: TimeInterval): string {
  const cut = time.precision === "day" ? 10 : time.precision === "month" ? 7 : 4;
  const from = time.from.slice(0, cut);
  if (from === time.to.slice(0, cut)) return from;
  if (time.from.slice(0, 7) === time.to.slice(0, 7)) return time.from.slice(0, 7);
  return time.from.slice(0, 4);
}

/** A month named without a year belongs to the latest year that does not put it after publication. */
function yearOfMonth(m: number, published: Ymd, strictlyBefore: boolean): number {
  if (m < published.m || (m === published.m && !strictlyBefore)) return published.y;
  return published.y - 1;
}

function mention(text: string, start: number, end: number, time: TimeInterval): DateMention {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end), time, value: intervalValue(time) };
}

/**
 * Rules for what chrono-node gets wrong in news prose: weekdays point back, not forward ("on
 * Friday" in a Wednesday report is five days ago); "last August" is the latest August before
 * publication; years alone ("in 2013", "since 2011") are dates; "last week" is a week, not a day.
 */
function ownRules(text: string, from: number, to: number, published: Ymd | undefined): DateMention[] {
  const out: DateMention[] = [];
  const slice = text.slice(from, to);
  const re =
    /\b(?:(since|in|from|by|until|of|during|before|after)\s+)?((?:19|20)\d\d)\b(?![,.]?\d|-year)|\b(last|this|previous)\s+(week|month|year)\b|\b(last|on|this)?\s*\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\blast\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;
  for (const m of slice.matchAll(re)) {
    const start = from + m.index!;
    const end = start + m[0].length;
    if (m[2]) {
      const y = Number(m[2]);
      const word = m[1]?.toLowerCase();
      // "June 2015", "26 June 2015" belong to chrono's fuller reading; skip a year right after a month or day.
      const head = text.slice(Math.max(from, start - 12), start).toLowerCase();
      if (
        !word &&
        /(?:january|february|march|april|may|june|july|august|september|october|november|december|\d),?\s*$/.test(
          head,
        )
      )
        continue;
      if (word === "since" && published && published.y >= y) {
        out.push(
          mention(text, start, end, { from: iso({ y, m: 1, d: 1 }), to: iso(published), precision: "year" }),
        );
      } else {
        const s = word ? start + m[0].length - m[2].length : start;
        out.push(mention(text, s, end, yearInterval(y)));
      }
    } else if (m[4] && published) {
      const unit = m[4].toLowerCase();
      const last = m[3]!.toLowerCase() !== "this";
      if (unit === "week") {
        // Weeks run Monday to Sunday (ISO 8601).
        const weekday = (new Date(Date.UTC(published.y, published.m - 1, published.d)).getUTCDay() + 6) % 7;
        const monday = addDays(published, -weekday - (last ? 7 : 0));
        const time: TimeInterval = { from: iso(monday), to: iso(addDays(monday, 6)), precision: "day" };
        out.push({ ...mention(text, start, end, time), value: iso(monday) });
      } else if (unit === "month") {
        const y = last && published.m === 1 ? published.y - 1 : published.y;
        const mo = last ? ((published.m + 10) % 12) + 1 : published.m;
        out.push(mention(text, start, end, monthInterval(y, mo)));
      } else out.push(mention(text, start, end, yearInterval(last ? published.y - 1 : published.y)));
    } else if (m[6] && published) {
      const target = WEEKDAYS.indexOf(m[6].toLowerCase());
      const today = new Date(Date.UTC(published.y, published.m - 1, published.d)).getUTCDay();
      let back = (today - target + 7) % 7;
      if (back === 0 && m[5]?.toLowerCase() === "last") back = 7;
      const s = m[5] ? start : start + m[0].length - m[6].length;
      out.push(mention(text, s, end, dayInterval(addDays(published, -back))));
    } else if (m[7] && published) {
      const mo = MONTHS.indexOf(m[7].toLowerCase()) + 1;
      out.push(mention(text, start, end, monthInterval(yearOfMonth(mo, published, true), mo)));
    }
  }
  const spelled = [
    ...weekends(text, from, to, published),
    ...monthsOfNamedYears(text, from, to, published),
    ...anniversaries(text, from, to, published),
    ...findHolidays(text, from, to, published).map((h) => mention(text, h.start, h.end, h.time)),
    // A night is dated by the day it began: "overnight" in a Saturday report is Friday.
    ...findNightDates(text, from, to, published).map((n) => ({
      ...mention(text, n.start, n.end, n.time),
      value: n.time.from,
    })),
  ];
  // "April last year" is one date, not "April" and "last year".
  const rest = out.filter((o) => !spelled.some((s) => s.start < o.end && o.start < s.end));
  return [...rest, ...spelled, ...partsOfDay(text, from, to, published)];
}

const ANNIVERSARY =
  /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) years? ago (today|this month)\b/gi;

/**
 * "A year ago today", "five years ago this month": the report's day or month, that many years back
 * (chrono-node reads "today" alone and would date the event to the report's own day).
 */
function anniversaries(text: string, from: number, to: number, published: Ymd | undefined): DateMention[] {
  if (!published) return [];
  const out: DateMention[] = [];
  for (const m of text.slice(from, to).matchAll(ANNIVERSARY)) {
    const word = m[1]!.toLowerCase();
    const n = /^\d+$/.test(word) ? Number(word) : word === "a" || word === "an" ? 1 : wordValue(word);
    if (n === undefined) continue;
    const y = published.y - n;
    const start = from + m.index!;
    const end = start + m[0].length;
    if (m[2]!.toLowerCase() === "this month")
      out.push(mention(text, start, end, monthInterval(y, published.m)));
    else if (published.m === 2 && published.d === 29)
      out.push(mention(text, start, end, monthInterval(y, 2)));
    else out.push(mention(text, start, end, dayInterval({ y, m: published.m, d: published.d })));
  }
  return out;
}

const MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december";
/**
 * A part of a day: "tonight", "this morning" are the day of publication (a live blog's date, even in
 * an entry stamped after midnight); "the night of 13 November" is that day, which chrono-node does not
 * read after "night of".
 */
const PART_OF_DAY = new RegExp(
  `\\b(?:(tonight|this (?:morning|afternoon|evening))|(?:the )?(?:night|morning|evening|afternoon) of (\\d{1,2}) (${MONTH_NAMES})(?:,? ((?:19|20)\\d\\d))?|(?:the )?(?:night|morning|evening|afternoon) of (${MONTH_NAMES}) (\\d{1,2})(?:,? ((?:19|20)\\d\\d))?)\\b`,
  "gi",
);

function partsOfDay(text: string, from: number, to: number, published: Ymd | undefined): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.slice(from, to).matchAll(PART_OF_DAY)) {
    const start = from + m.index!;
    const end = start + m[0].length;
    if (m[1]) {
      if (published) out.push(mention(text, start, end, dayInterval(published)));
      continue;
    }
    const d = Number(m[2] ?? m[6]);
    const mo = MONTHS.indexOf((m[3] ?? m[5])!.toLowerCase()) + 1;
    const year = m[4] ?? m[7];
    let y: number;
    if (year) y = Number(year);
    else if (published) y = before(published, { y: published.y, m: mo, d }) ? published.y - 1 : published.y;
    else continue;
    if (d >= 1 && d <= daysIn(y, mo)) out.push(mention(text, start, end, dayInterval({ y, m: mo, d })));
  }
  return out;
}

const weekdayOf = (x: Ymd): number => (new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay() + 6) % 7; // Monday 0

/**
 * "at the weekend", "over the weekend", "last weekend": the Saturday and Sunday before publication, a
 * range of days whose first day is the value (a multi-day time, as the guide codes it). "Last
 * weekend" in a weekend report is the one before; "at the weekend" then is the current one.
 */
const WEEKEND = /\b(?:(last|previous)|at|over|during)\s+(?:the\s+)?weekend\b/gi;

function weekends(text: string, from: number, to: number, published: Ymd | undefined): DateMention[] {
  if (!published) return [];
  const out: DateMention[] = [];
  for (const m of text.slice(from, to).matchAll(WEEKEND)) {
    const w = weekdayOf(published);
    const monday = addDays(published, -w);
    const saturday = addDays(monday, m[1] || w < 5 ? -2 : 5);
    const start = from + m.index!;
    const time: TimeInterval = { from: iso(saturday), to: iso(addDays(saturday, 1)), precision: "day" };
    out.push({ ...mention(text, start, start + m[0].length, time), value: iso(saturday) });
  }
  return out;
}

/**
 * "in April last year", "July of last year", "March this year": the month of the year the phrase
 * names, which chrono-node reads as the publication year's April.
 */
const MONTH_OF_YEAR = new RegExp(`\\b(${MONTH_NAMES})\\s+(?:of\\s+)?(last|this)\\s+year\\b`, "gi");

function monthsOfNamedYears(
  text: string,
  from: number,
  to: number,
  published: Ymd | undefined,
): DateMention[] {
  if (!published) return [];
  const out: DateMention[] = [];
  for (const m of text.slice(from, to).matchAll(MONTH_OF_YEAR)) {
    const mo = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
    const y = m[2]!.toLowerCase() === "this" ? published.y : published.y - 1;
    const start = from + m.index!;
    out.push(mention(text, start, start + m[0].length, monthInterval(y, mo)));
  }
  return out;
}

/** "eight days after", "three months before": counted from an anchor in the text, not from publication. */
const ANCHORED = /\b([a-z]+|\d+) (day|week|month|year)s? (to the day )?(after|before|later|earlier)\b/gi;

/** A span counted from an anchor the text gives: "eight days after" (amount 8, unit day, sign +1). */
export interface AnchoredSpan {
  start: number;
  end: number;
  amount: number;
  unit: "day" | "week" | "month" | "year";
  /** +1: the anchor is earlier ("after X"); −1: the anchor is later ("before X"). */
  sign: 1 | -1;
  /** "five months to the day after": the shifted date keeps the anchor's day. */
  toTheDay?: boolean;
}

/** Spans like "eight days after" in `text[from, to)`; `findDates` leaves them out. */
export function findAnchoredSpans(text: string, from: number, to: number): AnchoredSpan[] {
  const out: AnchoredSpan[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(ANCHORED)) {
    const amount = /^\d+$/.test(m[1]!) ? Number(m[1]) : wordValue(m[1]!.toLowerCase());
    if (amount === undefined) continue;
    const sign = /^(?:after|later)$/i.test(m[4]!) ? 1 : -1;
    const unit = m[2]!.toLowerCase() as AnchoredSpan["unit"];
    const span: AnchoredSpan = {
      start: from + m.index!,
      end: from + m.index! + m[0].length,
      amount,
      unit,
      sign,
    };
    if (m[3]) span.toTheDay = true;
    out.push(span);
  }
  return out;
}

/**
 * The interval `amount` units away from `anchor`, at the anchor's precision or coarser: eight days
 * before 4 July 2015 is 26 June 2015; three months before June 2015 is March 2015.
 */
export function shiftInterval(
  anchor: TimeInterval,
  span: AnchoredSpan,
  direction: 1 | -1,
): TimeInterval | undefined {
  const a = parseIso(anchor.from);
  if (!a) return undefined;
  const n = span.amount * direction;
  if (span.unit === "day" || span.unit === "week") {
    if (anchor.precision !== "day") return undefined;
    return dayInterval(addDays(a, span.unit === "week" ? 7 * n : n));
  }
  if (span.unit === "month") {
    if (anchor.precision === "year") return undefined;
    const months = a.y * 12 + (a.m - 1) + n;
    // "five months to the day after" a Monday, 23 October, is 23 May (when May has that day).
    if (span.toTheDay && anchor.precision === "day") {
      const y = Math.floor(months / 12);
      const m = (months % 12) + 1;
      return a.d <= new Date(Date.UTC(y, m, 0)).getUTCDate() ? dayInterval({ y, m, d: a.d }) : undefined;
    }
    return monthInterval(Math.floor(months / 12), (months % 12) + 1);
  }
  if (span.toTheDay && anchor.precision === "day" && !(a.m === 2 && a.d === 29))
    return dayInterval({ y: a.y + n, m: a.m, d: a.d });
  return yearInterval(a.y + n);
}

/** "in a week", "after two days", "within months": a length of time, which chrono-node dates forward. */
const DURATION =
  /^(?:in|after|within)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)\s+(?:days?|weeks?|months?|years?)$/i;

const RELATIVE = /\b(?:ago|before|earlier|later|after|yesterday|today|tonight|tomorrow|last|next|this)\b/i;

/**
 * Dates in `text[from, to)`, resolved against the publication date (ISO; null resolves only absolute
 * dates). Precision follows what the text states: "26 June" is a day, "in January" a month (of the
 * publication year, or the year before when that month is still to come), "since 2011" a year.
 *
 * @example findDates("crossed into Libya in January", 0, 29, "2015-07-01")
 * // [{ text: "January", value: "2015-01", time: { from: "2015-01-01", to: "2015-01-31", precision: "month" } }]
 */
export function findDates(text: string, from: number, to: number, published: string | null): DateMention[] {
  const pub = published ? parseIso(published) : undefined;
  const own = ownRules(text, from, to, pub);
  const found = [...own];
  const instant = pub ? new Date(Date.UTC(pub.y, pub.m - 1, pub.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  let results: chrono.ParsedResult[] = [];
  try {
    results = chrono.parse(text.slice(from, to), { instant, timezone: 0 }, { forwardDate: false });
  } catch {
    results = [];
  }
  const anchored = findAnchoredSpans(text, from, to);
  // The latest month the sentence has dated with its year, for months it names without one.
  let stated: Ymd | undefined;
  for (const r of results) {
    const start = from + r.index;
    const end = start + r.text.length;
    if (own.some((o) => o.start < end && start < o.end)) continue;
    // "eight days after a gunman killed …" is counted from that killing, not from publication.
    if (anchored.some((o) => o.start < end && start < o.end)) continue;
    if (DURATION.test(r.text)) continue;
    const c = r.start;
    if (!c.isCertain("month") && !c.isCertain("year") && !RELATIVE.test(r.text)) continue; // a weekday or a clock time
    if (!pub && (!c.isCertain("year") || RELATIVE.test(r.text))) continue;
    const y0 = c.get("year");
    const m = c.get("month");
    const d = c.get("day");
    if (y0 === null || m === null || d === null) continue;
    const relative = RELATIVE.test(r.text);
    let precision: Precision = c.isCertain("day")
      ? "day"
      : c.isCertain("month") || relative
        ? "month"
        : "year";
    if (relative && /\byears?\b/i.test(r.text)) precision = "year";
    let y = y0;
    if (!c.isCertain("year") && !relative && pub) {
      y =
        precision === "day"
          ? before(pub, { y: pub.y, m, d })
            ? pub.y - 1
            : pub.y
          : yearOfMonth(m, pub, false);
      // "the bombing … in July 1995, and … the October bombing": a month the sentence names without
      // a year, after one it dated in an earlier year, goes on in that year's story (July 1995 →
      // October 1995; a month before July would be the next year's). Never after publication.
      const carried = stated && (m >= stated.m ? stated.y : stated.y + 1);
      if (carried !== undefined && carried < y && !before(pub, { y: carried, m, d: 1 })) y = carried;
    } else if (c.isCertain("year") && c.isCertain("month")) stated = { y: y0, m, d };
    const time =
      precision === "day"
        ? dayInterval({ y, m, d })
        : precision === "month"
          ? monthInterval(y, m)
          : yearInterval(y);
    found.push(mention(text, start, end, time));
  }
  return [...found, ...sameDay(text, from, to, found)].sort((a, b) => a.start - b.start);
}

const SAME_DAY =
  /\b(?:(?:earlier|later) (?:that|the same) day|on the same day|that (?:morning|afternoon|evening|night))\b/gi;

/**
 * "said on Tuesday that its fighters had carried out the bombings earlier that day": a phrase that
 * points back to a day takes the day of the latest date before it in the sentence, when that date
 * is a day. With none, it dates nothing (the report's day would be a guess).
 */
function sameDay(text: string, from: number, to: number, dates: readonly DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.slice(from, to).matchAll(SAME_DAY)) {
    const start = from + m.index!;
    const end = start + m[0].length;
    if (dates.some((d) => d.start < end && start < d.end)) continue;
    const day = dates.filter((d) => d.end <= start && d.time.precision === "day").pop();
    if (day && day.time.from === day.time.to) out.push(mention(text, start, end, day.time));
  }
  return out;
}
