import {
  DIRECTION_ADJECTIVES,
  MORE_SITE_HEADS,
  NAMED_SITE_HEADS,
  PLACE_NAME_HEADS,
  UNNAMED_FACILITY_HEADS,
} from "./lexicon.js";
import { countryOfDemonym, findPlace, isDemonym, isRegionName } from "./place-gazetteer.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";
import { addListedSites } from "./site-lists.js";
import { areaMention, districtHeadAfter } from "./site-places.js";

/** Words between "in" and the containing place that leave containment intact ("in central Tunis"). */
const AREA_WORDS = new Set([
  "the",
  ...DIRECTION_ADJECTIVES,
  "downtown",
  // "the Dubrovka theatre in southeast Moscow".
  "northeast",
  "northwest",
  "southeast",
  "southwest",
  "north-east",
  "north-west",
  "south-east",
  "south-west",
]);
/** Settlement nouns whose name follows "of" and whose region may stand before them ("the Sinai town of El Arish"). */
const SETTLED_PLACES = new Set(["town", "city", "village", "port"]);
/** Settlement nouns for "the Tunisian border town of Ben Guerdane" and "X, a town in Y". */
const SETTLEMENTS = new Set(["town", "city", "village", "port", "district", "region", "province"]);
/**
 * A suburb lies outside its city: "the Pittsburgh suburb of Baldwin", "Bwaise, a Kampala suburb"
 * put neither place in the other (the annotation guide sets "a suburb of Lyon" beside proximity).
 */
const SUBURBS = new Set(["suburb", "suburbs"]);

/**
 * "a town", "a small coastal town": the index of the settlement noun of an apposition starting at
 * `at` (an article, at most two lowercase adjectives), or -1.
 */
function apposedSettlement(ctx: SentenceContext, at: number): number {
  const { words, tokens } = ctx;
  if (!["a", "an", "the"].includes(words[at] ?? "")) return -1;
  for (let k = at + 1; k <= at + 3; k++) {
    if (SETTLEMENTS.has(words[k] ?? "")) return k;
    if (!/^\p{Ll}+$/u.test(tokens[k]?.text ?? "") || words[k] === "of") return -1;
  }
  return -1;
}

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
 * gazetteer knows, or a further name after the second). A dateline is read the same way: "DAHAB,
 * Egypt, April 25 -" puts Dahab in Egypt (the annotation guide settles this).
 */
function addApposedPlaces(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  for (const inner of ctx.chunks) {
    if (inner.type !== "location" || inner.kind !== "name" || words[inner.end] !== ",") continue;
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
    // "El Arish, the capital of North Sinai", "Ahvaz, the provincial capital of Khuzestan".
    const capitalOf = apposedCapitalOf(ctx, inner.end + 1);
    if (capitalOf && capitalOf.entity !== inner.entity) {
      emit(
        ctx,
        { subject: inner.entity, predicate: "located_in", object: capitalOf.entity },
        inner.end,
        true,
      );
      continue;
    }
    const owner = apposedOwner(ctx, inner);
    if (owner && owner.entity !== inner.entity) {
      emit(ctx, { subject: inner.entity, predicate: "located_in", object: owner.entity }, inner.end, true);
      continue;
    }
    const outer = placeChunk(ctx, inner.end + 1);
    if (outer?.type !== "location" || outer.kind !== "name" || outer.entity === inner.entity) continue;
    // A chunk whose entity was merged away since ("MINYA" of a dateline, later "Minya province").
    const innerEntity = graph.get(inner.entity);
    const outerEntity = graph.get(outer.entity);
    if (!innerEntity || !outerEntity) continue;
    const innerKind = findPlace(innerEntity.name);
    const outerKind = findPlace(outerEntity.name);
    // "Tunis, Sousse": two towns; "Fort Pierce, Florida": a state that the city list also knows as a town.
    // "Owo, Ondo state": a region's noun after the name makes it the region, whatever the city list says.
    const regionNoun =
      REGION_NOUNS.has(words[outer.end] ?? "") && /^\p{Ll}/u.test(ctx.tokens[outer.end]!.text);
    if (innerKind === "country" || (outerKind === "city" && !isRegionName(outerEntity.name) && !regionNoun))
      continue;
    const after = words[regionNoun ? outer.end + 1 : outer.end];
    if (after === "and" || after === "or" || (after === "," && placeChunk(ctx, outer.end + 1))) continue;
    emit(ctx, { subject: inner.entity, predicate: "located_in", object: outer.entity }, inner.end, true);
  }
}

/** Lowercase nouns of a region after its name: "Ondo state", "Cabo Delgado province". */
const REGION_NOUNS = new Set([
  "state",
  "province",
  "region",
  "governorate",
  "county",
  "prefecture",
  "wilaya",
]);

