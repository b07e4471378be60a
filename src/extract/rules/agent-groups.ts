import { GROUP_NOUNS } from "./lexicon.js";
import { readNumber } from "./numbers.js";
import { isDemonym } from "./place-gazetteer.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/**
 * An event phrase that names its agents as an unnamed collective: "a siege by Chechen gunmen", "the
 * assault by two cousins from Jabel Mukaber", "an attack by three masked men". The collective is a
 * group and carried the event out; the phrase itself says so, whatever the rest of the sentence does.
 */

/** People's plurals a count makes a collective of after "by" ("by two cousins"); attackers' nouns need no count. */
const COUNTED_PEOPLE = new Set([
  "men",
  "women",
  "brothers",
  "cousins",
  "sisters",
  "teenagers",
  "youths",
  "friends",
]);
const AGENT_MODIFIERS = new Set([
  "armed",
  "masked",
  "suspected",
  "suicide",
  "unidentified",
  "young",
  "islamist",
]);
const ATTACKER_NOUNS: ReadonlySet<string> = new Set([...GROUP_NOUNS].filter((n) => n !== "men"));

/**
 * Adds the group after "by" inside or right after each event phrase of the sentence, with its
 * perpetrated statement.
 *
 * @example "… ending a siege by Chechen gunmen who had held 800 people hostage" → perpetrated(Chechen gunmen → siege)
 */
export function addAgentGroups(ctx: SentenceContext): void {
  const { words, tokens, graph, text } = ctx;
  for (const e of ctx.chunks.filter((c) => c.kind === "event")) {
    const by = words.indexOf("by", e.first);
    if (by < 0 || by > e.end) continue;
    let k = by + 1;
    if (words[k] === "the") k++;
    const start = k;
    const count = readNumber(words, k);
    if (count) k = count.end;
    // "by Chechen gunmen": a people's adjective, known to the gazetteer or a capitalised word no
    // name covers, right before an attacker's noun.
    const capital = /^\p{Lu}\p{Ll}+$/u.test(tokens[k]?.text ?? "");
    const people =
      capital &&
      (isDemonym(tokens[k]!.text) ||
        (ATTACKER_NOUNS.has(words[k + 1] ?? "") &&
          !ctx.chunks.some((c) => c.first <= k && k < c.end && c !== e)));
    if (people) k++;
    while (AGENT_MODIFIERS.has(words[k] ?? "")) k++;
    const noun = words[k] ?? "";
    if (!ATTACKER_NOUNS.has(noun) && !(count && COUNTED_PEOPLE.has(noun))) continue;
    if (!count && !people && k === start) continue;
    const own = ctx.chunks.find((c) => c.type === "group" && c.first <= k && k < c.end);
    if (ctx.chunks.some((c) => c !== own && c !== e && c.kind !== "event" && c.first <= k && k < c.end))
      continue;
    let key = own?.entity;
    if (!key) {
      const written = text.slice(tokens[start]!.start, tokens[k]!.end).replace(/\s+/g, " ");
      const name = people ? written : written.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
      const group = graph.entity("group", name, ctx.sentence.index);
      graph.mention(group, text, tokens[start]!.start, tokens[k]!.end, "GROUP", ctx.sentence.index, true);
      ctx.chunks.push({
        first: start,
        end: k + 1,
        entity: group.key,
        type: "group",
        nominal: true,
        kind: "name",
      });
      key = group.key;
    }
    emit(ctx, { subject: key, predicate: "perpetrated", object: e.entity }, by);
  }
}
