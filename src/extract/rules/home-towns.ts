import type { EntityType } from "../../model/entity-types.js";
import { possessorOf } from "./anaphora.js";
import { bareAge } from "./appositives.js";
import { settlementOf } from "./event-references.js";
import { KIN_MODIFIERS, KIN_NOUNS, SETTLEMENT_HEADS } from "./lexicon.js";
import { findPlace } from "./place-gazetteer.js";
import { addResidentNouns } from "./resident-nouns.js";
import { type Chunk, emit, retypeFreshName, type SentenceContext } from "./sentence-context.js";

// Where a person lives or comes from, written as a phrase beside the name rather than with a verb
// (the verbs, "lived in", "came from", are the relation table's): "Robert Bowers, 46, of the suburb
// of Baldwin", "X and his cousin Y, both from Z", "X, a dentist from El Arish", "Sirte, his home town",
// "Molenbeek, the Brussels district where he grew up".

const PLACES: readonly EntityType[] = ["location", "facility"];
/** Words that end a description before "from": a clause, or a journey ("a man who flew in from Paris"). */
const NOT_DESCRIPTION = new Set([
  ",",
  ".",
  ";",
  ":",
  "who",
  "whom",
  "which",
  "that",
  "and",
  "but",
  "was",
  "were",
  "is",
  "had",
  "has",
  "flew",
  "fled",
  "came",
  "travelled",
  "traveled",
  "returned",
  "moved",
  "arrived",
  "back",
  "in",
  "away",
  "deported",
  "extradited",
]);
/** "his home town", "her native village". */
const HOME_NOUNS = [
  ["home", "town"],
  ["hometown"],
  ["native", "town"],
  ["native", "village"],
  ["native", "city"],
];
/** "where he grew up", "where she lived". */
const HOME_VERBS = [["grew", "up"], ["lived"], ["lives"], ["was", "raised"], ["had", "lived"]];

/** A name typed as something else but described as a settlement in apposition: "X, an Arab neighbourhood". */
function describedAsSettlement(ctx: SentenceContext, chunk: Chunk): boolean {
  const { words } = ctx;
  if (words[chunk.end] !== "," || !["a", "an", "the"].includes(words[chunk.end + 1] ?? "")) return false;
  for (let k = chunk.end + 2; k <= chunk.end + 5; k++) if (SETTLEMENT_HEADS.has(words[k] ?? "")) return true;
  return false;
}

/**
 * The home place named at token `at` ("Baldwin", "the suburb of Baldwin", "the Pittsburgh suburb of
 * Baldwin", "nearby Mantes-la-Jolie", "the Columbia area"). A name the recogniser typed otherwise is
 * the report's place of that name, or is made one when the sentence calls it a settlement.
 */
function homePlaceAt(ctx: SentenceContext, at: number): string | undefined {
  const { words, graph } = ctx;
  const settlement = settlementOf(words, at);
  let k = settlement ?? at;
  if (settlement === undefined && words[k] === "the") k++;
  if (settlement === undefined && words[k] === "nearby") k++;
  const chunk = ctx.chunks.find((c) => c.first === k && c.kind !== "event");
  if (!chunk) return undefined;
  if (PLACES.includes(chunk.type)) return chunk.entity;
  const entity = graph.get(chunk.entity);
  if (!entity || chunk.kind !== "name") return undefined;
  const known = graph.entities.find((e) => e.type === "location" && e.name === entity.name);
  if (known) return known.key;
  if (settlement === undefined && !describedAsSettlement(ctx, chunk)) return undefined;
  return retypeFreshName(ctx, chunk, "location");
}

/**
 * The suburb a relation's place names when its first word is the chunk `o`: "lived in the Paris suburb
 * of Saint-Denis" lived in Saint-Denis, not Paris; else `o` itself. Only a suburb of a city the
 * gazetteer knows: "the Molenbeek district of Brussels" names the district first.
 */
export function settledPlace(ctx: SentenceContext, o: Chunk): Chunk {
  const { words } = ctx;
  if (words[o.end] !== "suburb" || words[o.end + 1] !== "of" || words[o.first - 1] !== "the") return o;
  const city = ctx.graph.get(o.entity);
  if (!city || findPlace(city.name) !== "city") return o;
  return ctx.chunks.find((c) => c.first === o.end + 2 && PLACES.includes(c.type)) ?? o;
}

