import { isPeopleWord } from "./group-edges.js";
import { GROUP_NOUNS } from "./lexicon.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";

/**
 * An unnamed collective that an authority blames: "was blamed on jihadists linked to al-Qaeda",
 * "blamed the bombing on Baloch separatists", "bore the hallmarks of Islamist militants". The blame
 * rules (`blame.ts`) find named actors; this makes a group of the common noun's phrase, named by it,
 * with its tie to an organisation when one follows ("linked to X", "loyal to X").
 */

/** Attackers' plurals an authority blames; "separatists" is blamed as often as it attacks. */
const BLAMED_NOUNS: ReadonlySet<string> = new Set(
  [...GROUP_NOUNS, "separatists", "extremists", "radicals"].filter((n) => n !== "men"),
);
/** Words in front of the noun that belong to the collective's name. */
const MODIFIERS = new Set([
  "suspected",
  "armed",
  "islamist",
  "jihadist",
  "jihadi",
  "separatist",
  "rebel",
  "local",
  "foreign",
  "unidentified",
  "unknown",
  "far-right",
  "right-wing",
  "left-wing",
]);
/** Ties from the collective to an organisation after it: "jihadists linked to al-Qaeda". */
const TIES: ReadonlyMap<string, "affiliated_with" | "allegiance_to"> = new Map([
  ["linked", "affiliated_with"],
  ["tied", "affiliated_with"],
  ["loyal", "allegiance_to"],
]);

/**
 * The collective whose phrase opens at `k` (an article skipped), added as a group chunk, or undefined.
 * A people's adjective or a capitalised word in front ("Baloch separatists") is part of its name even
 * when a recogniser took it for a place.
 */
export function blamedCollectiveAt(ctx: SentenceContext, k: number): Chunk | undefined {
  const { words, tokens, text, graph } = ctx;
  let at = words[k] === "the" ? k + 1 : k;
  const start = at;
  let named = false;
  if (/^\p{Lu}(?:\p{Ll}+|\p{Lu}+)$/u.test(tokens[at]?.text ?? "") && BLAMED_NOUNS.has(words[at + 1] ?? "")) {
    // "Baloch separatists", "ADF rebels": one capitalised word or acronym, a place chunk at most,
    // right before the noun.
    const held = ctx.chunks.filter((c) => c.first <= at && at < c.end);
    if (held.some((c) => c.type !== "location" || c.end !== at + 1) && !isPeopleWord(tokens[at]!.text))
      return undefined;
    named = true;
    at++;
  }
  while (MODIFIERS.has(words[at] ?? "")) at++;
  const noun = at;
  if (!BLAMED_NOUNS.has(words[noun] ?? "")) return undefined;
  const own = ctx.chunks.find((c) => c.type === "group" && c.first <= noun && noun < c.end);
  if (own) return own;
  if (ctx.chunks.some((c) => c.first <= noun && noun < c.end)) return undefined;
  const written = text.slice(tokens[start]!.start, tokens[noun]!.end).replace(/\s+/g, " ");
  const name = named ? written : written.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  const group = graph.entity("group", name, ctx.sentence.index);
  graph.mention(group, text, tokens[start]!.start, tokens[noun]!.end, "GROUP", ctx.sentence.index, true);
  const chunk: Chunk = {
    first: start,
    end: noun + 1,
    entity: group.key,
    type: "group",
    nominal: true,
    kind: "group",
  };
  ctx.chunks.push(chunk);
  const tie = TIES.get(words[noun + 1] ?? "");
  if (tie && words[noun + 2] === "to") {
    const org = ctx.chunks.find(
      (c) => c.first === noun + 3 && c.kind === "name" && c.type === "organization",
    );
    if (org) emit(ctx, { subject: group.key, predicate: tie, object: org.entity }, noun + 1);
  }
  return chunk;
}
