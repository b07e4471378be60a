// The figure a casualty cue gives: the count before or after it, a single victim, an appositive, a sum.
import { ATTACKER_NOUNS, victimsOf } from "./casualty-splits.js";
import { DATE_WORDS, GROUP_NOUNS } from "./lexicon.js";
import { type Count, readCount, readNumber, VAGUE_PLURALS } from "./numbers.js";

/** Words allowed between a count and a following cue ("38 holidaymakers were killed"). */
export const FILLER = new Set([
  "were",
  "was",
  "have",
  "has",
  "been",
  "had",
  "are",
  "is",
  "reportedly",
  "also",
  "people",
  "later",
  "all",
  "seriously",
  "critically",
  "slightly",
  "badly",
  "fatally",
  "lightly",
  // "20 hostages were found dead"
  "found",
  // "33 people are being treated in hospital"
  "being",
  "still",
]);
/**
 * Whether the figure at `i` is what would have happened: "An explosion would have killed dozens",
 * "could have killed hundreds if it had gone off". ("may have killed" is a hedge, and stays.)
 */
export function counterfactual(words: readonly string[], i: number): boolean {
  const k = words[i - 1] === "been" ? i - 2 : i - 1;
  return (
    words[k] === "have" && (words[k - 1] === "would" || words[k - 1] === "could" || words[k - 1] === "might")
  );
}

/** Single people whose death is no victim's: "a suspect was killed", "a militant was killed". */
export const NOT_VICTIMS = new Set(["suspect", "militant", "jihadist", "fighter", "insurgent"]);
/** "A 17-year-old boy was seriously wounded", "One officer was wounded": a single victim. */
export const ONE = new Set(["a", "an", "one", "another"]);

/** A single victim before the trigger at `i`: "A fourth person was critically wounded" is 1. */
export function singleVictim(words: readonly string[], i: number): Count | undefined {
  let k = i - 1;
  while (k > 0 && FILLER.has(words[k]!)) k--;
  if (!["was", "has", "had"].some((w) => words.slice(k + 1, i).includes(w))) return undefined;
  for (let s = k; s >= Math.max(0, k - 3); s--) {
    if (ONE.has(words[s]!) && (s === 0 || words[s - 1] === ",")) {
      // "A 17-year-old boy was seriously wounded": an age in front of the noun is part of it.
      if (words.slice(s + 1, k + 1).some((w) => !/^(?:\d+-)?[\p{L}-]+$/u.test(w))) return undefined;
      return { value: 1, bound: "exact", end: k + 1 };
    }
  }
  return undefined;
}

/** Nouns of things a report counts near a toll: "five subway trains", "two car bombs", "three buses". */
const COUNTED_THINGS = new Set([
  "trains",
  "buses",
  "cars",
  "vehicles",
  "trucks",
  "bombs",
  "explosions",
  "blasts",
  "devices",
  "grenades",
  "rockets",
  "buildings",
  "houses",
  "mosques",
  "churches",
  "stations",
  "lines",
  "hotels",
]);

export function plausible(words: readonly string[], count: Count, from: number): boolean {
  const w = words[from] ?? "";
  if (/^(?:19|20)\d\d$/.test(w) && !/^(?:people|persons|civilians|tourists)$/.test(words[from + 1] ?? ""))
    return false; // a year
  if (DATE_WORDS.has(words[from + 1] ?? "") || DATE_WORDS.has(words[from - 1] ?? "")) return false; // "26 June", "June 27"
  // "was killed five days after them": a span of time, not a toll.
  if (/^(?:hours?|days?|weeks?|months?|years?|minutes?)$/.test(words[count.end] ?? "")) return false;
  // "The two men shot dead by security forces": the attackers' own deaths are not the attack's toll.
  if (words.slice(from + 1, count.end).some((w) => GROUP_NOUNS.has(w))) return false;
  // "an attack on five crowded subway trains … killed at least six": things counted are no victims.
  if (words.slice(from + 1, count.end).some((w) => COUNTED_THINGS.has(w))) return false;
  // "two men aged 28 and 49 were killed": an age, not a count.
  if (agedBefore(words, from)) return false;
  // "one of the dead", "12 of the 14 bombers died": a part of another figure. But "three soldiers were
  // shot, two of whom died": the part that died is the toll, unless the whole were attackers.
  if (words[from + 1] === "of" && !(w in VAGUE_PLURALS) && !partThatDied(words, from)) return false;
  return count.value > 0 && count.value < 1_000_000;
}

/** Whether the number at `from` ends a run of ages after "aged" ("aged 28", "aged 28 and 49", "aged 19, 28 and 49"). */
export function agedBefore(words: readonly string[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 8); k--) {
    const w = words[k]!;
    if (w === "aged" || w === "ages") return true;
    if (w !== "and" && w !== "," && !/^\d{1,3}$/.test(w)) return false;
  }
  return false;
}

/**
 * "…, two of whom died": a count followed by "of whom" or "of them" and straight away by the cue is
 * the part of a figure before it that died, a toll of its own, when no attacker was counted before.
 */
function partThatDied(words: readonly string[], from: number): boolean {
  if (words[from + 2] !== "whom" && words[from + 2] !== "them") return false;
  if (!/^(?:died|were|was|later|had|have)$/.test(words[from + 3] ?? "")) return false;
  // The whole is the nearest count before: "shot three soldiers in Kidal on Monday, two of whom died".
  for (let k = from - 2; k >= Math.max(0, from - 12); k--) {
    if (words[k] === "." || words[k] === ";") return false;
    if (readNumber(words, k) === undefined) continue;
    return !words.slice(k, from).some((w) => ATTACKER_NOUNS.has(w) || GROUP_NOUNS.has(w));
  }
  return false;
}

