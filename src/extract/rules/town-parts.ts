import type { DocumentEntity } from "./document-graph.js";
import { DIRECTION_ADJECTIVES, NAMED_SITE_HEADS } from "./lexicon.js";
import { findPlace, isDemonym } from "./place-gazetteer.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";
import { pushSite } from "./site-places.js";

// Parts of a town that wire copy names by the town: "Kabul's diplomatic quarter", "Mogadishu's Hodan
// district", "a residential area of Matsumoto", "the city's Dynamo stadium".

/**
 * Parts of a town named only by lowercase words ("a residential area of Matsumoto", "Kabul's diplomatic
 * quarter"). An event there is placed in the town as well (site-towns.ts), as at a site; a named
 * district ("the Nong Chok district of Bangkok") is the event's smallest place and stands alone.
 */
export const TOWN_PARTS = new WeakSet<DocumentEntity>();

/** Nouns of a part of a town. */
const PART_HEADS = new Set(["district", "quarter", "neighbourhood", "neighborhood", "area", "suburbs"]);

/** Lowercase words that make a town's part by kind or standing: "Kabul's diplomatic quarter". */
const PART_MODIFIERS = new Set([
  "diplomatic",
  "business",
  "commercial",
  "financial",
  "shopping",
  "government",
  "residential",
  "industrial",
  "entertainment",
  "nightlife",
  "old",
  "historic",
  ...DIRECTION_ADJECTIVES,
  "poor",
  "wealthy",
  "affluent",
  "upmarket",
  "busy",
  "crowded",
  "densely",
  "populated",
  "mainly",
  "mostly",
  "largely",
  "predominantly",
  "leafy",
  "working-class",
]);
/** Suffixes of adjectives of faith or people ("mostly Shiite", "mainly Christian", "Kurdish"). */
const PEOPLE_ADJECTIVE = /(?:ite|ian|ish|ic|ese|i)$/;

