import type { Chunk } from "./sentence-context.js";

/**
 * Event heads of armed conflict that wire copy uses besides "attack" and "bombing", and that name an
 * event with or without an article: "Shelling killed 12 people in Kidal", "a skirmish near Gao", "the
 * lynching in Kidal", "a failed coup attempt in Bamako", "Rocket fire hit the camp".
 */
export const WIRE_EVENT_NOUNS: ReadonlySet<string> = new Set([
  "shelling",
  "bombardment",
  "skirmish",
  "incursion",
  "lynching",
  "gunbattle",
  "riot",
  "coup attempt",
  "rocket fire",
  "mortar fire",
  "artillery fire",
  "sniper fire",
  // "A hostage crisis at a school in Beslan", "the hostage standoff".
  "hostage crisis",
]);

/**
 * Heads that name an event only with an article or a place ("the battle for Mosul", "the violence in
 * Kidal", "the execution of 12 villagers"): bare and placeless they are ordinary words ("violence
 * against women", "a coup of sorts").
 */
export const WIRE_DETERMINED_NOUNS: ReadonlySet<string> = new Set([
  "battle",
  "execution",
  "violence",
  "bloodshed",
  "unrest",
  "mutiny",
  "coup",
  "uprising",
]);

/** Heads whose "of" phrase names the victims: "the execution of 12 villagers", "the lynching of two men". */
export const WIRE_VICTIM_HEADS: ReadonlySet<string> = new Set(["execution", "lynching"]);

/** Plurals of the heads above, and of "ambush": "the ambushes", "skirmishes near Gao". */
export const WIRE_PLURALS: Readonly<Record<string, string>> = {
  ambushes: "ambush",
  shellings: "shelling",
  bombardments: "bombardment",
  skirmishes: "skirmish",
  incursions: "incursion",
  lynchings: "lynching",
  gunbattles: "gunbattle",
  riots: "riot",
  battles: "battle",
  executions: "execution",
  mutinies: "mutiny",
  coups: "coup",
  uprisings: "uprising",
  airstrikes: "airstrike",
};

/** Words after "coup" that make one head with it: "a coup attempt", "the coup bid". */
const COUP_ATTEMPTS = new Set(["attempt", "bid"]);
/** Words after "hostage" that make one head with it: "a hostage crisis", "the hostage standoff". */
const HOSTAGE_EPISODES = new Set(["crisis", "standoff", "stand-off", "situation", "drama"]);
/** Weapons whose "fire" is an event: "rocket fire", "mortar fire". */
const FIRE_WEAPONS = new Set(["rocket", "mortar", "artillery", "sniper"]);

/**
 * A two-word event head at `i`, with the token after it: "coup attempt", "rocket fire".
 *
 * @example compoundHead(["a", "coup", "attempt", "in", "bamako"], 1) // { head: "coup attempt", headEnd: 3 }
 */
export function compoundHead(
  words: readonly string[],
  i: number,
): { head: string; headEnd: number } | undefined {
  const w = words[i]!;
  const next = words[i + 1] ?? "";
  if (w === "coup" && COUP_ATTEMPTS.has(next)) return { head: "coup attempt", headEnd: i + 2 };
  if (FIRE_WEAPONS.has(w) && next === "fire") return { head: `${w} fire`, headEnd: i + 2 };
  if (w === "hostage" && HOSTAGE_EPISODES.has(next)) return { head: "hostage crisis", headEnd: i + 2 };
  return undefined;
}

/** Words after "riot" that make it a modifier: "riot police", "riot gear". */
const RIOT_MODIFIED = new Set([
  "police",
  "gear",
  "squad",
  "squads",
  "shields",
  "control",
  "act",
  "officers",
  "units",
]);
/** Words before "battle" or "violence" that make it no armed event: "a legal battle", "domestic violence". */
const PEACEFUL = new Set([
  "legal",
  "court",
  "courtroom",
  "political",
  "custody",
  "uphill",
  "electoral",
  "election",
  "diplomatic",
  "media",
  "budget",
  "ratings",
  "domestic",
  "sexual",
  "gender-based",
  "verbal",
]);
/**
 * Words before "attack" that make it an illness or a speech, no act of violence: "a heart attack", "a
 * panic attack", "a scathing attack on the prime minister", "personal attacks on the judge".
 */
