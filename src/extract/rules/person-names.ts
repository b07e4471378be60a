import {
  FACILITY_HEADS,
  GIVEN_NAME_PATTERN,
  GIVEN_NAMES,
  KUNYA_WORDS,
  NASAB_WORDS,
  NON_PERSON_NAME_WORDS,
  ORGANIZATION_HEADS,
  WELL_KNOWN_FAMILY_NAMES,
} from "./lexicon.js";

/** Lowercase, without diacritics or the Arabic article: "Gaâfour" → "gaafour", "al-Qayrawani" → "qayrawani". */
function fold(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/^(?:al|el)-/, "");
}

/**
 * A consonant skeleton for romanised Arabic surnames: ق/غ/خ/ك and Maghrebi g as k, ذ/ظ/ض as d,
 * vowel runs as one "a", no doubled letters, no final vowel. "Kadhafi", "Qadhafi", "Gaddafi" and
 * "Khadafy" all give "kadaf". Deliberately coarser than src/resolve's skeleton: it only decides
 * whether a lone word is one of a handful of well-known family names.
 */
function skeleton(word: string): string {
  return fold(word)
    .replace(/kh|gh|q|g|c/g, "k")
    .replace(/dh|th|z/g, "d")
    .replace(/[aeiouy]+/g, "a")
    .replace(/(.)\1+/g, "$1")
    .replace(/(?<=.)a$/, "");
}

const FAMILY_SKELETONS = new Set(WELL_KNOWN_FAMILY_NAMES.map(skeleton));

/** Whether a word is a common Arabic given name ("Mohamed", "Seifiddine", "Abdelmalek"). */
export function isGivenName(word: string): boolean {
  const key = fold(word);
  return GIVEN_NAMES.has(key) || GIVEN_NAME_PATTERN.test(key);
}

/** Whether a word is a well-known family name in any usual romanisation ("Kadhafi" = "Gaddafi"). */
export function isWellKnownFamilyName(word: string): boolean {
  return FAMILY_SKELETONS.has(skeleton(word));
}

const CAPITALISED = /^(?:\p{Lu}|(?:al|el)-\p{Lu})/u;

/**
 * Whether the words of a name have the structure of an Arabic personal name, so that the name is a
 * person's whatever label a recogniser trained on English news gave it:
 * - a kunya, Abu/Abou/Umm + a capitalised word ("Abu Yahya al-Qayrawani", "Lokmane Abou Sakhr");
 * - a nasab particle inside the name ("Seifallah Ben Hassine"), not at its start ("Ben Guerdane");
 * - a common given name first ("Seifiddine Rezgui Yacoubi", "Noureddine Chouchane");
 * - a lone well-known family name ("Kadhafi").
 * A group, organisation, facility or place word anywhere ("Okba Ibn Nafaa Brigade", "Ansar al-Sharia",
 * "Bab al-Aziziya") rules it out. Callers check the gazetteer first: "Abu Dhabi" is a city.
 *
 * @example looksLikePersonName(["Abu", "Yahya", "al-Qayrawani"]) // true
 * @example looksLikePersonName(["Okba", "Ibn", "Nafaa", "Brigade"]) // false
 */
export function looksLikePersonName(words: readonly string[]): boolean {
  if (words.length === 0 || !CAPITALISED.test(words[0]!)) return false;
  const lower = words.map((w) => w.toLowerCase());
  if (
    lower.some(
      (w) => ORGANIZATION_HEADS.has(w) || FACILITY_HEADS.has(w) || NON_PERSON_NAME_WORDS.has(fold(w)),
    )
  )
    return false;
  if (words.length === 1) return isWellKnownFamilyName(words[0]!);
  for (let i = 0; i + 1 < words.length; i++) {
    const next = words[i + 1]!;
    if (KUNYA_WORDS.has(lower[i]!) && CAPITALISED.test(next)) return true;
    if (i > 0 && NASAB_WORDS.has(lower[i]!) && CAPITALISED.test(next)) return true;
  }
  return isGivenName(words[0]!) && words.slice(1).every((w) => CAPITALISED.test(w) || NASAB_WORDS.has(w));
}
