import { emit, type SentenceContext } from "./sentence-context.js";

/**
 * Collectives named by whose they are: "its fighters", "his fighters", "the group's fighters". Reports
 * write them in claims and denials ("Al-Shabaab said its fighters had targeted the ministry", "denied
 * that his fighters were involved"); the annotation guide makes them groups under the whole phrase,
 * and an organisation's fighters members of it.
 */

const OWNERS = new Set(["its", "his", "their"]);
/** Nouns that name a collective of fighters even with no act in the clause. */
const FIGHTER_NOUNS = new Set(["fighters", "militants", "gunmen", "jihadists"]);

/** Where the possessive in front of token `at` starts: "its" (at - 1), "the group 's" (at - 3), or undefined. */
function ownerStart(words: readonly string[], at: number): number | undefined {
  if (OWNERS.has(words[at - 1] ?? "")) return at - 1;
  if (words[at - 1] === "'s" && words[at - 2] === "group" && words[at - 3] === "the") return at - 3;
  return undefined;
}

/**
 * Gives groups after a possessive their whole phrase as a mention, makes "his/its/their fighters" a
 * group where no rule has, and ties an organisation's fighters to the one organisation the sentence
 * names before them.
 *
 * @example "Al-Shabaab said its fighters had targeted the ministry." → group "its fighters", member_of(→ Al-Shabaab)
 */
export function addPossessedGroups(ctx: SentenceContext): void {
  const { words, tokens, graph, text } = ctx;
  for (let i = 1; i < words.length; i++) {
    const from = ownerStart(words, i);
    if (from === undefined) continue;
    let chunk = ctx.chunks.find((c) => c.type === "group" && c.first === i);
    if (!chunk) {
      if (!FIGHTER_NOUNS.has(words[i]!) || ctx.chunks.some((c) => c.first <= i && i < c.end)) continue;
      const group = graph.entity("group", words[i]!, ctx.sentence.index);
      chunk = { first: i, end: i + 1, entity: group.key, type: "group", nominal: true, kind: "name" };
      ctx.chunks.push(chunk);
    }
    const group = graph.get(chunk.entity);
    if (!group) continue;
    graph.mention(
      group,
      text,
      tokens[from]!.start,
      tokens[chunk.end - 1]!.end,
      "GROUP",
      ctx.sentence.index,
      true,
    );
    if (words[from] === "his") continue;
    const orgs = ctx.chunks.filter((c) => c.kind === "name" && c.type === "organization" && c.end <= from);
    if (orgs.length === 1)
      emit(ctx, { subject: group.key, predicate: "member_of", object: orgs[0]!.entity }, from);
  }
}
