// The relation table's triggers, longest first; the one at a token ("was led, investigators believe, by").
import { RELATION_PATTERNS, type RelationPattern } from "./patterns.js";
import { matchesAt } from "./sentence-context.js";
import { TIE_PATTERNS } from "./tie-patterns.js";

const TRIGGERS: readonly { words: string[]; patterns: RelationPattern[] }[] = (() => {
  const byTrigger = new Map<string, RelationPattern[]>();
  for (const p of [...RELATION_PATTERNS, ...TIE_PATTERNS])
    for (const t of p.triggers) byTrigger.set(t, [...(byTrigger.get(t) ?? []), p]);
  return [...byTrigger]
    .map(([t, patterns]) => ({ words: t.split(" "), patterns }))
    .sort((a, b) => b.words.length - a.words.length);
})();

/** Verbs of a parenthetical source inside a verb phrase ("was led, investigators believe, by …"). */
const BELIEFS = new Set(["believe", "believed", "say", "said", "think", "suspect", "suspected", "added"]);

/** The token after a parenthetical ", investigators believe," that opens at `at`, or undefined. */
function afterParenthetical(words: readonly string[], at: number): number | undefined {
  if (words[at] !== ",") return undefined;
  const close = words.indexOf(",", at + 1);
  if (close < 0 || close - at > 5 || !BELIEFS.has(words[close - 1]!)) return undefined;
  return close + 1;
}

/**
 * The trigger at token `i` and where it ends: the words in sequence, or split by a parenthetical
 * source ("was led, investigators believe, by a local imam").
 */
export function triggerAt(
  words: readonly string[],
  i: number,
): { found: (typeof TRIGGERS)[number]; after: number } | undefined {
  const resume = afterParenthetical(words, i + 1);
  const split =
    resume === undefined
      ? undefined
      : TRIGGERS.find(
          (t) => t.words.length > 1 && t.words[0] === words[i] && matchesAt(words, resume, t.words.slice(1)),
        );
  if (split && resume !== undefined) return { found: split, after: resume + split.words.length - 1 };
  const found = TRIGGERS.find((t) => matchesAt(words, i, t.words));
  return found && { found, after: i + found.words.length };
}