/** The person chunk that ends at `end` with a name, or a name and a bare age (", 46", ", now 50"). */
function personBefore(ctx: SentenceContext, end: number): Chunk | undefined {
  const { words } = ctx;
  const named = (at: number) => ctx.chunks.find((c) => c.type === "person" && c.end === at);
  if (named(end)) return named(end);
  if (bareAge(words, end - 1) === undefined) return undefined;
  const comma = words[end - 2] === "now" ? end - 3 : end - 2;
  return words[comma] === "," ? named(comma) : undefined;
}

/** "X and his cousin Y": the people coordinated with the person chunk `last`. */
function coordinated(ctx: SentenceContext, last: Chunk): Chunk[] {
  const out = [last];
  const linking = (w: string) =>
    w === "and" || w === "his" || w === "her" || KIN_NOUNS.has(w) || KIN_MODIFIERS.has(w);
  for (let cur = last; ; ) {
    const prev = ctx.chunks
      .filter((c) => c.type === "person" && c.kind === "name" && c.end <= cur.first)
      .sort((a, b) => b.end - a.end)[0];
    const between = prev ? ctx.words.slice(prev.end, cur.first) : [];
    if (!prev || !between.includes("and") || !between.every(linking)) return out;
    out.push(prev);
    cur = prev;
  }
}

/** The people a "from" or "of" at `i` gives a home to, or none. */
function residents(ctx: SentenceContext, i: number): Chunk[] {
  const { words } = ctx;
  // "X, 46, of Baldwin", "X, from the Columbia area"
  if (words[i - 1] === ",") {
    const person = personBefore(ctx, i - 1);
    return person ? [person] : [];
  }
  // "X and his cousin Y, both from Z"
  if (words[i - 1] === "both" && words[i - 2] === ",") {
    const last = personBefore(ctx, i - 2);
    return last ? coordinated(ctx, last) : [];
  }
  if (words[i] !== "from") return [];
  // "a 39-year-old man from Tashkent": the description itself says where he comes from.
  const described = ctx.chunks.find(
    (c) => c.kind === "description" && c.type === "person" && c.first < i && i < c.end,
  );
  if (described) return [described];
  // "X, a dentist from El Arish", "X, 24, a Kuwaiti-born naturalised US citizen from the suburb of Y"
  for (let d = i - 1; d >= Math.max(0, i - 8); d--) {
    const w = words[d]!;
    if (w === "a" || w === "an") {
      const person = words[d - 1] === "," ? personBefore(ctx, d - 1) : undefined;
      return person ? [person] : [];
    }
    if (NOT_DESCRIPTION.has(w)) return [];
  }
  return [];
}

/** "Sirte, his home town": the place the possessor comes from. */
function homeTownAppositions(ctx: SentenceContext): void {
  const { words } = ctx;
  for (const place of ctx.chunks.filter((c) => PLACES.includes(c.type))) {
    const at = place.end + 1;
    if (words[place.end] !== ",") continue;
    if (words[at] === "his" || words[at] === "her") {
      if (!HOME_NOUNS.some((n) => n.every((w, k) => words[at + 1 + k] === w))) continue;
      const owner = possessorOf(ctx, at);
      if (owner) emit(ctx, { subject: owner, predicate: "resident_of", object: place.entity }, at, true);
      continue;
    }
    // "Molenbeek, the Brussels district where he grew up"
    if (words[at] !== "the") continue;
    const where = words.slice(at, at + 6).indexOf("where");
    if (where < 0) continue;
    const pronoun = at + where + 1;
    const person = ctx.chunks.find((c) => c.first === pronoun && c.type === "person");
    if (!person || !HOME_VERBS.some((v) => v.every((w, k) => words[pronoun + 1 + k] === w))) continue;
    emit(ctx, { subject: person.entity, predicate: "resident_of", object: place.entity }, pronoun + 1);
  }
}

/** Home towns written beside a person's name. */
export function addHomeTowns(ctx: SentenceContext): void {
  const { words } = ctx;
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== "from" && words[i] !== "of") continue;
    const people = residents(ctx, i);
    if (people.length === 0) continue;
    const place = homePlaceAt(ctx, i + 1);
    if (!place) continue;
    for (const person of people)
      emit(ctx, { subject: person.entity, predicate: "resident_of", object: place }, i, true);
  }
  homeTownAppositions(ctx);
  addResidentNouns(ctx);
}
