import { countryOfDemonym, findPlace, isDemonym } from "./place-gazetteer.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";
import { addListedSites } from "./site-lists.js";
import { areaMention } from "./site-places.js";

/** Words between "in" and the containing place that leave containment intact ("in central Tunis"). */
const AREA_WORDS = new Set([
  "the",
  "central",
  "northern",
  "southern",
  "eastern",
  "western",
  "north-western",
  "north-eastern",
  "south-western",
  "south-eastern",
  "downtown",
]);
/** Settlement nouns for "the Tunisian border town of Ben Guerdane" and "X, a town in Y". */
const SETTLEMENTS = new Set(["town", "city", "village", "port", "district", "suburb", "region", "province"]);

function placeChunk(ctx: SentenceContext, first: number, end?: number): Chunk | undefined {
  return ctx.chunks
    .filter(
      (c) =>
        (end === undefined ? c.first === first : c.end === end) &&
        (c.type === "location" || c.type === "facility") &&
        c.kind !== "event",
    )
    .sort((a, b) => b.end - b.first - (a.end - a.first))[0];
}

/**
 * A town and the larger place after a comma: "lived in Aylesbury, Buckinghamshire", "Watertown,
 * Massachusetts", "Luton, England". Not in a list ("Tunis, Sousse and Kairouan": two towns the
 * gazetteer knows, or a further name after the second), and not in a dateline ("LEGANES, Spain,").
 */
function addApposedPlaces(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  for (const inner of ctx.chunks) {
    if (inner.type !== "location" || inner.kind !== "name" || words[inner.end] !== ",") continue;
    if (ctx.sentence.index === 0 && inner.first === 0) continue;
    if (words[inner.first - 1] === "," || words[inner.first - 1] === "and") continue;
    // "in Molenbeek, the Brussels district where he grew up".
    const described = words[inner.end + 1] === "the" ? placeChunk(ctx, inner.end + 2) : undefined;
    if (
      described?.kind === "name" &&
      described.type === "location" &&
      SETTLEMENTS.has(words[described.end] ?? "")
    ) {
      emit(
        ctx,
        { subject: inner.entity, predicate: "located_in", object: described.entity },
        inner.end,
        true,
      );
      continue;
    }
    const outer = placeChunk(ctx, inner.end + 1);
    if (outer?.type !== "location" || outer.kind !== "name" || outer.entity === inner.entity) continue;
    const innerKind = findPlace(graph.get(inner.entity)!.name);
    const outerKind = findPlace(graph.get(outer.entity)!.name);
    if (innerKind === "country" || (outerKind !== undefined && outerKind !== "country")) continue;
    const after = words[outer.end];
    if (after === "and" || after === "or" || (after === "," && placeChunk(ctx, outer.end + 1))) continue;
    emit(ctx, { subject: inner.entity, predicate: "located_in", object: outer.entity }, inner.end, true);
  }
}

/** Nouns for the town a report is about: "the Westlands district of the capital". */
const TOWN_NOUNS = new Set(["capital", "city"]);

/**
 * "of the capital", "of the city": the latest city the report has named (the gazetteer's kind), as a
 * chunk over the noun, or nothing when the report names none.
 */
function reportTown(ctx: SentenceContext, at: number): Chunk | undefined {
  if (ctx.words[at] !== "the" || !TOWN_NOUNS.has(ctx.words[at + 1] ?? "")) return undefined;
  const town = ctx.graph.latest("location", (e) => !e.provisional && findPlace(e.name) === "city");
  if (!town) return undefined;
  return { first: at + 1, end: at + 2, entity: town.key, type: "location", nominal: true, kind: "site" };
}

/** An administrative head written after a name is part of it: "Siliana governorate". */
const ADMIN_HEADS = new Set(["governorate", "province", "region", "district", "wilaya", "prefecture"]);

function area(ctx: SentenceContext, chunk: Chunk): string {
  const { words, tokens, graph, text } = ctx;
  if (!ADMIN_HEADS.has(words[chunk.end] ?? "")) return chunk.entity;
  const start = tokens[chunk.first]!.start;
  const stop = tokens[chunk.end]!.end;
  const entity = graph.entity("location", text.slice(start, stop).replace(/\s+/g, " "), ctx.sentence.index);
  graph.mention(entity, text, start, stop, "LOC", ctx.sentence.index);
  return entity.key;
}

/** A name, or a named site ("Jemaa el-Fnaa square"), not an unnamed one ("a busy shopping street"). */
function named(ctx: SentenceContext, chunk: Chunk): boolean {
  return (
    chunk.kind === "name" ||
    (chunk.kind === "site" && /^\p{Lu}/u.test(ctx.graph.get(chunk.entity)?.name ?? ""))
  );
}

