// The verbs of harm whose subject is an event that happened: "An explosion has shaken central Kabul".
import { PLACE_LINKS } from "./event-phrase-words.js";
import { DIRECTION_ADJECTIVES } from "./lexicon.js";

const AREA_WORDS: ReadonlySet<string> = new Set(DIRECTION_ADJECTIVES);

/** Past-tense verbs by which an event harms ("killed", "tore through"): the event they follow happened. */
export const HARM_VERBS = new Set([
  "killed",
  "wounded",
  "injured",
  "hit",
  "struck",
  "destroyed",
  "targeted",
  "tore",
  "torn",
  "ripped",
  "shook",
  "shaken",
  "rocked",
  // A live blog's present tense: "A powerful explosion shakes central Kabul".
  "shakes",
  "rocks",
  "hits",
  "kills",
  "tears",
  "rips",
]);
/** Auxiliaries between an event and its verb: "A huge explosion has shaken central Kabul". */
const HARM_AUXILIARIES = new Set(["has", "have", "had"]);

/** The token before a verb's object at `first`, past "the" and an area word: "shakes central Kabul". */
export function objectLink(words: readonly string[], first: number): number {
  let k = first - 1;
  // "shook northern Kabul", "rocked downtown Nairobi": an area adjective before the place is stepped over.
  while (k > 0 && (words[k] === "the" || words[k] === "downtown" || AREA_WORDS.has(words[k]!))) k--;
  return k;
}

/** Whether a harm verb follows the event head, directly or after a short "on/in/near …" phrase. */
export function harmVerbAt(words: readonly string[], headEnd: number): boolean {
  return harmVerbIndex(words, headEnd) !== undefined;
}

/** The index of the harm verb `harmVerbAt` finds, or undefined. */
export function harmVerbIndex(words: readonly string[], headEnd: number): number | undefined {
  for (let k = headEnd; k < Math.min(words.length, headEnd + 14); k++) {
    if (HARM_VERBS.has(words[k]!))
      return k === headEnd ||
        (k === headEnd + 1 && HARM_AUXILIARIES.has(words[headEnd]!)) ||
        PLACE_LINKS.has(words[headEnd]!) ||
        words[headEnd] === "by"
        ? k
        : undefined;
    if (
      words[k] === "," ||
      words[k] === ";" ||
      words[k] === "that" ||
      words[k] === "which" ||
      words[k] === "who"
    )
      return undefined;
  }
  return undefined;
}
