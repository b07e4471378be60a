import { placeChunkAt, possessedSite } from "./event-phrases.js";
import { settlementOf } from "./event-references.js";
import { afterDate, placeEvent } from "./event-sites.js";
import { EVENT_NOUNS } from "./lexicon.js";
import { findPlace } from "./place-gazetteer.js";
import { routePlaces } from "./route-places.js";
import type { Chunk, SentenceContext } from "./sentence-context.js";
import { afterSitePart } from "./site-parts.js";

/** Event heads beside `EVENT_NOUNS` that a locative phrase may follow: "the stabbing at a station in X". */
const MORE_HEADS = new Set(["stabbing", "killing", "gunfight", "firefight", "shootout", "clash", "standoff"]);
/** Prepositions that put an event phrase at the place after them: "the explosion outside the embassy". */
const LINKS: readonly string[][] = [
  ["outside", "of"],
  ["outside"],
  ["inside"],
  ["near"],
  ["at"],
  ["in"],
  ["on"],
  ["beside"],
  ["opposite"],
  ["close", "to"],
  ["next", "to"],
  ["in", "front", "of"],
];
const OPENERS = new Set(["the", "a", "an", "his", "her", "their", "its"]);

/** Whether the chunk ends on a noun that names an event ("the bombing", "Saturday's blasts"). */
function eventHead(ctx: SentenceContext, c: Chunk): boolean {
  const head = ctx.words[c.end - 1] ?? "";
  if (!/^\p{Ll}/u.test(ctx.tokens[c.end - 1]?.text ?? "")) return false;
  const singular = head.replace(/(?:es|s)$/, "");
  return [head, singular, head.replace(/s$/, "")].some((w) => EVENT_NOUNS.has(w) || MORE_HEADS.has(w));
}

/** Verbs of a relative clause that only says where: "which took place at …", "that happened in …". */
const PLACING_CLAUSES: readonly string[][] = [["took", "place"], ["happened"], ["occurred"], ["unfolded"]];

/**
 * Where a locative aside after an event phrase starts: "The attack, at a market in Gamboru, killed …",
 * "The attack, which took place at a market in Sokoto, killed …". `end` when there is no such aside.
 */
function asideStart(words: readonly string[], end: number): number {
  if (words[end] !== ",") return end;
  let k = end + 1;
  if (words[k] === "which" || words[k] === "that") {
    const verb = PLACING_CLAUSES.find((v) => v.every((w, n) => words[k + 1 + n] === w));
    if (!verb) return end;
    k += 1 + verb.length;
  }
  return k;
}

/**
 * The named place or site the phrase at `at` gives: "the Italian embassy", "a nightclub in Lagos",
 * "Ankara's main railway station" (the town's site), "the town of Menaka" (the town).
 */
function sceneAt(ctx: SentenceContext, at: number): Chunk | undefined {
  const { words } = ctx;
  const settled = words[at] === "the" ? settlementOf(words, at) : undefined;
  if (settled !== undefined) return placeChunkAt(ctx.chunks, settled);
  const k = OPENERS.has(words[at] ?? "") ? at + 1 : at;
  const place = placeChunkAt(ctx.chunks, k);
  if (!place) return undefined;
  return possessedSite(words, ctx.chunks, place) ?? place;
}

/**
 * Whether the event is already placed in another town than the one `place` is or lies in: "Mourners
 * remembered the victims of the massacre at a church in Nairobi" after a massacre in Garissa tells
 * where the mourners were, not the massacre. A site with no town, or a place inside the event's town,
 * is no other place.
 */
function placedElsewhere(ctx: SentenceContext, event: string, place: Chunk): boolean {
  const { graph } = ctx;
  // "the Bardo Museum attack in March and the shootings at a beach hotel near Sousse": a site in no
  // known town is not where an event already placed at another place happened.
  if (place.type === "facility" && !graph.byPredicate("located_in").some((s) => s.subject === place.entity)) {
    const placed = graph
      .byPredicate("occurred_at")
      .some((s) => s.subject === event && s.object !== undefined && s.object !== place.entity);
    if (placed) return true;
  }
  const towns = graph
    .byPredicate("occurred_at")
    .filter((s) => s.subject === event && s.object && graph.get(s.object)?.type === "location")
    .map((s) => s.object!);
  if (towns.length === 0) return false;
  const within = (key: string) =>
    towns.some((t) => t === key || graph.has(key, "located_in", t) || graph.has(t, "located_in", key));
  if (place.type === "location") return !within(place.entity);
  const sited = graph
    .byPredicate("located_in")
    .filter((s) => s.subject === place.entity && s.object)
    .map((s) => s.object!);
  return sited.length > 0 && !sited.some(within);
}

/**
 * An event phrase the event rules left unplaced, followed right away (a date aside) by a locative
 * preposition and a place: "Saturday's bombing outside Ankara's main railway station", "the explosion
 * near the main gate of the airport in Mogadishu", "the shooting outside a nightclub in Lagos". The
 * phrase's own words say where the event was, whether the report has told of it before or not. A
 * country is left out, as elsewhere ("attacks in France" may be many events).
 */
export function placeEventPhrases(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  for (const c of [...ctx.chunks]) {
    if (c.kind !== "event" || !eventHead(ctx, c)) continue;
    let k = afterDate(ctx, asideStart(words, c.end));
    // "the ambush on the road to Kidal", "an explosion on the outskirts of Kabul": the towns near it.
    const route = routePlaces(ctx, k);
    for (const town of route)
      if (!graph.has(c.entity, "occurred_at", town.entity))
        placeEvent(ctx, c.entity, town, c.end - 1, true, true);
    if (route.length > 0) continue;
    const link = LINKS.find((l) => l.every((w, n) => words[k + n] === w));
    if (!link) continue;
    k = afterSitePart(words, k + link.length);
    const place = sceneAt(ctx, k);
    if (!place || graph.has(c.entity, "occurred_at", place.entity) || placedElsewhere(ctx, c.entity, place))
      continue;
    if (place.type === "location" && findPlace(graph.get(place.entity)!.name) === "country") continue;
    placeEvent(ctx, c.entity, place, c.end - 1, true, true);
  }
}
