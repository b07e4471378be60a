import { isDemonym } from "./place-gazetteer.js";

/** Faiths and peoples that name a community before a noun of people ("Hazara miners", "Coptic Christians"). */
const COMMUNITY_ADJECTIVES: ReadonlySet<string> = new Set([
  "coptic",
  "hazara",
  "yazidi",
  "alawite",
  "druze",
  "ahmadi",
  "sufi",
  "catholic",
  "anglican",
  "orthodox",
  "hindu",
  "sikh",
  "fulani",
  "tutsi",
  "hutu",
  "rohingya",
  "baloch",
  "pashtun",
  "tamil",
  "kurdish",
]);

/**
 * Whether a capitalised word before a target's head says whose people they are ("Malian soldiers",
 * "Christian villagers", "Shia pilgrims"), not whose name the phrase is: such a word keeps a body of
 * people an unnamed target, where any other capital makes it a name for the name finders.
 */
export function namesAPeople(word: string): boolean {
  return COMMUNITY_ADJECTIVES.has(word.toLowerCase()) || isDemonym(word);
}
