import type { TimeInterval } from "../model/index.js";

/**
 * How two sets of fuzzy dates (a statement's first and last possible day, and its precision)
 * agree: "day" when a day-precise date of each is the same day; "month" or "year" when they meet
 * only at that coarser precision (26 June 2015 and June 2015); "differ" when none meets, or when
 * both give a day and no two days are the same (two reports that date an event to the day and
 * disagree are about two events); "unknown" when either has no date.
 */
export type DateAgreement = "day" | "month" | "year" | "differ" | "unknown";

const RANK = { day: 0, month: 1, year: 2 } as const;

/** ISO dates order as text: two intervals meet when neither ends before the other starts. */
export function meets(a: TimeInterval, b: TimeInterval): boolean {
  return a.from <= b.to && b.from <= a.to;
}

export function compareDates(as: readonly TimeInterval[], bs: readonly TimeInterval[]): DateAgreement {
  if (as.length === 0 || bs.length === 0) return "unknown";
  let best: DateAgreement = "differ";
  let daysOnBoth = false;
  for (const a of as) {
    for (const b of bs) {
      if (a.precision === "day" && b.precision === "day") daysOnBoth = true;
      if (!meets(a, b)) continue;
      const coarser = RANK[a.precision] >= RANK[b.precision] ? a.precision : b.precision;
      if (best === "differ" || RANK[coarser] < RANK[best as keyof typeof RANK]) best = coarser;
    }
  }
  if (daysOnBoth && best !== "day") return "differ";
  return best;
}

/** The months (YYYY-MM) a day- or month-precise date covers; none for coarser dates. */
export function monthKeys(t: TimeInterval): string[] {
  if (t.precision === "year") return [];
  const out: string[] = [];
  let [y, m] = [Number(t.from.slice(0, 4)), Number(t.from.slice(5, 7))];
  const [ty, tm] = [Number(t.to.slice(0, 4)), Number(t.to.slice(5, 7))];
  while ((y < ty || (y === ty && m <= tm)) && out.length < 3) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m++;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}
