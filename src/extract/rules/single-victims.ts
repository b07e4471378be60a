import { FORCE_BODY_HEADS } from "./lexicon.js";
import type { Count } from "./numbers.js";

/** Ordinals that add one victim to a figure before them: "three people were killed and a fourth …". */
const ORDINALS = new Set([
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
]);
/** Words allowed between the ordinal and its cue: "and a fourth person was critically wounded". */
const BETWEEN = new Set([
  "person",
  "man",
  "woman",
  "victim",
  "was",
  "has",
  "been",
  "critically",
  "seriously",
  "badly",
  "slightly",
  "lightly",
]);

/**
 * One further victim named by an ordinal after "and": "in which three people were killed and a fourth
 * critically wounded" is one wounded. The ordinal counts on from the figure before it, so it is read
 * only after a conjunction.
 *
 * @example ordinalVictim("three people were killed and a fourth critically wounded".split(" "), 7) // { value: 1, … }
 */
export function ordinalVictim(words: readonly string[], i: number): Count | undefined {
  let k = i - 1;
  while (k > 0 && BETWEEN.has(words[k]!)) k--;
  if (!ORDINALS.has(words[k] ?? "") || (words[k - 1] !== "a" && words[k - 1] !== "an")) return undefined;
  if (words[k - 2] !== "and") return undefined;
  return { value: 1, bound: "exact", end: k + 1 };
}

/** Verbs whose object is the victims: "The blast killed a member of the police unit". */
const VICTIM_VERBS = new Set([
  "killed",
  "killing",
  "kills",
  "wounded",
  "wounding",
  "injured",
  "injuring",
  // "Gunmen shot dead a local councillor in Kidal", "gunned down a judge".
  "shot dead",
  "shooting dead",
  "gunned down",
  "gunning down",
  // "A mob lynched a man accused of theft".
  "lynched",
  "lynching",
]);
/** Nouns after "a" that are no single victim: "killed a number of …", "the killing of a group of …", "killed a couple". */
const NOT_ONE = new Set([
  "number",
  "group",
  "dozen",
  "few",
  "total",
  "further",
  "couple",
  "family",
  "series",
  "string",
  "wave",
  "record",
]);

/**
 * One victim as the object of a killing verb: "The blast killed a member of the GEO police unit",
 * "wounding a police officer". Not a collective ("killed a couple") nor anyone in `excluded` (an
 * attacker or suspect: "police killed a suspect"), and not before a number ("killed a further 12").
 */
export function objectVictim(
  words: readonly string[],
  trigger: readonly string[],
  from: number,
  excluded: (word: string) => boolean,
): Count | undefined {
  if (!VICTIM_VERBS.has(trigger.join(" "))) return undefined;
  // "French police shot dead a man in Toulouse": a force's shooting is its operation, no attack's toll.
  if (trigger.length > 1 && FORCE_BODY_HEADS.has(words[from - trigger.length - 1] ?? "")) return undefined;
  if (words[from] !== "a" && words[from] !== "an") return undefined;
  const noun = words[from + 1] ?? "";
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(noun) && !/^\d+-year-old$/.test(noun)) return undefined;
  if (NOT_ONE.has(noun)) return undefined;
  const phrase = words.slice(from + 1, from + 5);
  if (phrase.some((w) => excluded(w) || /^\d/.test(w))) return undefined;
  return { value: 1, bound: "exact", end: from + 2 };
}

/** "the killing of a paratrooper": one victim after a killing noun's "of". */
export function oneVictim(
  words: readonly string[],
  trigger: readonly string[],
  from: number,
): Count | undefined {
  if (trigger[trigger.length - 1] !== "of" || (words[from] !== "a" && words[from] !== "an")) return undefined;
  const noun = words[from + 1] ?? "";
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(noun) || NOT_ONE.has(noun)) return undefined;
  return { value: 1, bound: "exact", end: from + 2 };
}
