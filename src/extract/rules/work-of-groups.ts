import { GROUP_NOUNS } from "./lexicon.js";
import { readNumber } from "./numbers.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/**
 * An attack said to be the work of an unnamed collective: "the blasts were the work of three suicide
 * bombers", "Musharraf called the killing the work of terrorists". The collective is a group and
 * carried the sentence's one event out; who says so is the sentence's source (credibility.ts).
 */

/** Plural nouns of attackers that "the work of" makes a group of; a named organisation is blame.ts's. */
const WORK_NOUNS: ReadonlySet<string> = new Set([...GROUP_NOUNS, "terrorists", "jihadis"]);
/** Words allowed between "of" and the noun: "the work of three suicide bombers", "of Islamist militants". */
const WORK_MODIFIERS = new Set(["suicide", "islamist", "jihadist", "armed", "foreign", "local", "the"]);

/** The token after "the work of" / "the hallmarks of" at `k`, or undefined. */
function workOfEnd(words: readonly string[], k: number): number | undefined {
  if (words[k] !== "the" || words[k + 2] !== "of") return undefined;
  return words[k + 1] === "work" || words[k + 1] === "hallmarks" || words[k + 1] === "handiwork"
    ? k + 3
    : undefined;
}

/**
 * Adds the group after "the work of" and its perpetrated statement to the sentence's one event, or
 * to the event whose cue stands right before ("called the killing the work of terrorists").
 *
 * @example "Police said the blasts were the work of three suicide bombers." → perpetrated(three suicide bombers → the blasts)
 */
export function addWorkOfGroups(ctx: SentenceContext): void {
  const { words, tokens, graph, text } = ctx;
  for (let k = 0; k < words.length; k++) {
    const from = workOfEnd(words, k);
    if (from === undefined) continue;
    let noun = from;
    const count = readNumber(words, noun);
    if (count) noun = count.end;
    while (WORK_MODIFIERS.has(words[noun] ?? "")) noun++;
    if (!WORK_NOUNS.has(words[noun] ?? "") || words[noun] === "men") continue;
    const before = ctx.eventCues.filter((e) => e.at < k);
    const events = new Set((before.length > 0 ? before : ctx.eventCues).map((e) => e.entity));
    const event = events.size === 1 ? [...events][0]! : undefined;
    if (!event) continue;
    const own = ctx.chunks.find((c) => c.type === "group" && c.first <= noun && noun < c.end);
    if (ctx.chunks.some((c) => c !== own && c.first <= noun && noun < c.end)) continue;
    let key = own?.entity;
    if (!key) {
      const start = words[from] === "the" ? from + 1 : from;
      const written = text.slice(tokens[start]!.start, tokens[noun]!.end).replace(/\s+/g, " ");
      const group = graph.entity(
        "group",
        written.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()),
        ctx.sentence.index,
      );
      graph.mention(group, text, tokens[from]!.start, tokens[noun]!.end, "GROUP", ctx.sentence.index, true);
      ctx.chunks.push({
        first: from,
        end: noun + 1,
        entity: group.key,
        type: "group",
        nominal: true,
        kind: "name",
      });
      key = group.key;
    }
    emit(ctx, { subject: key, predicate: "perpetrated", object: event }, k + 1);
  }
}
