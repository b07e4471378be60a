import type { Bound } from "../../model/types.js";

/** A count read from words: "at least 37" is 37 at_least; "20 tourists and a security guard" is 21. */
export interface Count {
  value: number;
  bound: Bound;
  /** Token index after the count (and its nouns, for a sum). */
  end: number;
}

/**
 * Vague plurals, recorded as lower bounds in the spirit of ACLED's conservative fatality coding: the
 * smallest number the wording allows. A plural of a unit means at least two of it, so "dozens" is 24,
 * "scores" 40, "hundreds" 200, "thousands" 2,000; "several" is 3. ACLED's own figures for vague words
 * differ (its codebook codes some at one unit); ours follow the evaluation set's convention
 * (test/fixtures/extract/README.md). "Many" and "a few" are not counted: too vague to compare.
 */
export const VAGUE_PLURALS: Readonly<Record<string, number>> = Object.freeze({
  dozens: 24,
  scores: 40,
  hundreds: 200,
  thousands: 2000,
  several: 3,
});

const UNITS: Readonly<Record<string, number>> = Object.freeze({
  zero: 0,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  dozen: 12,
});
const TENS: Readonly<Record<string, number>> = Object.freeze({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
const SCALES: Readonly<Record<string, number>> = Object.freeze({
  hundred: 100,
  thousand: 1000,
  million: 1_000_000,
});

/** Words before a number that bound it. */
const BOUNDS: readonly [words: string[], bound: Bound][] = [
  [["at", "least"], "at_least"],
  [["more", "than"], "at_least"],
  [["over"], "at_least"],
  [["above"], "at_least"],
  [["no", "fewer", "than"], "at_least"],
  [["upwards", "of"], "at_least"],
  [["at", "most"], "at_most"],
  [["up", "to"], "at_most"],
  [["as", "many", "as"], "at_most"],
  [["nearly"], "at_most"],
  [["almost"], "at_most"],
  [["fewer", "than"], "at_most"],
  [["less", "than"], "at_most"],
  [["about"], "exact"],
  [["around"], "exact"],
  [["some"], "exact"],
  [["roughly"], "exact"],
  [["approximately"], "exact"],
];

/** One word as a number ("38", "1,200", "thirty-eight"), or undefined. */
export function wordValue(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(w)) return Number(w.replace(/,/g, ""));
  if (w in UNITS) return UNITS[w];
  if (w in TENS) return TENS[w];
  const m = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (m && m[1]! in TENS && m[2]! in UNITS && UNITS[m[2]!]! < 10 && UNITS[m[2]!]! > 0)
    return TENS[m[1]!]! + UNITS[m[2]!]!;
  return undefined;
}

/**
 * Reads a number at token `i` of `words` (lowercase): digits, words, compounds ("two hundred and
 * fifty", "1.5 million", "a dozen") and vague plurals ("dozens of"). Returns undefined when none.
 */
export function readNumber(words: readonly string[], i: number): Count | undefined {
  const w = words[i];
  if (w === undefined) return undefined;
  if (w in VAGUE_PLURALS) {
    const end = words[i + 1] === "of" ? i + 2 : i + 1;
    return { value: VAGUE_PLURALS[w]!, bound: "at_least", end };
  }
  const decimal = /^\d+\.\d+$/.exec(w);
  if (decimal && words[i + 1] !== undefined && words[i + 1]! in SCALES) {
    return { value: Math.round(Number(w) * SCALES[words[i + 1]!]!), bound: "exact", end: i + 2 };
  }
  let first = wordValue(w);
  if (first === undefined) return undefined;
  // "a" and "an" count only before "dozen" or a scale, or a noun in a sum (handled by readCount).
  if ((w === "a" || w === "an") && !(words[i + 1] === "dozen" || (words[i + 1] ?? "") in SCALES))
    return undefined;
  let total = 0;
  let current = first;
  let j = i + 1;
  for (;;) {
    const next = words[j];
    if (next === undefined) break;
    if (next === "dozen") {
      current *= 12;
      j++;
      continue;
    }
    if (next in SCALES) {
      current *= SCALES[next]!;
      if (SCALES[next]! >= 1000) {
        total += current;
        current = 0;
      }
      j++;
      continue;
    }
    if (
      next === "and" &&
      wordValue(words[j + 1] ?? "") !== undefined &&
      !/^\d/.test(words[j + 1]!) &&
      current % 100 === 0 &&
      current > 0
    ) {
      j++;
      continue;
    }
    const v = /^\d/.test(next) || next === "a" || next === "an" ? undefined : wordValue(next);
    if (
      v !== undefined &&
      ((v < 10 && current % 10 === 0 && current >= 20) || (v < 100 && current % 100 === 0 && current >= 100))
    ) {
      current += v;
      j++;
      continue;
    }
    break;
  }
  first = total + current;
  return { value: first, bound: "exact", end: j };
}

function boundAt(words: readonly string[], i: number): { bound: Bound; end: number } | undefined {
  for (const [phrase, bound] of BOUNDS) {
    if (phrase.every((p, k) => words[i + k] === p)) return { bound, end: i + phrase.length };
  }
  return undefined;
}

const TIME_UNITS = /^(?:minutes?|hours?|days?|weeks?|months?|years?|night|morning|afternoon|evening)$/;

/** Words that end the nouns of one addend in a sum. */
const SUM_STOP = new Set([
  // "41 people including the attackers", "33 people besides the 12 bombers": what follows qualifies the figure.
  "including",
  "plus",
  "besides",
  "excluding",
  "among",
  "after",
  "before",
  "ago",
  "later",
  "since",
  "months",
  "years",
  "days",
  "weeks",
  "hours",
  "minutes",
  "killed",
  "dead",
  "wounded",
  "injured",
  "were",
  "was",
  "have",
  "had",
  "died",
  "in",
  "on",
  "at",
  "by",
  "who",
  "and",
  ",",
  ".",
]);

/**
 * Reads a count at token `i`: an optional bound ("at least"), a number, and for a sum its nouns and
 * further addends joined by "and" or commas ("20 tourists and a security guard" = 21).
 *
 * @example readCount(["20","tourists","and","a","security","guard","dead"], 0) // { value: 21, bound: "exact", end: 6 }
 */
const POSSESSIVES = new Set(["his", "her", "their", "its"]);

export function readCount(words: readonly string[], i: number): Count | undefined {
  const b = boundAt(words, i);
  // "a rabbi, his two young sons and an eight-year-old girl": a single victim opens a sum (1 + 2 + 1),
  // but alone ("a member of …") is no figure.
  // "a dozen people" is a number, not a single victim.
  const single = !b && (words[i] === "a" || words[i] === "an") && readNumber(words, i) === undefined;
  const n = single ? { value: 1, bound: "exact" as Bound, end: i + 1 } : readNumber(words, b ? b.end : i);
  if (!n) return undefined;
  let added = false;
  // "more than 40" is at least 41, "fewer than 10" at most 9: the bound is inclusive.
  const strict = b && /^(?:more|over|above|fewer|less)$/.test(words[i]!) && n.bound === "exact";
  let value = strict ? n.value + (b.bound === "at_least" ? 1 : -1) : n.value;
  let j = n.end;
  let bound: Bound = b && n.bound === "exact" ? b.bound : n.bound;
  // A sum: nouns, then "and"/"," and another number with nouns.
  for (;;) {
    let k = j;
    while (k < words.length && k - j < 5 && !SUM_STOP.has(words[k]!) && readNumber(words, k) === undefined) {
      // "two men aged 28 and 49": the ages belong to the addend's nouns.
      if (words[k] === "aged" && /^\d{1,3}$/.test(words[k + 1] ?? "")) {
        k += 2;
        while ((words[k] === "and" || words[k] === ",") && /^\d{1,3}$/.test(words[k + 1] ?? "")) k += 2;
        break;
      }
      k++;
    }
    if (k === j) break;
    const joiner = words[k];
    if (joiner !== "and" && joiner !== ",") {
      j = k;
      break;
    }
    // "… and his two young sons": a possessive may stand before the number.
    const at = POSSESSIVES.has(words[k + 1] ?? "") ? k + 2 : k + 1;
    const nextWord = words[at] ?? "";
    const addend =
      (nextWord === "a" || nextWord === "an" || nextWord === "one") && readNumber(words, at) === undefined
        ? { value: 1, bound: "exact" as Bound, end: at + 1 }
        : readNumber(words, at);
    // "killing 14 people, a day after a blast …": a span of time is no further victim.
    if (addend && TIME_UNITS.test(words[addend.end] ?? "")) {
      j = k;
      break;
    }
    // "killed at least 10 people, a local official said": the source after a comma is no victim.
    if (joiner === "," && addend && sourceAfter(words, addend.end)) {
      j = k;
      break;
    }
    // "17 people, eight of them French": a part of the figure, not a further addend.
    if (!addend || (words[addend.end] ?? "") in SUM_STOP || words[addend.end] === "of") {
      j = k;
      break;
    }
    value += addend.value;
    // "13 service members and scores of civilians": a vague addend leaves only a lower bound.
    if (addend.bound === "at_least" && bound === "exact") bound = "at_least";
    j = addend.end;
    added = true;
  }
  if (single && !added) return undefined;
  return { value, bound, end: j };
}

/** Verbs that make a noun phrase the source of a figure: "a local official said". */
const SOURCE_VERBS = new Set([
  "said",
  "says",
  "told",
  "tells",
  "reported",
  "confirmed",
  "added",
  "stated",
  "according",
]);

/** Whether a source's verb follows within the few words of its noun phrase after `from`. */
function sourceAfter(words: readonly string[], from: number): boolean {
  for (let k = from; k < Math.min(words.length, from + 5); k++) {
    if (SOURCE_VERBS.has(words[k]!)) return true;
    if (words[k] === "," || words[k] === "." || words[k] === "and" || words[k] === ";") return false;
  }
  return false;
}

/** Cues that end the first figure of a pair: "at least 40 people were killed and 140 wounded". */
const PAIR_CUES = new Set(["killed", "dead", "died", "wounded", "injured", "hurt"]);

/**
 * Whether the figure at `i` shares "at least" with the figure before it: "at least 40 people were
 * killed and 140 wounded" bounds both (the press writes the bound once for the pair). Only a figure
 * right after "and" that follows the first figure's cue, in one clause, takes it.
 *
 * @example sharesLowerBound("at least 40 people were killed and 140 wounded".split(" "), 7) // true
 */
export function sharesLowerBound(words: readonly string[], i: number): boolean {
  if (words[i - 1] !== "and" || !PAIR_CUES.has(words[i - 2] ?? "")) return false;
  for (let k = i - 3; k >= Math.max(0, i - 10); k--) {
    if ([",", ";", ":", ".", "and"].includes(words[k]!)) return false;
    if (words[k] === "at" && words[k + 1] === "least") return readNumber(words, k + 2) !== undefined;
  }
  return false;
}
