import { GROUP_NOUNS } from "./lexicon.js";
import { readNumber } from "./numbers.js";
import { isDemonym } from "./place-gazetteer.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/**
 * Unnamed groups known by their number or their people, whatever the clause says of them: "six
 * attackers were killed", "including two suspected suicide bombers", "between 25 and 30 gunmen",
 * "all seven attackers", "a siege by Chechen gunmen", "Taliban gunmen wearing suicide vests". The
 * annotation guide makes an unnamed collective known by what it did a group; a count or a people
 * in front of an attacker's noun says it is a collective, not a stray plural.
 */

/** Words between a count and the noun: "two suspected suicide bombers", "Two female suicide bombers". */
const COUNTED_MODIFIERS = new Set([
  "armed",
  "masked",
  "rebel",
  "islamist",
  "jihadist",
  "suspected",
  "alleged",
  "would-be",
  "suicide",
  "female",
  "male",
  "young",
  "foreign",
  "unidentified",
  "heavily",
  "other",
]);

/** Attackers' nouns a count makes a group of ("men" and "fighters" are too often someone else's). */
const COUNTED_NOUNS: ReadonlySet<string> = new Set([
  ...[...GROUP_NOUNS].filter((n) => n !== "men" && n !== "fighters"),
  "hostage-takers",
  "insurgents",
  "suspects",
]);

/** Modifiers that say by themselves that a plural is a collective of fighters: "Islamist insurgents", "Masked gunmen". */
const DESCRIBING_MODIFIERS = new Set(["islamist", "jihadist", "masked", "armed", "rebel"]);

/** Where a count ending at token `end` starts: "six", "dozens of", "between 25 and 30", or undefined. */
function countStart(words: readonly string[], end: number): number | undefined {
  for (let k = end - 1; k >= Math.max(0, end - 4); k--) {
    if (readNumber(words, k)?.end !== end) continue;
    // "between 25 and 30 gunmen"
    const and = k - 1;
    if (words[and] === "and") {
      for (let b = and - 1; b >= Math.max(1, and - 3); b--)
        if (words[b - 1] === "between" && readNumber(words, b)?.end === and) return b - 1;
    }
    return k;
  }
  return undefined;
}

/**
 * Adds the group at `noun` if a count, a people's adjective or an organisation's name stands in
 * front of it; returns whether it did. An organisation's fighters ("Taliban gunmen") are members of it.
 */
export function addCountedGroup(ctx: SentenceContext, noun: number): boolean {
  const { words, tokens, graph, text } = ctx;
  if (!COUNTED_NOUNS.has(words[noun]!)) return false;
  let start = noun;
  while (start > 0 && COUNTED_MODIFIERS.has(words[start - 1]!)) start--;
  const org = ctx.chunks.find((c) => c.kind === "name" && c.end === start && c.type === "organization");
  const people =
    !org && start > 0 && isDemonym(tokens[start - 1]!.text) && /^\p{Lu}/u.test(tokens[start - 1]!.text);
  const count = countStart(words, org ? org.first : people ? start - 1 : start);
  if (org) start = org.first;
  else if (people) start--;
  if (count !== undefined) start = count;
  else if (!org && !people && !words.slice(start, noun).some((w) => DESCRIBING_MODIFIERS.has(w)))
    return false;
  // "all seven attackers", "all the attackers"
  let first = start;
  while (first > 0 && ["all", "the"].includes(words[first - 1]!)) first--;
  if (words[first] === "the") first++;
  if (ctx.chunks.some((c) => c.kind !== "name" && c.first <= noun && start < c.end)) return false;
  if (ctx.chunks.some((c) => c.kind === "name" && c.first < noun && start < c.end && c !== org)) return false;
  const from = words[start] === "the" ? start + 1 : start;
  const written = text.slice(tokens[from]!.start, tokens[noun]!.end).replace(/\s+/g, " ");
  const name = org || people ? written : written.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  const group = graph.entity("group", name, ctx.sentence.index);
  graph.mention(group, text, tokens[first]!.start, tokens[noun]!.end, "GROUP", ctx.sentence.index, true);
  // "Seven suspects in the Madrid train bombings": the phrase with its event is a mention too.
  const of = ["in", "behind", "over"].includes(words[noun + 1] ?? "") ? noun + 2 : undefined;
  const event =
    of === undefined
      ? undefined
      : ctx.chunks.find(
          (c) => c.kind === "event" && (c.first === of || (c.first === of + 1 && words[of] === "the")),
        );
  if (event)
    graph.mention(
      group,
      text,
      tokens[first]!.start,
      tokens[event.end - 1]!.end,
      "GROUP",
      ctx.sentence.index,
      true,
    );
  // Kept as a name, not a group that acts: a count says nothing of what the group did ("six attackers
  // were killed", "nine militants were killed by soldiers"), so the sentence's event is not theirs
  // by being near (`linkPerpetrators`); only a clause that says so makes them its perpetrators.
  ctx.chunks.push({ first, end: noun + 1, entity: group.key, type: "group", nominal: true, kind: "name" });
  if (org) emit(ctx, { subject: group.key, predicate: "member_of", object: org.entity }, noun);
  return true;
}
