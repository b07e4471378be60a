import type { EntityType } from "../../model/entity-types.js";
import type { Chunk, SentenceContext } from "./sentence-context.js";

/** Nouns for one who speaks in a body's name. */
const VOICES = new Set(["spokesman", "spokeswoman", "spokesperson", "spokesmen", "representative"]);
/** Words between the body and the verb: "a spokesman for the group has claimed …". */
const AUXILIARIES = new Set(["has", "have", "had", "later", "also", "then"]);

/**
 * The body a spokesman speaks for, when "a spokesman for X" is the subject of the claim at `at`: "A
 * spokesman for Boko Haram claimed responsibility for the attack" is Boko Haram's claim. The body sits
 * after a preposition, where a plain subject search never takes one; a name apposed to the spokesman
 * ("A spokesman for X, Y, claimed …") is stepped over. Undefined otherwise.
 */
export function spokenFor(ctx: SentenceContext, at: number, types: readonly EntityType[]): Chunk | undefined {
  const { words } = ctx;
  let end = at;
  while (end > 0 && AUXILIARIES.has(words[end - 1]!)) end--;
  // "A spokesman for the Pakistani Taliban, Mohammad Khurasani, claimed …": step back over the name.
  if (words[end - 1] === ",") {
    const named = ctx.chunks.find((c) => c.type === "person" && c.kind === "name" && c.end === end - 1);
    if (named && words[named.first - 1] === ",") end = named.first - 1;
  }
  const body = ctx.chunks
    .filter((c) => c.end === end && types.includes(c.type))
    .sort((a, b) => a.first - b.first)[0];
  if (!body) return undefined;
  let link = body.first - 1;
  if (words[link] === "the") link--;
  if (words[link] !== "for" && words[link] !== "of") return undefined;
  return VOICES.has(words[link - 1] ?? "") ? body : undefined;
}
