import type { DocumentEntity } from "./document-graph.js";
import { isBackground } from "./event-places.js";
import { FACILITY_HEADS, MORE_SITE_HEADS, UNNAMED_FACILITY_HEADS } from "./lexicon.js";
import { findPlace } from "./place-gazetteer.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";

// Sites a report lists under one plural head: "The Shangri-La, Cinnamon Grand and Kingsbury hotels,
// all in Colombo, were also struck", "The churches hit were St Anthony's Shrine in Colombo, …".

const SITE_HEADS = new Set([...FACILITY_HEADS, ...UNNAMED_FACILITY_HEADS, ...MORE_SITE_HEADS]);
/** Participles that say the listed sites were the targets: "The churches hit were …", "were also struck". */
const TARGETED = new Set(["hit", "struck", "attacked", "targeted", "bombed", "stormed"]);
const COPULAS = new Set(["were", "included"]);
/** Words between a list and its place that keep containment for every item: ", all in Colombo". */
const QUANTIFIERS = new Set(["all", "both", "each"]);
const AREA_WORDS = new Set(["the", "central", "northern", "southern", "eastern", "western", "downtown"]);

/** "hotels" → "hotel", "churches" → "church": the singular of a lowercase plural site head. */
function pluralSiteHead(word: string | undefined, text: string | undefined): boolean {
  if (!word || !text || !/^\p{Ll}/u.test(text) || !word.endsWith("s")) return false;
  return SITE_HEADS.has(word.slice(0, -1)) || SITE_HEADS.has(word.replace(/es$/, ""));
}

function nameAt(ctx: SentenceContext, at: number): Chunk | undefined {
  return ctx.chunks
    .filter((c) => c.first === at && c.kind === "name" && c.type !== "event" && c.type !== "group")
    .sort((a, b) => b.end - a.end)[0];
}

