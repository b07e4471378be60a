// Place chunks an event phrase ends, starts or points back to: "the Sousse attack", "an attack in Sousse".
import { possessedSite } from "./event-phrases.js";
import { settlementOf } from "./event-references.js";
import { findPlace } from "./place-gazetteer.js";
import type { Chunk, SentenceContext } from "./sentence-context.js";

/** Words for a part of a town before its name: "in central Ankara" (not "the busy X junction", a site's own words). */
const AREA_ADJECTIVES = new Set(["central", "northern", "southern", "eastern", "western", "downtown"]);

/**
 * The place that "where" before an indefinite event phrase, or "there" right after its verb, points
 * back to: the last named place or site before the phrase in the sentence.
 */
export function referredPlace(ctx: SentenceContext, first: number, headEnd: number): Chunk | undefined {
  const { words } = ctx;
  const where = words[first - 1] === "where" || (words[first - 1] === "," && words[first - 2] === "where");
  const there = words.slice(headEnd, headEnd + 3).includes("there");
  if (!where && !there) return undefined;
  return ctx.chunks
    .filter(
      (c) =>
        c.end <= first &&
        (c.type === "location" || c.type === "facility") &&
        (c.kind === "name" || c.kind === "site") &&
        findPlace(ctx.graph.get(c.entity)!.name) !== "country",
    )
    .sort((a, b) => b.end - a.end)[0];
}

export function placeChunkEndingAt(ctx: SentenceContext, end: number): Chunk | undefined {
  return ctx.chunks.find(
    (c) => c.kind === "name" && c.end === end && (c.type === "location" || c.type === "facility"),
  );
}

export function placeChunkStartingAt(ctx: SentenceContext, first: number): Chunk | undefined {
  // "a siege in the eastern oil city of Khobar": the name follows the settlement's description.
  let at = settlementOf(ctx.words, first) ?? (ctx.words[first] === "the" ? first + 1 : first);
  // "Sunday's car bombing in central Ankara": an area adjective before the town is stepped over.
  while (AREA_ADJECTIVES.has(ctx.words[at] ?? "") && /^\p{Ll}/u.test(ctx.tokens[at]?.text ?? "")) at++;
  const found = ctx.chunks.filter(
    (c) => c.kind !== "event" && c.first === at && (c.type === "location" || c.type === "facility"),
  );
  const place = found.sort((a, b) => b.end - a.end)[0];
  // "at Lagos's Ikeja airport": the town owns the site, and the site is the scene.
  // "in Istanbul's historic Sultanahmet Square": adjectives between the town and its site are stepped over.
  if (place?.type === "location" && /^['’]s$/.test(ctx.words[place.end] ?? ""))
    return placeChunkStartingAt(ctx, place.end + 1) ?? possessedSite(ctx.words, ctx.chunks, place) ?? place;
  return place;
}