/** "the capital of X", "the provincial capital of X", "capital of X" at `at`: the chunk of X, if a place. */
function apposedCapitalOf(ctx: SentenceContext, at: number): Chunk | undefined {
  const { words } = ctx;
  let k = words[at] === "the" ? at + 1 : at;
  if (["provincial", "regional", "state", "administrative"].includes(words[k] ?? "")) k++;
  if (words[k] !== "capital" || words[k + 1] !== "of") return undefined;
  // "the capital of Khuzestan province": the name, not the longer phrase with its administrative head.
  const first = words[k + 2] === "the" ? k + 3 : k + 2;
  return ctx.chunks.find(
    (c) =>
      c.first === first &&
      c.type === "location" &&
      (c.kind === "name" || (c.kind === "site" && /^\p{Lu}/u.test(ctx.tokens[first]?.text ?? ""))),
  );
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

/** Verbs that say where a site stands: "The museum stands in …", "the camp lies in …". */
const LOCATING_VERBS = new Set(["stands", "stood", "lies", "lay", "sits", "sat", "is", "was"]);
const LOCATED = new Set(["located", "situated", "based"]);

/** The index of "in" after "stands", "is located", "was situated" at `k`, else `k` unchanged. */
function afterLocatingVerb(words: readonly string[], k: number): number {
  if (!LOCATING_VERBS.has(words[k] ?? "")) return k;
  const j = LOCATED.has(words[k + 1] ?? "") ? k + 2 : k + 1;
  return words[j] === "in" ? j : k;
}

/** Nouns of a part that lies inside its whole: "in the heart of Sydney", "in the north of Mali". */
const INNER_PARTS = new Set([
  "heart",
  "centre",
  "center",
  "middle",
  "north",
  "south",
  "east",
  "west",
  "foothills",
  "mountains",
]);

/**
 * "the commercial heart of", "the old centre of": the index of "of" after an apposition starting at
 * `at` that names an inner part (the article, at most two lowercase adjectives, the part), or -1.
 */
function apposedPart(ctx: SentenceContext, at: number): number {
  const { words, tokens } = ctx;
  if (words[at] !== "the") return -1;
  for (let k = at + 1; k <= at + 3; k++) {
    if (INNER_PARTS.has(words[k] ?? "") && !COMPASS.has(words[k]!)) return words[k + 1] === "of" ? k + 1 : -1;
    if (!/^\p{Ll}+$/u.test(tokens[k]?.text ?? "") || words[k] === "of") return -1;
  }
  return -1;
}

/** Compass parts, which an apposition uses for direction ("X, the north of Y" is rare and loose). */
const COMPASS = new Set(["north", "south", "east", "west"]);

/**
 * "in the heart of X", "in the Pyrenean foothills of X": the index of X after an inner part (one
 * capitalised adjective allowed before it), else `at` unchanged. "the outskirts of", "the edge of"
 * are proximity and are not stepped over.
 */
function afterPartOf(ctx: SentenceContext, at: number): number {
  const { words, tokens } = ctx;
  let k = words[at - 1] === "the" ? at : -1;
  if (k < 0) return at;
  if (/^\p{Lu}\p{Ll}+$/u.test(tokens[k]?.text ?? "") && INNER_PARTS.has(words[k + 1] ?? "")) k++;
  if (!INNER_PARTS.has(words[k] ?? "") || words[k + 1] !== "of") return at;
  let place = k + 2;
  if (words[place] === "the") place++;
  return place;
}

/**
 * "Dhaka's Gulshan diplomatic district", "Russia's North Caucasus": the place named after a place's
 * possessive, if any (never a country: "Britain's France policy" is no containment).
 */
function possessedDistrict(ctx: SentenceContext, town: Chunk): Chunk | undefined {
  // "Moscow's historic Red Square": an adjective of standing may come between.
  const at = POSSESSED_ADJECTIVES.has(ctx.words[town.end + 1] ?? "") ? town.end + 2 : town.end + 1;
  // "Bangkok's Erawan Shrine", "Peshawar's Meena Bazaar": a named site the town owns lies in it too.
  const district = ctx.chunks.find(
    (c) => c.kind === "name" && (c.type === "location" || c.type === "facility") && c.first === at,
  );
  // "Britain's old Suez policy": behind an adjective the name must end the phrase.
  const next = ctx.tokens[district?.end ?? 0]?.text ?? "";
  if (at > town.end + 1 && /^\p{Ll}+$/u.test(next) && !PHRASE_ENDS.has(next)) return undefined;
  return district && !isCountry(ctx, district) ? district : undefined;
}

/** Adjectives between a town's possessive and the place it owns: "Moscow's historic Red Square". */
const POSSESSED_ADJECTIVES = new Set([
  "historic",
  "old",
  "ancient",
  "famous",
  "main",
  "central",
  "busy",
  "bustling",
]);

/** Words that may follow a possessed place's name: "Moscow's historic Red Square on Sunday". */
const PHRASE_ENDS = new Set(["on", "in", "at", "and", "or", "near", "where", "which", "when", "to", "from"]);

/** Heads of what a town's possessive may own in an apposition: "Stockholm's busiest shopping street". */
const OWNED_HEADS = new Set([
  ...UNNAMED_FACILITY_HEADS,
  ...MORE_SITE_HEADS,
  ...NAMED_SITE_HEADS,
  ...PLACE_NAME_HEADS,
]);

/**
 * "Drottninggatan, Stockholm's busiest shopping street": after the comma a town's possessive owns a
 * site or a street (at most three lowercase words, the last a site's head); the town, else undefined.
 */
function apposedOwner(ctx: SentenceContext, inner: Chunk): Chunk | undefined {
  const { words, tokens } = ctx;
  const owner = placeChunk(ctx, inner.end + 1);
  if (owner?.type !== "location" || owner.kind !== "name" || !/^['’]s$/.test(words[owner.end] ?? ""))
    return undefined;
  for (let k = owner.end + 1; k <= owner.end + 3; k++) {
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]?.text ?? "")) return undefined;
    if (OWNED_HEADS.has(words[k]!) && !/^\p{Ll}/u.test(tokens[k + 1]?.text ?? "")) return owner;
  }
  return undefined;
}

