import { TARGET_HEADS, TARGET_PARTICIPLES } from "./lexicon.js";
import type { SentenceContext } from "./sentence-context.js";
import { namesAPeople } from "./target-communities.js";

// The words of an attack on an unnamed target: the verbs that take it as their object and the
// phrase that names it. `targets.ts` makes the entities and says who attacked them.

/**
 * Verbs whose object is what an attack hit. `through`: the subject may be the blast or the vehicle
 * itself ("Two blasts tore through a crowded train", "a truck ploughed into the crowd"), and then the
 * sentence's event attacked the target. `vehicle`: the verb's own object is the vehicle, and the
 * target follows "into" ("drove a truck into the crowd"). `assault`: a verb of a hand-held weapon or a
 * storming, which makes whoever does it to a person or a site an attacker without being called one
 * ("a man stabbed two nurses"). `firing`: a verb of entering, an assault only when the clause goes on
 * to the shooting ("walked into a mosque and opened fire"; "walked into a police station and
 * surrendered" is none).
 */
export const TARGET_VERBS: readonly {
  words: string[];
  through?: boolean;
  vehicle?: boolean;
  assault?: boolean;
  firing?: boolean;
}[] = [
  { words: ["opened", "fire", "on"], assault: true },
  { words: ["opened", "fire", "at"], assault: true },
  { words: ["fired", "on"], assault: true },
  { words: ["fired", "at"], assault: true },
  // "Houthi rebels fired missiles at an oil facility", "militants fired rockets at a US base"
  { words: ["fired", "rockets", "at"], assault: true },
  { words: ["fired", "missiles", "at"], assault: true },
  { words: ["fired", "mortars", "at"], assault: true },
  { words: ["fired", "shells", "at"], assault: true },
  { words: ["fired", "a", "rocket", "at"], assault: true },
  { words: ["fired", "a", "missile", "at"], assault: true },
  { words: ["launched", "rockets", "at"], assault: true },
  { words: ["attacked"] },
  { words: ["struck"] },
  { words: ["targeted"] },
  { words: ["ambushed"] },
  { words: ["stabbed"], assault: true },
  { words: ["shot", "dead"], assault: true },
  { words: ["shot", "and", "killed"], assault: true },
  { words: ["gunned", "down"], assault: true },
  { words: ["shot"], assault: true },
  { words: ["stormed", "into"], assault: true },
  { words: ["stormed"], assault: true },
  { words: ["burst", "into"], assault: true },
  { words: ["to", "storm"], assault: true },
  { words: ["forced", "his", "way", "into"], assault: true },
  { words: ["forced", "their", "way", "into"], assault: true },
  { words: ["force", "his", "way", "into"], assault: true },
  { words: ["force", "their", "way", "into"], assault: true },
  { words: ["walked", "into"], assault: true, firing: true },
  { words: ["drove"], vehicle: true },
  { words: ["rammed"], vehicle: true },
  { words: ["steered"], vehicle: true },
  { words: ["ploughed", "into"], through: true },
  { words: ["plowed", "into"], through: true },
  { words: ["ploughed", "through"], through: true },
  { words: ["rammed", "into"], through: true },
  { words: ["crashed", "into"], through: true },
  { words: ["tore", "through"], through: true },
  { words: ["ripped", "through"], through: true },
  // "Two explosions have hit crowds celebrating …"; "was hit" is a passive and left.
  { words: ["hit"], through: true },
];
export const PASSIVE = new Set(["was", "were", "been", "being", "is", "are"]);

const DETERMINERS = new Set([
  "a",
  "an",
  "the",
  "two",
  "three",
  "four",
  "five",
  "six",
  "several",
  "dozens",
  "packed",
]);
/** Words that end a target's participle phrase: "crowds watching the fireworks | on the Promenade". */
const PHRASE_ENDS = new Set([
  ",",
  ";",
  "and",
  "on",
  "in",
  "at",
  "near",
  "outside",
  "along",
  "during",
  "with",
  ".",
]);

