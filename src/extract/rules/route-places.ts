import { findPlace } from "./place-gazetteer.js";
import type { Chunk, SentenceContext } from "./sentence-context.js";
import { namedPlaceAfterLink } from "./site-places.js";

/** Edges of a town an event happens on: "on the outskirts of Kabul", "on the edge of the town of X". */
const EDGES = new Set(["outskirts", "edge", "edges", "fringes"]);
/** Roads between towns: "on the highway between Kaduna and Abuja", "on the road to Kidal". */
const ROADS = new Set(["road", "highway", "motorway", "route", "expressway", "main road", "roads"]);
const ROAD_ADJECTIVES = new Set(["main", "busy", "key", "major", "same", "dangerous", "national"]);
/** Words after a road that name its towns: "between X and Y", "linking X and Y", "to X", "from X to Y". */
const ROAD_LINKS = new Set(["between", "linking", "connecting", "to", "from", "near", "outside"]);
const UNITS = new Set(["kilometres", "kilometers", "km", "miles", "metres", "meters", "kms"]);
const DIRECTIONS =
  /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|northeast|northwest|southeast|southwest)$/;
const COUNT =
  /^(?:\d+(?:\.\d+)?|a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|a few|several)$/;

/** A named place at `at` ("Kabul", "the town of Djibo"), never a country. */
function townAt(ctx: SentenceContext, at: number): Chunk | undefined {
  const place = namedPlaceAfterLink(ctx, at);
  if (place?.type !== "location" || place.first - at > 4) return undefined;
  return findPlace(ctx.graph.get(place.entity)!.name) === "country" ? undefined : place;
}

/** The towns a road phrase names from `at` (after "between", "to", …): one, or two joined by "and"/"to". */
function roadTowns(ctx: SentenceContext, at: number): Chunk[] {
  const first = townAt(ctx, at);
  if (!first) return [];
  const joint = ctx.words[first.end];
  const second = joint === "and" || joint === "to" ? townAt(ctx, first.end + 1) : undefined;
  return second ? [first, second] : [first];
}

/**
 * The towns a phrase at `at` puts an event near, the annotation guide's "near X" (ACLED codes to the
 * nearest named place): "on the outskirts of Kabul", "on the highway between Kaduna and Abuja" (both),
 * "on the road to Kidal", "20 kilometres north of Menaka", "30 km from the town of X". `at` is the
 * preposition ("on", "along", "in") or the count of a distance. Empty when there is no such phrase.
 */
export function routePlaces(ctx: SentenceContext, at: number): Chunk[] {
  const { words } = ctx;
  let k = at;
  if (words[k] === "on" || words[k] === "along" || words[k] === "in") {
    k++;
    if (words[k] === "the" || words[k] === "a") k++;
    if (EDGES.has(words[k] ?? "") && words[k + 1] === "of") {
      const town = townAt(ctx, k + 2);
      return town ? [town] : [];
    }
    if (ROAD_ADJECTIVES.has(words[k] ?? "")) k++;
    if (!ROADS.has(words[k] ?? "") || !ROAD_LINKS.has(words[k + 1] ?? "")) return [];
    return roadTowns(ctx, k + 2);
  }
  // "some 20 kilometres north of Menaka", "30 km from the town of X".
  if (words[k] === "about" || words[k] === "some" || words[k] === "around") k++;
  if (!COUNT.test(words[k] ?? "") || !UNITS.has(words[k + 1] ?? "")) return [];
  k += 2;
  if (DIRECTIONS.test(words[k] ?? "")) k++;
  if (words[k] !== "of" && words[k] !== "from") return [];
  const town = townAt(ctx, k + 1);
  return town ? [town] : [];
}
