import { STREET_HEADS_BEFORE } from "./lexicon.js";
import { findPlace, isDemonym } from "./place-gazetteer.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";
import { pushSite } from "./site-places.js";
import { addPossessedNamedSites, addPossessedParts, addTownPartsOf } from "./town-parts.js";

// Places written as phrases around a name, or with no name at all, that the name finder misses:
// "the ultra-Orthodox Har Nof neighbourhood", "the old walled city of
// Jaipur", "the Boulevard d'Avroy".

/** Nouns after a name that make it a part of a town; a camp is a facility (the annotation guide). */
const DISTRICT_NOUNS = new Map<string, "location" | "facility">([
  ["district", "location"],
  ["neighbourhood", "location"],
  ["neighborhood", "location"],
  ["quarter", "location"],
  ["area", "location"],
  ["suburb", "location"],
  ["township", "location"],
  ["camp", "facility"],
]);

/** Lowercase adjectives of a district between "the" and its name: "the leafy, mostly Jewish …". */
const DISTRICT_ADJECTIVES = new Set([
  "old",
  "poor",
  "wealthy",
  "affluent",
  "upmarket",
  "busy",
  "bustling",
  "leafy",
  "mainly",
  "mostly",
  "largely",
  "predominantly",
  "densely",
  "populated",
  "crowded",
  "nearby",
  "working-class",
  "residential",
  "central",
  "northern",
  "southern",
  "eastern",
  "western",
]);
/** Suffixes of adjectives of origin, faith or kind: "Orthodox", "Palestinian", "historic", "Shiite". */
const ADJECTIVE_ENDINGS = /(?:ern|ic|al|ous|ive|ish|ian|ite|ful)$/;

/** Lowercase modifiers between a district's name and its noun: "the Mega Kuningan business district". */
const NAME_MODIFIERS = new Set([
  "business",
  "diplomatic",
  "residential",
  "shopping",
  "refugee",
  "commercial",
]);

/** Adjectives that make "the city of X" a part of X: "the old walled city of Jaipur". */
const OLD_TOWN_ADJECTIVES = new Set(["old", "walled", "ancient", "historic", "medieval", "inner"]);
const OLD_TOWN_NOUNS = new Set(["city", "town", "quarter"]);

/** Lowercase words that may follow "the old city": "a curfew on the old city on Wednesday". */
const PHRASE_ENDS = new Set([
  "on",
  "in",
  "at",
  "and",
  "or",
  "near",
  "where",
  "which",
  "when",
  "to",
  "from",
  "of",
]);

/** Street particles before a name: "Boulevard d'Avroy", "Rue du Bac", "Avenue de la Gare". */
const STREET_PARTICLES = new Set(["de", "du", "des", "la", "le", "les", "del", "della", "di"]);

const capitalised = (s: string | undefined) => s !== undefined && /^\p{Lu}/u.test(s);
const lowercase = (s: string | undefined) => s !== undefined && /^\p{Ll}[\p{Ll}-]*$/u.test(s);

function isDistrictAdjective(word: string): boolean {
  return DISTRICT_ADJECTIVES.has(word) || word.includes("-") || ADJECTIVE_ENDINGS.test(word);
}

/** Makes the chunk pushSite just added a name of its own, as the name finder would have found it. */
function asName(ctx: SentenceContext): void {
  const chunk = ctx.chunks[ctx.chunks.length - 1]!;
  chunk.kind = "name";
  chunk.nominal = false;
}

/**
 * "in the ultra-Orthodox Har Nof neighbourhood of West Jerusalem", "in the Kesselstadt area": a
 * capitalised name between "the" (and lowercase adjectives) and a district noun is a place named by
 * those words, with the name alone as a mention; "of" and a named place after it contains it. A name
 * the gazetteer knows ("the Jaipur area") is the town itself, and a name typed otherwise by the
 * finder ("the Labour Party youth camp") is left alone.
 */
