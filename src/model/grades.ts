/**
 * The Admiralty (NATO STANAG 2511) grading: a source's reliability A–F and an item's credibility 1–6.
 */
export const RELIABILITY = {
  A: "Completely reliable",
  B: "Usually reliable",
  C: "Fairly reliable",
  D: "Not usually reliable",
  E: "Unreliable",
  F: "Reliability cannot be judged",
} as const;

export type Reliability = keyof typeof RELIABILITY;

export const DEFAULT_RELIABILITY: Reliability = "F";

export const CREDIBILITY = {
  1: "Confirmed by other sources",
  2: "Probably true",
  3: "Possibly true",
  4: "Doubtful",
  5: "Improbable",
  6: "Truth cannot be judged",
} as const;

export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;

export function parseReliability(text: string): Reliability | undefined {
  const key = text.trim().toUpperCase();
  return Object.hasOwn(RELIABILITY, key) ? (key as Reliability) : undefined;
}

export function isCredibility(value: number): value is Credibility {
  return Number.isInteger(value) && value >= 1 && value <= 6;
}