/** Participles that put people in a site attacked ("compounds housing Westerners"). */
const HOUSING = new Set(["housing", "sheltering"]);
/** Words that are no modifier of a target's head: "shot dead | by an armed officer". */
const FUNCTION_WORDS = new Set([
  ...PHRASE_ENDS,
  "by",
  "a",
  "an",
  "the",
  "of",
  "to",
  "from",
  "for",
  "into",
  "as",
  "who",
  // "shot their way past guards": the way is no target's modifier.
  "way",
]);

/** Lowercase words that may stand before a target's head ("a crowded commuter train"). */
const LOWER = /^[\p{Ll}\d][\p{Ll}\d-]*$/u;
/** Capitalised words that may stand before a site's head ("the Marshal Fahim military academy", "Kurdish militant camps"). */
export const CAPITAL = /^\p{Lu}[\p{L}'-]*$/u;

/**
 * The unnamed target phrase starting at token `at`, as [first, end), its head and its type, if any.
 * A site's head may follow capitalised words that name it ("the Marshal Fahim military academy") and
 * take its owner after "of" ("the offices of Save the Children").
 */
export function targetPhrase(
  ctx: SentenceContext,
  at: number,
):
  | { first: number; end: number; head: number; type: "facility" | "group" | "person"; place?: string }
  | undefined {
  const { words } = ctx;
  let k = at;
  if (DETERMINERS.has(words[k] ?? "") || /^\d+$/.test(words[k] ?? "")) k++;
  let capitals = false;
  // "four crowded commuter trains", "a police officer": a few modifiers before the head.
  for (let m = 0; m < 4; m++) {
    const type = TARGET_HEADS.get(words[k] ?? "");
    if (type && !(capitals && type !== "facility")) {
      const head = k;
      let end = k + 1;
      // "crowds of spectators"
      if (words[end] === "of" && TARGET_HEADS.get(words[end + 1] ?? "") === "group") end += 2;
      // "the offices of Save the Children": the owner's name belongs to the site's phrase.
      const owner = ctx.chunks.find(
        (c) =>
          c.first === end + 1 && c.kind === "name" && (c.type === "organization" || c.type === "location"),
      );
      if (type === "facility" && words[end] === "of" && owner) end = owner.end;
      // "struck camps in Libya": a bare plural says little alone, and its place names it.
      const place = ctx.chunks.find((c) => c.first === end + 1 && c.kind === "name" && c.type === "location");
      if (type === "facility" && head === at && words[end] === "in" && place)
        return { first: at, end: place.end, head, type, place: place.entity };
      // "three residential compounds housing Westerners": who is inside belongs to the phrase.
      if (type === "facility" && HOUSING.has(words[end] ?? "")) {
        let stop = end + 1;
        while (stop < words.length && stop - end <= 3 && !PHRASE_ENDS.has(words[stop]!)) stop++;
        if (stop - end <= 3 && stop > end + 1) end = stop;
      }
      // "crowds watching Bastille Day fireworks"
      if (type === "group" && TARGET_PARTICIPLES.has(words[end] ?? "")) {
        let stop = end + 1;
        while (stop < words.length && stop - end <= 5 && !PHRASE_ENDS.has(words[stop]!)) stop++;
        if (stop - end <= 5) end = stop;
      }
      return { first: at, end, head, type };
    }
    const surface = ctx.tokens[k]?.text ?? "";
    if (FUNCTION_WORDS.has(words[k] ?? "")) return undefined;
    if (CAPITAL.test(surface)) capitals ||= !namesAPeople(surface);
    else if (!LOWER.test(surface)) return undefined;
    k++;
  }
  return undefined;
}

/** What a gunman does once inside, ending the entering verb's clause ("… and opened fire"). */
const FIRING: readonly string[][] = [
  ["opened", "fire"],
  ["began", "shooting"],
  ["started", "shooting"],
  ["began", "firing"],
  ["started", "firing"],
];

/** Whether the clause after token `from` goes on to a shooting within a few words: "… and opened fire". */
export function firesAfter(words: readonly string[], from: number): boolean {
  for (let k = from; k < Math.min(words.length, from + 10); k++) {
    if (words[k] === "." || words[k] === ";") return false;
    if (words[k] === "and" && FIRING.some((f) => f.every((w, n) => words[k + 1 + n] === w))) return true;
  }
  return false;
}