const UNARMED_ATTACKS = new Set([
  "heart",
  "cardiac",
  "panic",
  "anxiety",
  "asthma",
  "asthmatic",
  "allergic",
  "epileptic",
  "scathing",
  "blistering",
  "withering",
  "stinging",
  "verbal",
  "rhetorical",
  "personal",
  "political",
  "written",
]);
/** Words before "battle" that make it a fight with arms: "a gun battle", "a pitched battle". */
const ARMED_BATTLE = new Set([
  "gun",
  "pitched",
  "fierce",
  "heavy",
  "deadly",
  "bloody",
  "fresh",
  "running",
  "street",
]);
/** Words after "battle" that tie it to a place or a foe: "the battle for Mosul", "a battle with soldiers". */
const BATTLE_LINKS = new Set(["for", "of", "in", "at", "near", "around", "outside", "between", "with"]);

/**
 * Whether the head at `i` is a word of the lists above used as no event: "riot police", "a legal
 * battle", "domestic violence", "the battle for the presidency". "battle" is an event only after a word
 * of arms ("a gun battle"), before a capitalised place or foe ("the battle for Mosul"), or before its
 * harm ("the battle killed 1,100 people"). "attack" is none after a word of illness or speech ("a heart
 * attack", "a scathing attack on the minister").
 */
export function notAnEvent(
  words: readonly string[],
  tokens: readonly { text: string }[],
  i: number,
  head: string,
): boolean {
  if (head === "attack") return UNARMED_ATTACKS.has(words[i - 1] ?? "");
  if (head === "riot") return RIOT_MODIFIED.has(words[i + 1] ?? "");
  if (head !== "battle" && head !== "violence") return false;
  if (PEACEFUL.has(words[i - 1] ?? "") || PEACEFUL.has(words[i - 2] ?? "")) return true;
  if (head === "violence") return false;
  if (ARMED_BATTLE.has(words[i - 1] ?? "")) return false;
  const next = words[i + 1] ?? "";
  if (next === "with") return false;
  if (BATTLE_LINKS.has(next)) {
    const at = words[i + 2] === "the" ? i + 3 : i + 2;
    return !/^\p{Lu}/u.test(tokens[at]?.text ?? "");
  }
  return !HARMED.has(next);
}
const HARMED = new Set(["killed", "left", "claimed", "has", "had"]);

/** Words an article-less conflict noun may follow and still open its own phrase: "killed in clashes in Kidal". */
const OPENERS = new Set([",", "-", "—", ":", "in", "amid", "during"]);
/** Adjectives of degree before an article-less conflict noun: "Heavy fighting in Kidal", "Fresh clashes in Gao". */
const DEGREE = new Set([
  "heavy",
  "fierce",
  "fresh",
  "renewed",
  "intense",
  "sporadic",
  "sectarian",
  "ethnic",
  "intercommunal",
  "inter-communal",
  "deadly",
  "violent",
]);
/** Verbs of a fight's onset between a bare conflict noun and its place: "Fighting broke out in Beni". */
const ONSETS: readonly (readonly string[])[] = [["broke", "out"], ["erupted"], ["raged"], ["flared"]];
/** Words by which an event phrase points at its place. */
const PLACE_LINKS = new Set(["in", "at", "near", "around", "outside", "across", "on", "of"]);

/**
 * Whether a conflict noun with no article opens a phrase that a place completes: "Fighting in Kidal
 * killed 12", "Heavy fighting in Kidal", "killed in clashes in Gao", "Clashes between herders and
 * farmers in Kidal". The sides after "between" are stepped over. Not after a verb ("soldiers were
 * fighting in Kidal", "killed fighting in Syria") nor after "of" ("weeks of fighting").
 */
export function placedBare(
  words: readonly string[],
  i: number,
  headEnd: number,
  placeAt: (at: number) => Chunk | undefined,
): boolean {
  let j = i - 1;
  while (DEGREE.has(words[j] ?? "")) j--;
  if (j >= 0 && !OPENERS.has(words[j]!)) return false;
  let k = headEnd;
  // "Fighting broke out in Beni", "Heavy fighting erupted in Marib": the verb of its onset is stepped over.
  const onset = ONSETS.find((o) => o.every((w, m) => words[k + m] === w));
  if (onset) k += onset.length;
  if (words[k] === "between" || words[k] === "with") {
    // "between herders and farmers", "between rival militias", "with Taliban fighters".
    const and = words.indexOf("and", k);
    const from = words[k] === "between" && and > 0 && and - k <= 6 ? and : k;
    k = from + 1;
    while (k < words.length && k - from <= 5 && !PLACE_LINKS.has(words[k]!)) {
      if (words[k] === "," || words[k] === ";") return false;
      k++;
    }
  }
  return PLACE_LINKS.has(words[k] ?? "") && placeAt(k + 1) !== undefined;
}
