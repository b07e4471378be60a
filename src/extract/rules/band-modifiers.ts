import { GROUP_NOUNS, MONTHS, WEEKDAYS } from "./lexicon.js";
import type { SentenceContext } from "./sentence-context.js";

/**
 * A word in front of an attacking group's noun that the group rules leave outside its phrase: the
 * name of a movement or people no recogniser took ("Houthi fighters", "Hamas gunmen") or an
 * adjective of allegiance or identity ("pro-government militiamen", "separatist fighters", "unknown
 * gunmen"). Reports name the group by the whole phrase, so it is named and mentioned so.
 */

/** Lowercase adjectives that belong to an attacking group's name. */
const BAND_ADJECTIVES = new Set([
  "unknown",
  "separatist",
  "jihadi",
  "islamic",
  "pro-government",
  "anti-government",
  "government-backed",
  "far-right",
  "right-wing",
  "left-wing",
  "sectarian",
  "tribal",
  "ethnic",
  "rival",
  "maoist",
]);

/** Capitalised words that open a sentence or a clause without naming anyone ("Overnight gunmen …"). */
const OPENERS = new Set([
  "overnight",
  "yesterday",
  "today",
  "meanwhile",
  "earlier",
  "later",
  "then",
  "when",
  "after",
  "before",
  "as",
  "but",
  "and",
  "the",
  "some",
  "other",
  "many",
  "several",
  "most",
  "both",
  "all",
  "local",
  "foreign",
  ...MONTHS.map((m) => m.toLowerCase()),
  ...WEEKDAYS.map((d) => d.toLowerCase()),
]);

/** Whether token `at` is a word that belongs to the name of the group whose phrase starts after it. */
function bandModifier(ctx: SentenceContext, at: number): boolean {
  const word = ctx.words[at] ?? "";
  if (BAND_ADJECTIVES.has(word)) return true;
  const token = ctx.tokens[at]?.text ?? "";
  // "Houthi fighters", "Hamas gunmen": one capitalised word, not a sentence's or clause's opener.
  // An adverb ("Heavily armed gunmen") is no name.
  return /^\p{Lu}[\p{L}'-]*\p{Ll}$|^\p{Lu}{2,}$/u.test(token) && !OPENERS.has(word) && !word.endsWith("ly");
}

/**
 * Widens each unnamed attacking group of the sentence over the word in front of it that names whose
 * men they are, when no other chunk holds that word: a mention by the whole phrase, and the name
 * itself when the group was first met here by its bare noun.
 *
 * @example "Houthi fighters attacked a base in Marib" → the group "fighters" becomes "Houthi fighters"
 */
export function widenBands(ctx: SentenceContext): void {
  const { words, tokens, graph, text } = ctx;
  for (const c of ctx.chunks) {
    if (c.type !== "group" || c.kind !== "group" || c.first === 0) continue;
    if (!GROUP_NOUNS.has(words[c.end - 1] ?? "")) continue;
    const at = c.first - 1;
    if (!bandModifier(ctx, at) || ctx.chunks.some((o) => o.first <= at && at < o.end)) continue;
    const group = graph.get(c.entity);
    if (!group) continue;
    const bare = text.slice(tokens[c.first]!.start, tokens[c.end - 1]!.end).replace(/\s+/g, " ");
    graph.mention(group, text, tokens[at]!.start, tokens[c.end - 1]!.end, "GROUP", ctx.sentence.index, true);
    if (group.firstSentence === ctx.sentence.index && group.name.toLowerCase() === bare.toLowerCase()) {
      const wide = `${tokens[at]!.text} ${bare}`;
      graph.rename(
        group,
        /^\p{Lu}\p{Ll}/u.test(wide) && BAND_ADJECTIVES.has(words[at]!)
          ? wide.replace(/^\p{Lu}/u, (l) => l.toLowerCase())
          : wide,
      );
    }
    c.first = at;
  }
}
