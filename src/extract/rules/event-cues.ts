import type { DocumentEntity } from "./document-graph.js";
import { type Chunk, chunkAfter, type SentenceContext } from "./sentence-context.js";

/** Prepositions that bring the place of an act told by a verb: "was shot dead outside his home in X". */
const PLACE_LINKS = new Set(["in", "at", "near", "outside"]);
/** Words that end the clause a place is sought in. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  ",",
  ";",
  "after",
  "before",
  "when",
  "while",
  "but",
  "who",
  "which",
]);

/**
 * The first named place or site after token `from`, within `window` tokens and the clause (`stops` end
 * it), that "in", "at", "near" or "outside" brings, with no comma between the preposition and it.
 *
 * @example placeAfter(ctx, end, 16) // "… was shot dead outside the government building in Belgrade"
 */
export function placeAfter(
  ctx: SentenceContext,
  from: number,
  window: number,
  stops: ReadonlySet<string> = CLAUSE_BREAKS,
): Chunk | undefined {
  const { words } = ctx;
  for (let k = from; k < Math.min(words.length, from + window); k++) {
    if (stops.has(words[k]!)) return undefined;
    if (!PLACE_LINKS.has(words[k]!)) continue;
    const c = chunkAfter(ctx, k + 1, ["location", "facility"], 5);
    if (c && (c.kind === "name" || c.kind === "site") && !words.slice(k + 1, c.first).includes(",")) return c;
  }
  return undefined;
}

/** Marks tokens `first` to `end` as a mention and a cue of an event told by a verb. */
export function cueEvent(ctx: SentenceContext, event: DocumentEntity, first: number, end: number): void {
  const { tokens, text, graph } = ctx;
  graph.mention(event, text, tokens[first]!.start, tokens[end - 1]!.end, "EVENT", ctx.sentence.index, true);
  ctx.chunks.push({ first, end, entity: event.key, type: "event", nominal: true, kind: "event" });
  ctx.eventCues.push({ entity: event.key, at: first });
}
