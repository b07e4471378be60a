import { EVENT_NOUNS } from "./lexicon.js";

/** Weapons that news English lets stand for their attack: "A suicide bomb … killed 35", "a car bomb exploded". */
const WEAPON_HEADS: ReadonlySet<string> = new Set([
  "bomb",
  "bombs",
  // "An explosive device went off", "a gas canister packed with nails blew up", "a grenade exploded".
  "device",
  "devices",
  "canister",
  "grenade",
  "grenades",
  // "An IED went off beside a patrol", "a vehicle-borne IED exploded at the gate".
  "ied",
  "ieds",
  // "Mortar rounds landed near the palace", "Two rockets hit the Green Zone".
  "rockets",
  "missiles",
  "shells",
  "rounds",
]);
/** Words after a projectile that make it a modifier of another head: "rocket fire", "missile strike". */
const PROJECTILE_COMPOUNDS: ReadonlySet<string> = new Set([
  "fire",
  "strike",
  "strikes",
  "launcher",
  "launchers",
]);
/** Participles that open a weapon's description: "packed with nails and explosives", "hidden in a bag". */
const DESCRIBING: ReadonlySet<string> = new Set([
  "packed",
  "filled",
  "loaded",
  "laden",
  "stuffed",
  "hidden",
  "concealed",
  "strapped",
  "planted",
  "left",
]);
/** Verbs that make a weapon the event: it went off, or it killed. */
const WEAPON_VERBS: ReadonlySet<string> = new Set([
  "exploded",
  "explodes",
  "detonated",
  "ripped",
  "tore",
  "blew",
  "killed",
  "kills",
  "wounded",
  "injured",
  "hit",
  "struck",
  "rocked",
  "destroyed",
  // A projectile's fall: "Mortar rounds landed near the palace".
  "landed",
  "slammed",
]);
/** Passive verbs of use that make a weapon the event: "The grenades were thrown into a crowd". */
const THROWN: ReadonlySet<string> = new Set(["thrown", "hurled", "lobbed", "tossed"]);
/** Words that end the weapon's clause before its verb: "a bomb that police defused", "a bomb, which …". */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([
  ",",
  ";",
  ".",
  "which",
  "that",
  "who",
  "and",
  "but",
  "said",
]);

/**
 * Whether the weapon noun at `i` is the event of its clause: "A suicide bomb in the arrivals hall … on
 * Monday killed 35", "a car bomb exploded outside …", "a truck bomb went off". The weapon must be the
 * subject of a verb of going off or of killing within a dozen words; "planted a bomb", "a bomb that
 * police defused", "bomb blasts" (the blast is the head) make no event of it.
 */
export function weaponEvent(words: readonly string[], i: number): boolean {
  return weaponVerb(words, i) !== undefined;
}

/** The index of the verb that makes the weapon at `i` its event (see `weaponEvent`), or undefined. */
export function weaponVerb(words: readonly string[], i: number): number | undefined {
  if (!WEAPON_HEADS.has(words[i] ?? "")) return undefined;
  const next = words[i + 1] ?? "";
  if (EVENT_NOUNS.has(next) || EVENT_NOUNS.has(next.replace(/s$/, "")) || PROJECTILE_COMPOUNDS.has(next))
    return undefined;
  // "rounds" only of a mortar or artillery: "rounds of talks" is no weapon.
  if (words[i] === "rounds" && !/^(?:mortar|artillery|tank)$/.test(words[i - 1] ?? "")) return undefined;
  // "a gas canister packed with nails and explosives blew up": the description's "and" ends nothing.
  const described = DESCRIBING.has(next);
  for (let k = i + 1; k < Math.min(words.length, i + 16); k++) {
    const w = words[k]!;
    // "the car bomb which exploded outside the embassy", "a bomb that went off": its own clause of going off;
    // "the bomb that destroyed a car park", "a bomb which killed 35": of harm.
    if ((w === "which" || w === "that") && k === i + 1) {
      if (goesOff(words, k + 1)) return k + 1;
      if (WEAPON_VERBS.has(words[k + 1] ?? "")) return k + 1;
    }
    if (CLAUSE_ENDS.has(w) && !(described && w === "and")) return undefined;
    if (WEAPON_VERBS.has(w)) return k;
    if (w === "went" && words[k + 1] === "off") return k + 1;
    // "a bomb had exploded", "a bomb was detonated".
    if (/^(?:had|has|was|were|is)$/.test(w) && WEAPON_VERBS.has(words[k + 1] ?? "")) return k + 1;
    if (/^(?:was|were)$/.test(w) && THROWN.has(words[k + 1] ?? "")) return k + 1;
  }
  return undefined;
}

/** Whether the words at `k` say a weapon went off: "exploded", "went off", "had exploded". */
function goesOff(words: readonly string[], k: number): boolean {
  const w = words[k] ?? "";
  if (w === "went" && words[k + 1] === "off") return true;
  if (/^(?:had|has|was)$/.test(w)) return goesOff(words, k + 1);
  return w === "exploded" || w === "detonated" || w === "blew" || w === "ripped" || w === "tore";
}