/** How far before a count-first cue its count may start, an appositive between them included. */
export const REACH = 24;
/** The longest appositive allowed between a count and its cue ("305 people, 27 of them children, were killed"). */
const APPOSITIVE_LENGTH = 14;
/** Words that end an appositive's reach: a new clause or a second figure's verb. */
const CLAUSE_WORDS = new Set([
  ";",
  ":",
  "said",
  "says",
  "killed",
  "wounded",
  "injured",
  "died",
  "dead",
  "when",
]);
/** Auxiliaries of the passive: "A sailor, a Marine and a police officer were wounded". */
const PASSIVE = new Set(["were", "was", "been"]);

/** Whether only fillers stand between token `k` and the cue at `i`. */
function reaches(words: readonly string[], k: number, i: number): boolean {
  while (k < i && FILLER.has(words[k]!)) k++;
  return k === i;
}

/**
 * The end of an appositive that opens at the comma at `k` and closes before the cue at `i`: "Ten
 * people, all foreigners and at least eight of them German, were killed". Undefined when the words
 * after the count are no such aside.
 */
function appositiveBefore(words: readonly string[], k: number, i: number): number | undefined {
  if (words[k] !== ",") return undefined;
  for (let m = k + 1; m < i && m - k <= APPOSITIVE_LENGTH; m++) {
    if (CLAUSE_WORDS.has(words[m]!)) return undefined;
    if (words[m] === "," && m > k + 1) return reaches(words, m + 1, i) ? m + 1 : undefined;
  }
  return undefined;
}

/**
 * "The US ambassador, J. Christopher Stevens, and three other Americans were killed": "other" after a
 * count joined to a victim named before it adds that victim. Not when the conjunct before is a clause
 * with its own figure ("two people died and three other people were wounded") or an attacker.
 */
function otherAddsOne(words: readonly string[], s: number): boolean {
  const n = readNumber(words, s);
  if (!n || words[n.end] !== "other" || words[s - 1] !== "and" || s < 2) return false;
  const before = words.slice(Math.max(0, s - 9), s - 1);
  return !before.some(
    (w) =>
      readNumber([w], 0) !== undefined ||
      CLAUSE_WORDS.has(w) ||
      ATTACKER_NOUNS.has(w) ||
      w === "men" ||
      w === "." ||
      w === "and",
  );
}

/**
 * A count at token `s` that a count-first cue at `i` gives: right before it but for fillers ("38
 * holidaymakers were killed"), or with an appositive between ("305 people, 27 of them children, were
 * killed"; "Two hostages, a man aged 34 and a woman aged 38, died").
 */
export function countBefore(words: readonly string[], s: number, i: number): Count | undefined {
  if (words[s] === "a" || words[s] === "an") {
    // "A gunman and two accomplices killed …": a sum opened by "a" is read only in the passive, of
    // victims: "A sailor, a Marine and a police officer were wounded".
    const c = readCount(words, s);
    if (!c || c.end > i || !reaches(words, c.end, i)) return undefined;
    // The cue may hold the auxiliary itself ("were killed").
    if (!words.slice(c.end, i + 1).some((w) => PASSIVE.has(w))) return undefined;
    if (words.slice(s, c.end).some((w) => ATTACKER_NOUNS.has(w))) return undefined;
    return c;
  }
  // The count's nouns end at the cue: "33 people are being treated in hospital".
  const whole = readCount(words.slice(0, i), s);
  if (!whole) return undefined;
  // A sum read across the appositive's comma ("Two hostages, a man …") is read again up to the comma.
  const comma = words.indexOf(",", s);
  const head = comma > s && comma < whole.end ? readCount(words.slice(0, comma), s) : undefined;
  for (const c of head ? [whole, head] : [whole]) {
    // An aside needs a counted noun before it: "Abdulazeez, 24, a Kuwaiti-born …, was shot" is an age.
    const nouned = c.end > (readNumber(words, s)?.end ?? s + 1);
    const victims = victimsOf(words, s, c.end);
    const counted = victims === undefined ? c : { ...c, value: victims };
    if (victims === undefined && !plausible(words, c, s)) continue;
    if (victims !== undefined && !plausible(words, { ...c, end: s + 1 }, s)) continue;
    const value = otherAddsOne(words, s) ? counted.value + 1 : counted.value;
    if (reaches(words, c.end, i) || (nouned && appositiveBefore(words, c.end, i) !== undefined))
      return { ...counted, value };
  }
  return undefined;
}

/**
 * Whether `word` ("toll") comes before the cue at `i` in its clause: within ten words, or further
 * back with no comma between ("The death toll from Saturday's twin car bombings near the ministry
 * has risen to 121").
 */
export function cueWordBefore(words: readonly string[], word: string, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 18); k--) {
    if (words[k] === word) return true;
    if (i - k >= 10 && [",", ";", ":", "."].includes(words[k]!)) return false;
  }
  return false;
}

/** "plus the gunman" adds one; "including the gunman" is already counted. */
export function withPlus(words: readonly string[], count: Count): number {
  return words[count.end] === "plus" || (words[count.end] === "," && words[count.end + 1] === "plus")
    ? count.value + 1
    : count.value;
}
