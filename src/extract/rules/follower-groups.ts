import type { SentenceContext } from "./sentence-context.js";

/**
 * The followers of a named leader or body as the object of blame or suspicion: "aides blamed
 * loyalists of Saddam Hussein", "police suspect supporters of the former governor's party". The
 * phrase is a group of its own ("loyalists of Saddam Hussein"), not the leader it follows, and
 * `blame.ts` links it to the attack. Only the object of such a verb is read: "a convoy carrying
 * supporters of X" names the victims, not the attackers.
 */

/** Verbs whose object is the suspected party ("blamed X", "suspect X", "accuse X"). */
const BLAMING = new Set(["blamed", "blame", "blames", "blaming", "suspect", "suspects", "accuse", "accuses"]);
/** Plural nouns for the people who follow a leader or a body. */
const FOLLOWERS = new Set([
  "loyalists",
  "followers",
  "supporters",
  "partisans",
  "sympathisers",
  "sympathizers",
  "adherents",
]);
const LEADER_TYPES = new Set(["person", "organization"]);

/**
 * Adds a group chunk for "FOLLOWERS of X" right after a verb of blame, so that the blame reads it.
 *
 * @example "Aides to the cleric blamed loyalists of Saddam Hussein." → group "loyalists of Saddam Hussein"
 */
export function addFollowerGroups(ctx: SentenceContext): void {
  const { words, tokens, graph, text } = ctx;
  for (let i = 0; i < words.length; i++) {
    if (!BLAMING.has(words[i]!)) continue;
    const first = words[i + 1] === "the" ? i + 2 : i + 1;
    if (!FOLLOWERS.has(words[first] ?? "") || words[first + 1] !== "of") continue;
    const leader = ctx.chunks
      .filter((c) => c.first === first + 2 && LEADER_TYPES.has(c.type))
      .sort((a, b) => b.end - a.end)[0];
    if (!leader) continue;
    if (ctx.chunks.some((c) => c.first <= first && first < c.end)) continue;
    const name = text.slice(tokens[first]!.start, tokens[leader.end - 1]!.end).replace(/\s+/g, " ");
    const group = graph.entity("group", name, ctx.sentence.index);
    graph.mention(
      group,
      text,
      tokens[first]!.start,
      tokens[leader.end - 1]!.end,
      "GROUP",
      ctx.sentence.index,
      true,
    );
    ctx.chunks.push({
      first,
      end: leader.end,
      entity: group.key,
      type: "group",
      nominal: true,
      kind: "name",
    });
  }
}
