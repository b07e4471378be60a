// The words that make a token an event head, and what each kind of head tells about its event.
import {
  WIRE_DETERMINED_NOUNS,
  WIRE_EVENT_NOUNS,
  WIRE_PLURALS,
  WIRE_VICTIM_HEADS,
} from "./wire-event-heads.js";

/** Heads that all name the same kind of event, so "the massacre in Sousse" is the "Sousse attack". */
export const ATTACK_LIKE = new Set(["attack", "massacre", "shooting", "assault", "rampage", "killings"]);
/** Words after which a plural head is a verb: "it attacks", "who raids". */
export const VERB_SUBJECTS = new Set(["he", "she", "it", "who", "which", "that", "they"]);
/** Plural heads and the singular an event is named by: "the blasts", "last week's attacks in Paris". */
export const PLURAL_HEADS: Readonly<Record<string, string>> = {
  attacks: "attack",
  bombings: "bombing",
  blasts: "blast",
  explosions: "explosion",
  shootings: "shooting",
  massacres: "massacre",
  assaults: "assault",
  raids: "raid",
  stabbings: "stabbing",
  murders: "murder",
  beheadings: "beheading",
  hijackings: "hijacking",
  ...WIRE_PLURALS,
};
/** What makes "strike" an event rather than a labour dispute: "an air strike", "a drone strike". */
export const STRIKE_WEAPONS = new Set(["air", "drone", "missile", "rocket"]);
export const STRIKES = new Set([...STRIKE_WEAPONS].map((w) => `${w} strike`));
/** Heads the lexicon lacks: "a stabbing on the seafront", "a drone strike". */
export const MORE_EVENT_NOUNS = new Set(["stabbing", ...STRIKES, ...WIRE_EVENT_NOUNS]);
/**
 * Episodes around an attack that reports tell with "a" the first time, and that are events of their
 * own: "a day-long manhunt", "a gunfight with police", "a shootout", "a standoff". Unlike "an attack"
 * ("planning an attack") the indefinite does not make them hypothetical. "battle" only with "with"
 * ("an eight-hour battle with soldiers", never "a legal battle").
 */
export const EPISODE_HEADS = [
  "state of emergency",
  "manhunt",
  "gunfight",
  "shootout",
  "shoot-out",
  "standoff",
  "stand-off",
  "firefight",
];
export const EPISODES_WITH = new Set(["battle"]);
/**
 * A measure that harms no one, so no toll or attacker in its sentence is its own, and it lies where
 * its own phrase puts it, not at the next place in the sentence ("a state of emergency and a curfew
 * in the capital").
 */
export const HARMLESS_HEADS = new Set(["state of emergency"]);

/** Heads whose possessor carried the event out: "Breivik's rampage" (not "Belaid's killing"). */
export const BY_POSSESSOR = new Set([
  "attack",
  "massacre",
  "rampage",
  "bombing",
  "assault",
  "raid",
  "siege",
  "air strike",
  "drone strike",
]);

/** Verbs an attempt at an attack takes: "attempt to storm", "to blow up", "to bring down". */
export const ATTEMPTED: readonly (readonly string[])[] = [
  ["storm"],
  ["attack"],
  ["bomb"],
  ["blow", "up"],
  ["bring", "down"],
  ["kill"],
  ["assassinate"],
  ["destroy"],
  ["hijack"],
];

/** After "attempt(s) to <attack verb>" at `i`, the token where the verb's object starts; else undefined. */
export function attemptAt(words: readonly string[], i: number): number | undefined {
  if ((words[i] !== "attempt" && words[i] !== "attempts") || words[i + 1] !== "to") return undefined;
  const verb = ATTEMPTED.find((v) => v.every((w, k) => words[i + 2 + k] === w));
  return verb ? i + 2 + verb.length : undefined;
}

export function episode(words: readonly string[], head: string, headEnd: number): boolean {
  return EPISODE_HEADS.includes(head) || (EPISODES_WITH.has(head) && words[headEnd] === "with");
}

/**
 * Nouns that name an event only with a determiner or modifier in front ("the capture", "the fall of
 * Tripoli", "the fighting", "the killing of Mohamed Brahmi", "an operation near Gafsa"): bare, they
 * are verbs or ordinary words ("weeks of fighting", "in the fall").
 */
export const DETERMINED_EVENT_NOUNS = new Set([
  "capture",
  "fall",
  "fighting",
  "killing",
  "assassination",
  "assassinations",
  "operation",
  "clashes",
  "kidnapping",
  "abduction",
  "hostage-taking",
  "crash",
  "murder",
  "beheading",
  "hijacking",
  "storming",
  "offensive",
  "carnage",
  ...WIRE_DETERMINED_NOUNS,
]);
/** Heads whose "of" phrase names the victim, not the place: "the killing of Chokri Belaid". */
export const VICTIM_HEADS = new Set([
  "murder",
  "beheading",
  "killing",
  "killings",
  "shooting",
  "shootings",
  "stabbing",
  "assassination",
  "assassinations",
  "kidnapping",
  "abduction",
  ...WIRE_VICTIM_HEADS,
]);
/** Names of events that are no attack: "Gafsa operation", "Tripoli fall", "killing of X" stays attack-like. */
export const OTHER_KINDS =
  /\b(?:operation|offensive|capture|seizure|fall|clashes|kidnapping|abduction|manhunt|gunfight|shootout|shoot-out|standoff|stand-off|firefight|battle|emergency)$|^(?:arrest|sentencing) of /;
/**
 * Heads that tell of harm done by attackers: "the stabbing" or "the blasts" after a police operation
 * or an arrest is still the attack, never the operation.
 */
export const HARM_HEADS = new Set(["attack", "bombing", "blast", "explosion", "stabbing"]);
