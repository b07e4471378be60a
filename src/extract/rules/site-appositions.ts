import { MORE_SITE_HEADS, NAMED_SITE_HEADS, SETTLEMENT_HEADS, UNNAMED_FACILITY_HEADS } from "./lexicon.js";
import { findPlace } from "./place-gazetteer.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";

// Names described in apposition by what they are: "Pulse, a gay nightclub in Orlando," is a club,
// "Sidi Moumen, a shantytown district of the city," a place, whatever the name finder thought.

/** Heads that make the described name a building or a site. */
const SITE_HEADS = new Set([...UNNAMED_FACILITY_HEADS, ...MORE_SITE_HEADS, ...NAMED_SITE_HEADS]);
/** Heads of places rather than buildings: "Sousse, a beach resort" stays a town. */
const PLACE_LIKE_HEADS = new Set(["resort", "beach", "street", "promenade", "market", "camp"]);
/** Words after the head that end the description: "a gay nightclub in Orlando", "a club, …". */
const AFTER_DESCRIPTION = new Set([
  ",",
  ".",
  ";",
  "in",
  "at",
  "on",
  "of",
  "near",
  "outside",
  "where",
  "which",
  "that",
  "popular",
  "frequented",
  "run",
  "owned",
  "used",
  "known",
  "about",
  "some",
]);
/** Lowercase words that cannot be a description's modifier: a verb or a function word ends the phrase. */
const NOT_MODIFIERS = new Set([
  "and",
  "or",
  "but",
  "who",
  "which",
  "that",
  "was",
  "were",
  "is",
  "had",
  "has",
  "said",
  "says",
  "the",
  "a",
  "an",
  "of",
  "in",
  "at",
  "on",
]);

/**
 * The head of a description starting at `from` ("a gay nightclub", "an upmarket shopping centre"):
 * an article, at most three lowercase modifiers, and the head; its index, or -1.
 */
function descriptionHead(ctx: SentenceContext, from: number, heads: ReadonlySet<string>): number {
  const { words, tokens } = ctx;
  if (!["a", "an", "the"].includes(words[from] ?? "")) return -1;
  for (let k = from + 1; k <= from + 4 && k < words.length; k++) {
    const text = tokens[k]!.text;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(text) || NOT_MODIFIERS.has(words[k]!)) return -1;
    if (heads.has(words[k]!) && (k + 1 >= words.length || AFTER_DESCRIPTION.has(words[k + 1]!))) return k;
  }
  return -1;
}

function retype(ctx: SentenceContext, chunk: Chunk, type: "facility" | "location"): void {
  const entity = ctx.graph.get(chunk.entity);
  if (entity) entity.type = type;
  chunk.type = type;
}

/**
 * "Pulse, a gay nightclub in Orlando,": a name described by a site in apposition is that site, a
 * facility (a town the gazetteer knows stays a town), located in the named place after "in" or "at".
 * "Bab al-Aziziya, Muammar Gaddafi's fortified compound in Tripoli," is owned by a person and is a
 * compound all the same. "Sidi Moumen, a shantytown district of the city," is a place.
 */
export function retypeApposedSites(ctx: SentenceContext): void {
  const { words } = ctx;
  for (const c of [...ctx.chunks]) {
    if (c.kind !== "name" || c.type === "facility" || c.type === "event" || words[c.end] !== ",") continue;
    const from = c.end + 1;
    // "Gaddafi's fortified compound": the owner's possessive stands for the article.
    const owner = ctx.chunks.find(
      (o) =>
        o.kind === "name" && o.first === from && o.type === "person" && /^['’]s$/.test(words[o.end] ?? ""),
    );
    const name = ctx.graph.get(c.entity)?.name ?? "";
    const site = owner ? ownedHead(ctx, owner.end + 1) : descriptionHead(ctx, from, SITE_HEADS);
    if (site >= 0) {
      const known = findPlace(name) !== undefined;
      if (c.type === "location" && (known || PLACE_LIKE_HEADS.has(words[site]!))) continue;
      retype(ctx, c, "facility");
      describe(ctx, c, owner ? owner.first : from, site + 1);
      placeDescribed(ctx, c, site);
      continue;
    }
    if (c.type !== "person" && c.type !== "organization") continue;
    if (descriptionHead(ctx, from, SETTLEMENT_HEADS) >= 0) retype(ctx, c, "location");
  }
}

/** After an owner's possessive: at most two lowercase modifiers and a site head; its index, or -1. */
function ownedHead(ctx: SentenceContext, from: number): number {
  const { words, tokens } = ctx;
  for (let k = from; k <= from + 2 && k < words.length; k++) {
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]!.text) || NOT_MODIFIERS.has(words[k]!)) return -1;
    if (SITE_HEADS.has(words[k]!)) return k;
  }
  return -1;
}

/**
 * "a gay nightclub" is a mention of Pulse: a chunk over the description keeps the unnamed-site rule
 * from making it a second site.
 */
function describe(ctx: SentenceContext, site: Chunk, first: number, end: number): void {
  const { tokens, text, graph } = ctx;
  const entity = graph.get(site.entity);
  if (!entity) return;
  graph.mention(entity, text, tokens[first]!.start, tokens[end - 1]!.end, "SITE", ctx.sentence.index, true);
  ctx.chunks.push({ first, end, entity: site.entity, type: "facility", nominal: true, kind: "site" });
}

/** "… nightclub in Orlando": the apposed site lies in the named place after "in" or "at". */
function placeDescribed(ctx: SentenceContext, site: Chunk, head: number): void {
  const link = ctx.words[head + 1];
  if (link !== "in" && link !== "at") return;
  let at = head + 2;
  if (ctx.words[at] === "central" || ctx.words[at] === "downtown") at++;
  const place = ctx.chunks.find((o) => o.kind === "name" && o.first === at && o.type === "location");
  if (place && place.entity !== site.entity)
    emit(ctx, { subject: site.entity, predicate: "located_in", object: place.entity }, head, true);
}

/**
 * "the al-Rawda mosque in Bir al-Abed": a name after a site and "in" is the place the site lies in,
 * though the finder took it for a person or a body. A name the report met before this sentence, or
 * gave a title, keeps its type.
 */
export function retypePlacesOfSites(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  for (const site of [...ctx.chunks]) {
    if (site.type !== "facility" || (site.kind !== "name" && site.kind !== "site")) continue;
    if (words[site.end] !== "in") continue;
    const name = ctx.chunks.find(
      (c) =>
        c.kind === "name" && c.first === site.end + 1 && (c.type === "person" || c.type === "organization"),
    );
    const entity = name && graph.get(name.entity);
    if (!name || !entity || entity.official || entity.firstSentence < ctx.sentence.index) continue;
    retype(ctx, name, "location");
  }
}