/** "Jakarta's Mega Kuningan business district", "Russia's North Caucasus": the owned place lies in its owner. */
function addPossessedDistricts(ctx: SentenceContext): void {
  for (const town of ctx.chunks) {
    if (town.kind !== "name" || town.type !== "location") continue;
    if (!/^['’]s$/.test(ctx.words[town.end] ?? "")) continue;
    const district = possessedDistrict(ctx, town);
    if (district && district.entity !== town.entity)
      emit(ctx, { subject: district.entity, predicate: "located_in", object: town.entity }, town.end, true);
  }
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
    // "Kano is the largest city in northern Nigeria": the same after a copula.
    const settlement =
      words[k] === "," || words[k] === "is" || words[k] === "was" ? apposedSettlement(ctx, k + 1) : -1;
    const part = settlement < 0 && words[k] === "," ? apposedPart(ctx, k + 1) : -1;
    if (settlement > 0) k = settlement + 1;
    // "Kizilay, the commercial heart of Ankara": an inner part in apposition.
    else if (part > 0) k = part;
    // "the G8 summit at Gleneagles, in Scotland", "Nice, on the French Riviera", "the Bataclan concert
    // hall, on boulevard Voltaire": a place in apposition after the comma.
    else if (words[k] === "," && (words[k + 1] === "in" || words[k + 1] === "on")) k++;
    // "The museum stands in the Sablon district", "the camp is located in …".
    else k = afterLocatingVerb(words, k);
    const link = words[k];
    const on = link === "on" && (k > inner.end || inner.type === "facility");
    if (link !== "in" && link !== "at" && !on && !(link === "of" && k > inner.end)) continue;
    if (link === "at" && inner.type !== "facility") continue;
    k++;
    const from = k;
    while (AREA_WORDS.has(words[k] ?? "")) k++;
    k = afterPartOf(ctx, k);
    // "Sidi Moumen, a shantytown district of the city": the city is the one the report is about.
    const outer = placeChunk(ctx, k) ?? (settlement > 0 ? reportTown(ctx, from) : undefined);
    if (outer?.type !== "location" || !named(ctx, outer) || outer.entity === inner.entity) continue;
    // "on" places a site on a street or square, a town on a coast ("Nice, on the French Riviera"),
    // never on a town or a country the gazetteer knows ("the attack on Tunis").
    if (on && findPlace(graph.get(outer.entity)!.name)) continue;
    // "in the Ariana district of Tunis" is read by the settlement rule below, not here.
    // "in the Pittsburgh suburb of Baldwin" is in neither.
    const noun = words[outer.end] ?? "";
    if ((SETTLEMENTS.has(noun) || SUBURBS.has(noun)) && words[outer.end + 1] === "of") continue;
    // "in Dhaka's Gulshan diplomatic district": the district the town owns is the nearer container;
    // "in the heart of Sydney's business district" leaves the town. Any other possession ("in
    // Istanbul's Atatürk airport") is a site the name rules place.
    let container = outer;
    if (/^['’]s$/.test(words[outer.end] ?? "")) {
      const district = possessedDistrict(ctx, outer);
      if (district) container = district;
      else if (districtHeadAfter(ctx, outer.end + 1) < 0) continue;
    }
    if (container !== outer) {
      emit(
        ctx,
        { subject: inner.entity, predicate: "located_in", object: container.entity },
        inner.end,
        true,
      );
      continue;
    }
    const object = area(ctx, outer);
    if (object === outer.entity) areaMention(ctx, from, outer);
    emit(ctx, { subject: inner.entity, predicate: "located_in", object }, inner.end, true);
  }
  addApposedPlaces(ctx);
  addPossessedDistricts(ctx);
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
      // "the Kampala district of Nakawa": a city the gazetteer knows before the noun, and a name it
      // does not know after it, is the city's own district (both known: "the Ariana district of Tunis").
      // "the Sinai town of El Arish", "the Borno village of Kukawa": before a town's noun (not a
      // district's) the name is the region the town lies in.
      const reversed =
        SETTLED_PLACES.has(words[i]!) ||
        (findPlace(graph.get(named.entity)!.name) === "city" && !findPlace(graph.get(town.entity)!.name));
      const [part, whole] = reversed ? [town, named] : [named, town];
      emit(ctx, { subject: part.entity, predicate: "located_in", object: whole.entity }, i, true);
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
