import type { DocumentEntity } from "./document-graph.js";
import { findPlace } from "./place-gazetteer.js";
import type { Chunk, SentenceContext } from "./sentence-context.js";

/**
 * Events a report names only in passing, as history: "last year's attacks", "the 2003 bombings",
 * "since the bombings". A casualty figure with no event of its own does not go to one of them.
 */
export const BACKGROUND = new WeakSet<DocumentEntity>();

export function isBackground(event: DocumentEntity): boolean {
  return BACKGROUND.has(event);
}

/** Prepositions that put an event at the place after them: "tore through the X café", "outside the X". */
const SCENE_LINKS = new Set(["near", "in", "outside", "at", "on", "through", "into"]);
/** Adjectives allowed between the link and the place: "in central Stockholm", "at the busy X junction". */
const PLACE_ADJECTIVES = new Set([
  "central",
  "northern",
  "southern",
  "eastern",
  "western",
  "busy",
  "crowded",
]);

/**
 * The first named place (or named site) after an indefinite event's head, within its clause, that a
 * locative preposition introduces: "An explosion tore through the Argana café", "Explosions reported
 * outside the Stade de France", "Ten bomb blasts tore through four … trains in Madrid". A place after
 * a saying ("officials in Madrid said") is not reached: the clause ends at the comma.
 */
export function placeAfterHead(ctx: SentenceContext, from: number): Chunk | undefined {
  const { words } = ctx;
  const candidates = ctx.chunks
    .filter(
      (c) =>
        c.first >= from &&
        c.first - from <= 10 &&
        (c.type === "location" || c.type === "facility") &&
        (c.kind === "name" || c.kind === "site"),
    )
    .sort((a, b) => a.first - b.first || b.end - a.end);
  for (const c of candidates) {
    if (words.slice(from, c.first).some((w) => CLAUSE_ENDS.has(w))) return undefined;
    if (c.type === "location" && findPlace(ctx.graph.get(c.entity)!.name) === "country") continue;
    let k = c.first - 1;
    if (words[k] === "the" || words[k] === "a" || words[k] === "an") k--;
    while (PLACE_ADJECTIVES.has(words[k] ?? "")) k--;
    if (words[k] === "the" || words[k] === "a" || words[k] === "an") k--;
    // "on an Islamic State training camp near Sabratah": an indefinite unnamed site gives way to
    // the named place after it (ACLED codes to the nearest named place).
    if (c.kind === "site" && /^an?$/.test(words[c.first - 1] ?? "") && c.anchor === undefined) continue;
    if (SCENE_LINKS.has(words[k] ?? "")) return c;
  }
  return undefined;
}
const CLAUSE_ENDS = new Set([
  ",",
  ";",
  ":",
  "—",
  "–",
  "(",
  "who",
  "which",
  "that",
  "but",
  "after",
  "before",
  "when",
  "since",
]);