export function addNamedDistricts(ctx: SentenceContext): void {
  const { words, tokens, graph, text } = ctx;
  for (let i = 2; i < words.length; i++) {
    const type = DISTRICT_NOUNS.get(words[i]!);
    if (!type || !lowercase(tokens[i]!.text)) continue;
    if (ctx.chunks.some((c) => c.first <= i && i < c.end)) continue;
    let nameEnd = i;
    while (nameEnd - 1 > 0 && nameEnd > i - 1 && NAME_MODIFIERS.has(words[nameEnd - 1]!)) nameEnd--;
    let first = nameEnd;
    while (
      first > 0 &&
      first > nameEnd - 3 &&
      capitalised(tokens[first - 1]!.text) &&
      words[first - 1] !== "the"
    )
      first--;
    // "the Arab Jabel Mukaber neighbourhood": a people's adjective is no part of the name.
    while (first < nameEnd && isDemonym(tokens[first]!.text)) first++;
    if (first >= nameEnd) continue;
    let k = first - 1;
    while (
      k > 0 &&
      k >= first - 3 &&
      words[k] !== "the" &&
      (isDemonym(tokens[k]!.text) || (/^\p{Ll}/u.test(tokens[k]!.text) && isDistrictAdjective(words[k]!)))
    )
      k--;
    if (words[k] !== "the") continue;
    const name = text.slice(tokens[first]!.start, tokens[nameEnd - 1]!.end);
    if (findPlace(name)) continue;
    const inner = ctx.chunks.filter((c) => c.first < nameEnd && c.end > k);
    // "the mainly Sunni Karrada neighbourhood" read as an organisation is the place all the same.
    const retypable = (c: Chunk) =>
      c.type === "location" || (c.type === "organization" && type === "location");
    if (inner.some((c) => !retypable(c) || c.first <= k || c.end > nameEnd)) continue;
    for (const c of inner) ctx.chunks.splice(ctx.chunks.indexOf(c), 1);
    const key = pushSite(ctx, first, nameEnd, first, undefined, type);
    asName(ctx);
    const entity = graph.get(key)!;
    for (const c of inner) {
      const found = graph.get(c.entity);
      if (found?.type === "location") graph.merge(found, entity);
      else if (found) found.provisional = true;
    }
    graph.mention(entity, text, tokens[first]!.start, tokens[i]!.end, "LOC", ctx.sentence.index);
    const outer =
      words[i + 1] === "of" ? ctx.chunks.find((c) => c.first === i + 2 && c.kind === "name") : undefined;
    if (outer?.type === "location" && outer.entity !== key)
      emit(ctx, { subject: key, predicate: "located_in", object: outer.entity }, i, true);
  }
}

/**
 * "the old walled city of Jaipur", "the old city": a part of a town the report names by lowercase
 * words, a place of its own located in the town after "of"; "the city of Jaipur" with no adjective is
 * Jaipur itself.
 */
export function addOwnedDistricts(ctx: SentenceContext): void {
  const { words, tokens } = ctx;
  for (let i = 0; i < words.length - 2; i++) {
    if (words[i] !== "the" || !OLD_TOWN_ADJECTIVES.has(words[i + 1]!)) continue;
    let head = i + 1;
    while (head < i + 4 && OLD_TOWN_ADJECTIVES.has(words[head]!)) head++;
    if (!OLD_TOWN_NOUNS.has(words[head] ?? "") || !lowercase(tokens[head]!.text)) continue;
    if (ctx.chunks.some((c) => c.first <= head && c.end > i)) continue;
    const town =
      words[head + 1] === "of"
        ? ctx.chunks.find((c) => c.kind === "name" && c.type === "location" && c.first === head + 2)
        : undefined;
    if (words[head + 1] === "of" && !town) continue;
    if (town) {
      const key = pushSite(ctx, i + 1, town.end, i + 1, town, "location");
      emit(ctx, { subject: key, predicate: "located_in", object: town.entity }, head, true);
    } else if (!lowercase(tokens[head + 1]?.text) || PHRASE_ENDS.has(words[head + 1]!)) {
      pushSite(ctx, i + 1, head + 1, i + 1, undefined, "location");
    }
  }
}

/**
 * "on the Boulevard d'Avroy", "in Rue du Bac": a street head, a French, Spanish or Italian particle
 * and a capitalised word make a street, which the name finder breaks at the lowercase particle.
 */
export function addParticleStreets(ctx: SentenceContext): void {
  const { words, tokens } = ctx;
  for (let i = 0; i < words.length - 1; i++) {
    if (!STREET_HEADS_BEFORE.has(words[i]!)) continue;
    let k = i + 1;
    if (/^(?:d|l)['’]\p{Lu}/u.test(tokens[k]!.text)) k++;
    else {
      while (k < i + 3 && STREET_PARTICLES.has(tokens[k]?.text ?? "")) k++;
      if (k === i + 1 || !capitalised(tokens[k]?.text)) continue;
      k++;
    }
    while (k < words.length && capitalised(tokens[k]!.text) && k < i + 5) k++;
    const inner = ctx.chunks.filter((c) => c.first < k && c.end > i);
    if (inner.some((c) => c.first < i || c.end > k || c.type === "event")) continue;
    for (const c of inner) ctx.chunks.splice(ctx.chunks.indexOf(c), 1);
    const key = pushSite(ctx, i, k, i, undefined, "location");
    asName(ctx);
    for (const c of inner) {
      const found = ctx.graph.get(c.entity);
      const street = ctx.graph.get(key);
      if (found && street && found !== street) {
        if (found.type !== "location") found.provisional = true;
        else ctx.graph.merge(found, street);
      }
    }
  }
}

/** The place phrases above, in order: streets and named districts first, then the parts of towns. */
export function addPlacePhrases(ctx: SentenceContext): void {
  addParticleStreets(ctx);
  addNamedDistricts(ctx);
  addOwnedDistricts(ctx);
  addPossessedParts(ctx);
  addPossessedNamedSites(ctx);
  addTownPartsOf(ctx);
}