function isCountry(ctx: SentenceContext, chunk: Chunk): boolean {
  return findPlace(ctx.graph.get(chunk.entity)?.name ?? "") === "country";
}

/**
 * Containment stated by the words, never proximity (the annotation README: "near X", "north of X",
 * "on the edge of X" are not containment):
 * - "the Bardo National Museum in Tunis", "Mohamed V Avenue in central Tunis", "Gaafour in Siliana
 *   governorate", "the hotel at Port El Kantaoui": a place, "in" or "at", a named location;
 * - "the Tunisian border town of Ben Guerdane": the demonym's country contains the town;
 * - "the Ariana district of Tunis", "Ariana, a district of Tunis", "X, a town in Y".
 */
export function addContainment(ctx: SentenceContext): void {
  const { words, graph, text, tokens } = ctx;
  addListedSites(ctx, ctx.eventCues.length > 0);
  for (const inner of [...ctx.chunks]) {
    if ((inner.type !== "location" && inner.type !== "facility") || inner.kind === "event") continue;
    if (inner.anchor || isCountry(ctx, inner)) continue;
    let k = inner.end;
    // "X, a town in Y": the appositive's settlement noun is stepped over.
    if (
      words[k] === "," &&
      ["a", "an", "the"].includes(words[k + 1] ?? "") &&
      SETTLEMENTS.has(words[k + 2] ?? "")
    )
      k += 3;
    // "the G8 summit at Gleneagles, in Scotland", "Nice, on the French Riviera", "the Bataclan concert
    // hall, on boulevard Voltaire": a place in apposition after the comma.
    else if (words[k] === "," && (words[k + 1] === "in" || words[k + 1] === "on")) k++;
    const link = words[k];
    const on = link === "on" && (k > inner.end || inner.type === "facility");
    if (link !== "in" && link !== "at" && !on && !(link === "of" && k > inner.end)) continue;
    if (link === "at" && inner.type !== "facility") continue;
    k++;
    const from = k;
    while (AREA_WORDS.has(words[k] ?? "")) k++;
    const outer = placeChunk(ctx, k);
    if (outer?.type !== "location" || !named(ctx, outer) || outer.entity === inner.entity) continue;
    // "on" places a site on a street or square, a town on a coast ("Nice, on the French Riviera"),
    // never on a town or a country the gazetteer knows ("the attack on Tunis").
    if (on && findPlace(graph.get(outer.entity)!.name)) continue;
    // "in the Ariana district of Tunis" is read by the settlement rule below, not here.
    if (
      (SETTLEMENTS.has(words[outer.end] ?? "") && words[outer.end + 1] === "of") ||
      words[outer.end] === "'s" ||
      words[outer.end] === "’s"
    )
      continue;
    const object = area(ctx, outer);
    if (object === outer.entity) areaMention(ctx, from, outer);
    emit(ctx, { subject: inner.entity, predicate: "located_in", object }, inner.end, true);
  }
  addApposedPlaces(ctx);
  // "the Tunisian border town of Ben Guerdane": the town lies in the demonym's country.
  for (let i = 1; i < words.length - 2; i++) {
    if (!SETTLEMENTS.has(words[i]!) || words[i + 1] !== "of") continue;
    const town = placeChunk(ctx, i + 2) ?? reportTown(ctx, i + 2);
    if (town?.type !== "location" || isCountry(ctx, town)) continue;
    let d = i - 1;
    if (words[d] === "border" || words[d] === "coastal" || words[d] === "southern" || words[d] === "northern")
      d--;
    // "the Ariana district of Tunis": a named place before the settlement noun lies in the one after.
    const named = ctx.chunks
      // "the Hodan district" found with its head ends after the settlement noun.
      .filter(
        (c) =>
          (c.end === i || (c.end === i + 1 && c.first < i)) && c.kind === "name" && c.type === "location",
      )
      .sort((a, b) => b.end - b.first - (a.end - a.first))[0];
    if (named?.type === "location" && named.kind === "name" && town.entity !== named.entity) {
      emit(ctx, { subject: named.entity, predicate: "located_in", object: town.entity }, i, true);
      continue;
    }
    const demonym = tokens[d]?.text;
    const country = demonym && isDemonym(demonym) ? countryOfDemonym(demonym) : undefined;
    if (!country) continue;
    const place = graph.entity("location", country, ctx.sentence.index);
    graph.mention(place, text, tokens[d]!.start, tokens[d]!.end, "demonym", ctx.sentence.index, true);
    emit(ctx, { subject: town.entity, predicate: "located_in", object: place.key }, i, true);
  }
}
