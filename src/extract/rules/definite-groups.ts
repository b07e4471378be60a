import type { DocumentEntity, DocumentGraph } from "./document-graph.js";
import { GROUP_NOUNS } from "./lexicon.js";
import type { SentenceContext } from "./sentence-context.js";

/**
 * Definite descriptions of an unnamed collective that no attack in their own sentence explains: "The
 * gunmen were members of Ansaru", "The brothers had travelled to Syria", "The pair were Malian
 * nationals". Wire copy introduces the attackers once ("Two brothers carried out the attack …") and
 * then goes on with "the brothers", "the pair", "the militants"; such a phrase is a mention of the
 * group the last sentences introduced, so what is said of it attaches there. With no group before it,
 * an attackers' noun that a clause describes ("The young attackers had been recruited by armed
 * groups") is a group of its own.
 */

/** Words between "the" and the head: "the two brothers", "the young attackers", "the three suspects". */
const DEFINITE_MODIFIERS = new Set([
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "young",
  "armed",
  "masked",
  "suspected",
  "alleged",
  "suicide",
  "teenage",
  "unidentified",
  "other",
  "surviving",
  "remaining",
  "dead",
  "slain",
]);

/** Heads that only refer back, never introduce a group: "the pair", "the brothers", "the men". */
const REFERRING_HEADS = new Set(["pair", "duo", "trio", "brothers", "men", "suspects", "plotters"]);

/**
 * Verbs after an attackers' noun that describe the group itself ("were members", "belonged to", "had
 * been recruited"); "the militants have stepped up attacks" speaks of militants at large.
 */
const DESCRIBING_VERBS = new Set(["were", "are", "belonged", "belong"]);

/** How many sentences back the group may have been introduced. */
const REACH = 3;

/** Whether group `g` agrees with the head: "the brothers" a group of brothers, "the pair" a group of two. */
function agrees(ctx: SentenceContext, g: DocumentEntity, head: string): boolean {
  const said = ctx.graph
    .mentionTexts(g.key)
    .map((t) => t.toLowerCase())
    .concat(g.name.toLowerCase());
  const words = said.flatMap((s) => s.split(/\s+/));
  if (head === "pair" || head === "duo") return words.includes("two") || words.includes("both");
  if (head === "trio") return words.includes("three");
  if (head === "brothers" || head === "men" || head === "plotters") return words.includes(head);
  return true;
}

/**
 * Resolves "the [modifiers] NOUN" at [first, noun] to the latest group that agrees with it, or makes
 * an attackers' noun with a describing verb a group of its own. Returns whether it took the phrase.
 *
 * @example "Two brothers attacked a church in Zaria. The brothers were members of the Islamic State."
 * // "The brothers" is a mention of the group "two brothers"
 */
export function addDefiniteGroup(ctx: SentenceContext, noun: number): boolean {
  const { words, tokens, graph, text } = ctx;
  const head = words[noun]!;
  if (!GROUP_NOUNS.has(head) && !REFERRING_HEADS.has(head)) return false;
  let first = noun;
  while (first > 0 && DEFINITE_MODIFIERS.has(words[first - 1]!)) first--;
  if (words[first - 1] !== "the") return false;
  first--;
  // "the men's families", "the gunmen's car": someone or something of theirs.
  if (/^['’]s?$/.test(words[noun + 1] ?? "")) return false;
  // "one of the attackers", "two of the suspects": a part of the group.
  if (words[first - 1] === "of") return false;
  if (ctx.chunks.some((c) => c.first <= noun && noun < c.end)) return false;
  const group = graph.latest(
    "group",
    (g) =>
      g.lastSentence >= ctx.sentence.index - REACH &&
      g.firstSentence <= ctx.sentence.index &&
      agrees(ctx, g, head),
  );
  const introduced = group && group.firstSentence < ctx.sentence.index;
  let target: DocumentEntity | undefined = introduced ? group : undefined;
  if (!target) {
    if (REFERRING_HEADS.has(head) || head === "men" || head === "fighters") return false;
    const verb = words[noun + 1] ?? "";
    const perfect = (verb === "had" || verb === "have") && words[noun + 2] === "been";
    if (!DESCRIBING_VERBS.has(verb) && !perfect) return false;
    const from = first + 1;
    const name = text.slice(tokens[from]!.start, tokens[noun]!.end).replace(/\s+/g, " ");
    target = graph.entity("group", name.toLowerCase(), ctx.sentence.index);
  }
  graph.mention(target, text, tokens[first]!.start, tokens[noun]!.end, "GROUP", ctx.sentence.index, true);
  ctx.chunks.push({
    first,
    end: noun + 1,
    entity: target.key,
    type: "group",
    nominal: true,
    kind: "group",
  });
  return true;
}

/**
 * The unnamed group an earlier sentence said carried the event out, which "the attackers" after it
 * refers back to: "Unidentified gunmen attacked a bus in Mandera … Police said the attackers
 * belonged to al-Shabaab" (one group, not a second "Mandera attackers").
 */
export function earlierPerpetrator(
  graph: DocumentGraph,
  event: DocumentEntity,
  sentence: number,
): DocumentEntity | undefined {
  const groups = graph
    .perpetratorsOf(event.key)
    .map((k) => graph.get(k))
    .filter((g): g is DocumentEntity => g?.type === "group" && g.firstSentence < sentence);
  return groups.length === 1 ? groups[0] : undefined;
}
