import { isDemonym } from "./place-gazetteer.js";

/**
 * The edges of an unnamed group's phrase that the group rules (`groups.ts`, `counted-groups.ts`)
 * read past the noun and its count: a people in front ("Chechen gunmen"), an approximate count
 * ("about 100 gunmen") and a collective that holds them ("a group of gunmen"). Reports name the
 * group by the whole phrase, so the wider span is a mention of it too.
 */

/**
 * Peoples without a country of their own, whose adjective the country gazetteer does not know:
 * "Chechen gunmen", "Kurdish militants", "Tamil rebels".
 */
const PEOPLES = new Set([
  "chechen",
  "kurdish",
  "palestinian",
  "basque",
  "tamil",
  "uighur",
  "uyghur",
  "pashtun",
  "baluch",
  "tuareg",
  "fulani",
  "hutu",
  "tutsi",
  "ingush",
  "dagestani",
]);

/** Whether a token is a people's adjective written as one ("Chechen", "Somali"), not a lowercase word. */
export function isPeopleWord(token: string): boolean {
  if (!/^\p{Lu}/u.test(token)) return false;
  return PEOPLES.has(token.toLowerCase()) || isDemonym(token);
}

/** Words that make a count approximate: "about 100 gunmen", "some 50 militants", "nearly 30 attackers". */
const APPROXIMATE = new Set(["about", "some", "around", "nearly", "roughly", "approximately", "almost"]);

/** Two-word bounds on a count: "at least 20 attackers", "more than 50 gunmen", "up to 30 fighters". */
const BOUNDS: readonly [string, string][] = [
  ["at", "least"],
  ["more", "than"],
  ["up", "to"],
  ["as", "many"],
];

/** Nouns for a band of attackers: "a group of gunmen", "a gang of armed men", "a band of rebels". */
const COLLECTIVES = new Set(["group", "gang", "band", "unit", "squad"]);

/**
 * Where a group's phrase that starts at token `start` begins once its edges are read: before an
 * approximate count ("about 100 gunmen"), and before a collective with its article ("a group of
 * gunmen", "a gang of about 20 men"). Returns `start` itself when nothing widens it.
 */
export function widenedStart(words: readonly string[], start: number): number {
  let at = start;
  if (
    /^(?:\d[\d,]*|dozens|hundreds|scores)$/.test(words[at] ?? "") ||
    /^(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)$/.test(words[at] ?? "")
  ) {
    if (APPROXIMATE.has(words[at - 1] ?? "")) at--;
    else if (BOUNDS.some(([a, b]) => words[at - 2] === a && words[at - 1] === b)) at -= 2;
  }
  if (
    words[at - 1] === "of" &&
    COLLECTIVES.has(words[at - 2] ?? "") &&
    ["a", "the"].includes(words[at - 3] ?? "")
  )
    at -= 3;
  return at;
}