function townAt(ctx: SentenceContext, at: number): Chunk | undefined {
  let k = at;
  while (AREA_WORDS.has(ctx.words[k] ?? "")) k++;
  let c = nameAt(ctx, k);
  // "in Jakarta's Mega Kuningan business district": the place the possessive owns is the nearer one.
  if (c && /^['’]s$/.test(ctx.words[c.end] ?? "")) c = nameAt(ctx, c.end + 1);
  return c?.type === "location" && findPlace(ctx.graph.get(c.entity)!.name) !== "country" ? c : undefined;
}

function retype(ctx: SentenceContext, chunk: Chunk): void {
  const entity = ctx.graph.get(chunk.entity);
  if (entity) entity.type = "facility";
  chunk.type = "facility";
}

/** The report's event the listed sites belong to: the latest one not named as history. */
function latestEvent(ctx: SentenceContext): DocumentEntity | undefined {
  return ctx.graph.latest("event", (e) => !isBackground(e));
}

function placeAt(ctx: SentenceContext, event: DocumentEntity | undefined, site: Chunk, town?: Chunk): void {
  if (town) emit(ctx, { subject: site.entity, predicate: "located_in", object: town.entity }, site.end, true);
  if (!event) return;
  emit(ctx, { subject: event.key, predicate: "occurred_at", object: site.entity }, site.first);
  if (town) emit(ctx, { subject: event.key, predicate: "occurred_at", object: town.entity }, site.first);
}

/** Prepositions that open a list of sites with no article: "at Lubyanka and Park Kultury stations". */
const LIST_OPENERS = new Set(["at", "in", "on", "near", "outside", "through", "into"]);

/**
 * The names listed before the plural site head at `i` ("the A, B and C hotels"), or undefined. The
 * list opens with "the", or with a preposition when `opened` allows ("at A and B stations").
 */
function listBeforeHead(ctx: SentenceContext, i: number, opened: boolean): Chunk[] | undefined {
  const { words, tokens, graph } = ctx;
  if (!pluralSiteHead(words[i], tokens[i]?.text)) return undefined;
  const listed: Chunk[] = [];
  let end = i;
  for (;;) {
    const c = ctx.chunks
      .filter((o) => o.end === end && o.kind === "name" && o.type !== "person")
      .concat(ctx.chunks.filter((o) => o.end === end && o.kind === "name"))[0];
    if (!c) break;
    listed.unshift(c);
    const link = words[c.first - 1];
    if (link !== "," && link !== "and") break;
    end = words[c.first - 2] === "," ? c.first - 2 : c.first - 1;
  }
  const first = listed[0];
  const opener = words[(first?.first ?? 0) - 1] ?? "";
  if (listed.length < 2 || !first || !(opener === "the" || (opened && LIST_OPENERS.has(opener))))
    return undefined;
  if (listed.every((c) => findPlace(graph.get(c.entity)?.name ?? "") !== undefined)) return undefined;
  return listed;
}

/**
 * Types the listed sites as soon as the names are read, so that the event rules meet them as sites:
 * "tore through the JW Marriott and Ritz-Carlton hotels", "blew themselves up at Lubyanka and Park
 * Kultury stations".
 */
export function retypeListsBeforeHeads(ctx: SentenceContext): void {
  for (let i = 2; i < ctx.words.length; i++)
    for (const c of listBeforeHead(ctx, i, true) ?? []) retype(ctx, c);
}

/**
 * "The A, B and C hotels": names listed before a lowercase plural site head are one site each,
 * whatever the name finder typed them (unless every one is a town the gazetteer knows: "the Sousse
 * and Monastir hotels" are hotels in those towns). ", all in X" after the head puts each in X, and
 * "were (also) struck" after that makes each a site of the report's latest event.
 */
function sitesBeforeHead(ctx: SentenceContext, quiet: boolean): void {
  const { words } = ctx;
  for (let i = 2; i < words.length; i++) {
    const listed = listBeforeHead(ctx, i, false);
    if (!listed) continue;
    for (const c of listed) retype(ctx, c);
    let k = i + 1;
    if (words[k] === "," && QUANTIFIERS.has(words[k + 1] ?? "")) k += 2;
    const town = words[k] === "in" ? townAt(ctx, k + 1) : undefined;
    if (town) k = town.end;
    if (words[k] === ",") k++;
    const attacked =
      COPULAS.has(words[k] ?? "") &&
      (TARGETED.has(words[k + 1] ?? "") || (words[k + 1] === "also" && TARGETED.has(words[k + 2] ?? "")));
    const event = attacked && !quiet ? latestEvent(ctx) : undefined;
    for (const c of listed) placeAt(ctx, event, c, town);
  }
}

/**
 * "The churches hit were St Anthony's Shrine in Colombo, St Sebastian's Church in Negombo, … and Zion
 * Church in Batticaloa": a plural site head and a participle of attack before "were" list the sites of
 * the report's latest event, each a site of the head's kind, in the town after it.
 */
function sitesAfterCopula(ctx: SentenceContext, quiet: boolean): void {
  const { words, tokens } = ctx;
  for (let i = 1; i < words.length - 3; i++) {
    if (!pluralSiteHead(words[i], tokens[i]?.text) || words[i - 1] !== "the") continue;
    if (!TARGETED.has(words[i + 1]!) || !COPULAS.has(words[i + 2]!)) continue;
    const event = quiet ? undefined : latestEvent(ctx);
    let k = i + 3;
    while (k < words.length) {
      const item = nameAt(ctx, k);
      if (item && (item.type !== "location" || words[item.end] === "in")) {
        retype(ctx, item);
        const town = words[item.end] === "in" ? townAt(ctx, item.end + 1) : undefined;
        placeAt(ctx, event, item, town);
        k = town ? town.end : item.end;
      }
      // The next item starts after a comma or "and"; anything else (", north of the capital,") is skipped.
      while (k < words.length && words[k] !== "," && words[k] !== "and") k++;
      while (words[k] === "," || words[k] === "and") k++;
    }
    return;
  }
}

/**
 * Sites listed under a plural head, typed and placed. `quiet` when the sentence names an event of its
 * own: the lists are still sites, but not of the report's latest event.
 */
export function addListedSites(ctx: SentenceContext, quiet: boolean): void {
  sitesBeforeHead(ctx, quiet);
  sitesAfterCopula(ctx, quiet);
}
