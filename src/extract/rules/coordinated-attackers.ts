import { pastBareAge } from "./named-attackers.js";
import type { Chunk, SentenceContext } from "./sentence-context.js";

/**
 * Attackers named together as one subject: "Omar Haddad and Yusuf Karimi stormed the offices …",
 * "X, 24, and his brother Y, 21, opened fire …", "X, Y and Z attacked …". The verb follows the last
 * name only, so the names before it act through the coordination.
 */

/** Kin nouns that may open the next conjunct: "and his brother Y". */
const KIN = new Set(["brother", "cousin", "husband", "wife", "son", "father", "friend", "accomplice"]);

/** The token after a conjunct's own edges: its bare age and, after "and", "his brother". */
function nextConjunct(words: readonly string[], k: number): number | undefined {
  if (words[k] === "," && words[k + 1] === "and") k++;
  if (words[k] !== "and" && words[k] !== ",") return undefined;
  k++;
  if (["his", "her", "their"].includes(words[k] ?? "") && KIN.has(words[k + 1] ?? "")) k += 2;
  return k;
}

/**
 * The last named person of a coordination that `name` opens or stands in ("A and B", "A, B and C",
 * "A, 24, and his brother B"), or undefined when `name` is not followed by another named person.
 * Only person names count; a name held by an official (a title before it) ends the chain.
 */
export function lastConjunct(ctx: SentenceContext, name: Chunk): Chunk | undefined {
  const { words } = ctx;
  let current = name;
  let last: Chunk | undefined;
  for (let n = 0; n < 4; n++) {
    const at = nextConjunct(words, pastBareAge(words, current.end));
    if (at === undefined) break;
    const next = ctx.chunks.find(
      (c) => c.first === at && c.kind === "name" && c.type === "person" && c.entity !== current.entity,
    );
    if (!next || ctx.graph.get(next.entity)?.official) break;
    current = next;
    last = next;
  }
  return last;
}