/** Words that may follow a part's noun: "in Kabul's diplomatic quarter on Friday". */
const PHRASE_ENDS = new Set([
  ",",
  ".",
  ";",
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
  "after",
  "before",
  "during",
  "late",
  "early",
  "last",
  "this",
  "killing",
  "that",
  "wounding",
]);
const POSSESSIVE = /^['’]s$/;
/** Nouns for the report's own town: "the city's Karte Seh neighbourhood". */
const TOWN_NOUNS = new Set(["city", "town", "capital"]);

const capitalised = (s: string | undefined) => s !== undefined && /^\p{Lu}/u.test(s);
const lowercase = (s: string | undefined) => s !== undefined && /^\p{Ll}[\p{Ll}-]*$/u.test(s);
/** Whether the phrase ends before `at`: a word of PHRASE_ENDS, a capital, or a past verb ("… quarter killed two"). */
const ends = (ctx: SentenceContext, at: number) =>
  at >= ctx.words.length ||
  PHRASE_ENDS.has(ctx.words[at]!) ||
  !lowercase(ctx.tokens[at]!.text) ||
  /^\p{Ll}+ed$/u.test(ctx.words[at]!);

function isModifier(ctx: SentenceContext, k: number): boolean {
  const word = ctx.words[k]!;
  if (lowercase(ctx.tokens[k]!.text)) return PART_MODIFIERS.has(word);
  // "Pittsburgh's mostly Jewish Squirrel Hill": a people's or faith's adjective, capitalised.
  return (
    isDemonym(ctx.tokens[k]!.text) || (PEOPLE_ADJECTIVE.test(word) && PART_MODIFIERS.has(ctx.words[k - 1]!))
  );
}

/** Words that make a place's name a region's: "Nangarhar province", "the North Caucasus". */
const REGION_WORDS =
  /\b(?:province|state|region|district|governorate|county|valley|mountains|north|south|east|west|northern|southern|eastern|western|central)\b/i;

/**
 * Whether a place's name may be a town's: a city the gazetteer knows, or a name it does not know with
 * no word of a region ("Grozny", not "Nangarhar province").
 */
function isTownName(name: string): boolean {
  const kind = findPlace(name);
  return (
    kind === "city" ||
    (kind === undefined && !REGION_WORDS.test(name) && /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*$/u.test(name))
  );
}

/**
 * The town a possessive at `i` names: a named location ending there ("Kabul's"), or "the city's", the
 * latest city the report has named. The chunk returned for "the city's" covers "city" only.
 */
function owningTown(ctx: SentenceContext, i: number): Chunk | undefined {
  const named = ctx.chunks.find((c) => c.kind === "name" && c.type === "location" && c.end === i);
  if (named) return findPlace(ctx.graph.get(named.entity)?.name ?? "") === "country" ? undefined : named;
  if (!TOWN_NOUNS.has(ctx.words[i - 1] ?? "") || ctx.words[i - 2] !== "the") return undefined;
  const town = ctx.graph.latest("location", (e) => !e.provisional && isTownName(e.name));
  return town && { first: i - 1, end: i, entity: town.key, type: "location", nominal: true, kind: "site" };
}

/** "the city's" before any city is named: a chunk with no entity yet, which a town after may fill. */
function reportTownWord(ctx: SentenceContext, i: number): Chunk | undefined {
  if (!TOWN_NOUNS.has(ctx.words[i - 1] ?? "") || ctx.words[i - 2] !== "the") return undefined;
  return { first: i - 1, end: i, entity: "", type: "location", nominal: true, kind: "site" };
}

/**
 * For "the city's" (a chunk of kind site), a named town right after the phrase ("the city's Dynamo
 * stadium in Grozny") rather than the report's latest city; else `town`.
 */
function townAfter(ctx: SentenceContext, town: Chunk, end: number): Chunk {
  if (town.kind === "name" || ctx.words[end] !== "in") return town;
  const named = ctx.chunks.find((c) => c.kind === "name" && c.type === "location" && c.first === end + 1);
  return named ? { ...town, entity: named.entity } : town;
}

/**
 * Takes the name chunks inside [first, end) out of the sentence and joins their entities to `key`
 * where they were places or guesses the recogniser made only there ("Karte Seh" read as a person).
 */
function absorb(ctx: SentenceContext, inner: Chunk[], key: string): void {
  const { graph } = ctx;
  const entity = graph.get(key)!;
  for (const c of inner) {
    const found = graph.get(c.entity);
    if (!found || found === entity) continue;
    const onlyHere = found.firstSentence === ctx.sentence.index && found.lastSentence === ctx.sentence.index;
    if (found.type === "location" || onlyHere) graph.merge(found, entity);
    else found.provisional = true;
  }
}

/**
 * "in Kabul's diplomatic quarter", "Mogadishu's Hodan district", "the city's Karte Seh neighbourhood",
 * "the capital's business district": a town's possessive, lowercase words of kind or standing and a
 * capitalised name (either or both), then a district's noun, make a place in the town. The chunk
 * starts at the town, so an event's place link meets the part first; a named part is a name.
 * "Britain's Labour Party", "Kabul's district governor" (the noun must end the phrase) are no parts.
 */
export function addPossessedParts(ctx: SentenceContext): void {
  const { words, tokens, graph, text } = ctx;
  for (let i = 1; i < words.length - 1; i++) {
    if (!POSSESSIVE.test(words[i]!)) continue;
    const owner = owningTown(ctx, i) ?? reportTownWord(ctx, i);
    if (!owner) continue;
    let k = i + 1;
    while (k < i + 4 && isModifier(ctx, k)) k++;
    const nameFirst = k;
    while (k < nameFirst + 3 && capitalised(tokens[k]?.text) && !isDemonym(tokens[k]!.text)) k++;
    const nameEnd = k;
    if (!PART_HEADS.has(words[k] ?? "") || !lowercase(tokens[k]!.text) || k === i + 1) continue;
    if (!ends(ctx, k + 1)) continue;
    const town = townAfter(ctx, owner, k + 1);
    if (!town.entity) continue;
    // "in the heart of Sydney's business district": the containment rules read the part as its town.
    if (words[town.first - 1] === "of" && town.kind === "name") continue;
    // "Dhaka's Gulshan district": a name the finder typed a place is left to the containment rules.
    const inner = ctx.chunks.filter((c) => c !== town && c.first <= k && c.end > i);
    if (inner.some((c) => c.kind !== "name" || c.type === "event" || c.first < nameFirst || c.end > nameEnd))
      continue;
    if (nameEnd > nameFirst && inner.some((c) => c.type === "location")) continue;
    const name = nameEnd > nameFirst ? text.slice(tokens[nameFirst]!.start, tokens[nameEnd - 1]!.end) : "";
    if (name && findPlace(name)) continue;
    for (const c of inner) ctx.chunks.splice(ctx.chunks.indexOf(c), 1);
    const nameFrom = nameEnd > nameFirst ? nameFirst : town.kind === "name" ? town.first : town.first - 1;
    const key = pushSite(ctx, town.first, k + 1, nameFrom, town, "location");
    const entity = graph.get(key)!;
    absorb(ctx, inner, key);
    if (nameEnd > nameFirst) {
      const chunk = ctx.chunks[ctx.chunks.length - 1]!;
      chunk.kind = "name";
      chunk.nominal = false;
      graph.mention(
        entity,
        text,
        tokens[nameFirst]!.start,
        tokens[nameEnd - 1]!.end,
        "LOC",
        ctx.sentence.index,
      );
    } else TOWN_PARTS.add(entity);
    emit(ctx, { subject: key, predicate: "located_in", object: town.entity }, k, true);
  }
}

/** Nouns of an unnamed part of a town before "of" and the town: "a residential area of Matsumoto". */
const OF_PART_HEADS = new Set([
  "area",
  "district",
  "quarter",
  "neighbourhood",
  "neighborhood",
  "part",
  "suburb",
]);

/**
 * "in a residential area of Matsumoto", "a mostly Black neighbourhood of Buffalo", "a northern suburb
 * of Kano": an article, lowercase words of kind or standing (at least one) and a part's noun before
 * "of" and a named town make an unnamed place in the town. "the area of Sousse" (no modifier) and "a
 * part of the plan" (no town) are none.
 */
export function addTownPartsOf(ctx: SentenceContext): void {
  const { words, tokens } = ctx;
  for (let i = 0; i < words.length - 3; i++) {
    if (words[i] !== "a" && words[i] !== "an" && words[i] !== "the") continue;
    let k = i + 1;
    while (k < i + 4 && isModifier(ctx, k)) k++;
    if (k === i + 1 || !OF_PART_HEADS.has(words[k] ?? "") || !lowercase(tokens[k]!.text)) continue;
    if (words[k + 1] !== "of") continue;
    const town = ctx.chunks.find((c) => c.kind === "name" && c.type === "location" && c.first === k + 2);
    if (!town || findPlace(ctx.graph.get(town.entity)?.name ?? "") === "country") continue;
    if (ctx.chunks.some((c) => c.first <= k && c.end > i)) continue;
    const key = pushSite(ctx, i + 1, town.end, i + 1, town, "location");
    TOWN_PARTS.add(ctx.graph.get(key)!);
    emit(ctx, { subject: key, predicate: "located_in", object: town.entity }, k, true);
  }
}

/** Capitalised adjectives of faith, no names of a site: "the city's Catholic cathedral". */
const FAITHS = new Set([
  "catholic",
  "orthodox",
  "anglican",
  "protestant",
  "evangelical",
  "methodist",
  "baptist",
  "lutheran",
  "coptic",
  "sunni",
  "shiite",
  "shia",
  "jewish",
  "muslim",
  "christian",
  "hindu",
  "sikh",
  "buddhist",
  "islamic",
]);

/**
 * "at the city's Dynamo stadium", "outside Lagos's Tafawa Balewa stadium": a town's possessive, a
 * capitalised name and a lowercase site noun ending the phrase make a named site in the town, whatever
 * the finder made of the name ("Dynamo" an organisation). A people's adjective is no name ("the city's
 * Catholic cathedral").
 */
export function addPossessedNamedSites(ctx: SentenceContext): void {
  const { words, tokens, graph, text } = ctx;
  for (let i = 1; i < words.length - 2; i++) {
    if (!POSSESSIVE.test(words[i]!)) continue;
    const owner = owningTown(ctx, i) ?? reportTownWord(ctx, i);
    if (!owner) continue;
    let k = i + 1;
    while (k < i + 4 && capitalised(tokens[k]?.text) && !isDemonym(tokens[k]!.text) && !FAITHS.has(words[k]!))
      k++;
    if (k === i + 1 || !NAMED_SITE_HEADS.has(words[k] ?? "") || !lowercase(tokens[k]!.text)) continue;
    if (!ends(ctx, k + 1)) continue;
    const town = townAfter(ctx, owner, k + 1);
    if (!town.entity) continue;
    const inner = ctx.chunks.filter((c) => c !== town && c.first <= k && c.end > i);
    if (inner.some((c) => c.kind !== "name" || c.type === "event" || c.first <= i || c.end > k)) continue;
    const name = text.slice(tokens[i + 1]!.start, tokens[k - 1]!.end);
    if (findPlace(name)) continue;
    for (const c of inner) ctx.chunks.splice(ctx.chunks.indexOf(c), 1);
    const key = pushSite(ctx, town.first, k + 1, i + 1, town, "facility");
    absorb(ctx, inner, key);
    const chunk = ctx.chunks[ctx.chunks.length - 1]!;
    chunk.kind = "name";
    chunk.nominal = false;
    graph.mention(graph.get(key)!, text, tokens[i + 1]!.start, tokens[k]!.end, "FAC", ctx.sentence.index);
    emit(ctx, { subject: key, predicate: "located_in", object: town.entity }, k, true);
  }
}
