import {
  FACILITY_HEADS,
  MORE_SITE_HEADS,
  NAMED_SITE_HEADS,
  STREET_HEADS_BEFORE,
  UNNAMED_FACILITY_HEADS,
} from "./lexicon.js";
import { findPlace } from "./place-gazetteer.js";
import type { Chunk, SentenceContext } from "./sentence-context.js";

// Sites and places the name finder reads wrongly or not at all: streets and districts written around
// a name, short names of named sites, names listed after a plural site head.

/** Heads that make a site only with a modifier in front: "a US Navy ship", "the US mission", "the parliament building". */
export const MODIFIED_SITE_HEADS = new Set([
  "ship",
  "mission",
  "building",
  "plant",
  "facility",
  "consulate",
  "station",
  // "a wedding hall in Kabul", "the prayer hall".
  "hall",
]);

/** Adds an unnamed or newly found site as a chunk and an entity of its own; returns its key. */
export function pushSite(
  ctx: SentenceContext,
  first: number,
  end: number,
  nameFrom: number,
  anchor?: Chunk,
  type: "facility" | "location" = "facility",
): string {
  const { tokens, text, graph } = ctx;
  const site = graph.entity(
    type,
    text.slice(tokens[nameFrom]!.start, tokens[end - 1]!.end).replace(/\s+/g, " "),
    ctx.sentence.index,
  );
  graph.mention(site, text, tokens[first]!.start, tokens[end - 1]!.end, "SITE", ctx.sentence.index, true);
  ctx.chunks.push({
    first,
    end,
    entity: site.key,
    type,
    ...(anchor ? { anchor: anchor.entity } : {}),
    nominal: true,
    kind: "site",
  });
  return site.key;
}

/**
 * Names listed after a plural site head are sites of that kind: "the suburban stations of El Pozo and
 * Santa Eugenia" are two stations, whatever the name finder typed them. A town the gazetteer knows
 * keeps its type ("the hotels of Sousse" are in Sousse, not named Sousse).
 */
export function retypeListedSites(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  for (let i = 1; i < words.length - 2; i++) {
    const plural = words[i]!;
    if (!plural.endsWith("s") || words[i + 1] !== "of") continue;
    if (!SITE_HEADS.has(plural.slice(0, -1)) && !SITE_HEADS.has(plural.replace(/es$/, ""))) continue;
    const listed: Chunk[] = [];
    let k = i + 2;
    for (;;) {
      const c = ctx.chunks.find((o) => o.kind === "name" && o.first === k);
      if (!c) break;
      listed.push(c);
      if (words[c.end] !== "and" && words[c.end] !== ",") break;
      k = c.end + 1;
    }
    if (listed.length < 2) continue;
    for (const c of listed) {
      const entity = graph.get(c.entity);
      if (!entity || findPlace(entity.name)) continue;
      entity.type = "facility";
      c.type = "facility";
    }
  }
}
const SITE_HEADS = new Set([
  ...UNNAMED_FACILITY_HEADS,
  ...MORE_SITE_HEADS,
  ...NAMED_SITE_HEADS,
  ...MODIFIED_SITE_HEADS,
]);

/**
 * A named site met again by its name alone: "the Bataclan" after "the Bataclan concert hall" is that
 * hall, even where the name finder left the word out.
 */
export function addShortSiteNames(ctx: SentenceContext): void {
  const { words, tokens, graph } = ctx;
  for (let i = 1; i < words.length; i++) {
    if (
      words[i - 1] !== "the" ||
      !/^\p{Lu}/u.test(tokens[i]!.text) ||
      /^\p{Lu}/u.test(tokens[i + 1]?.text ?? "")
    )
      continue;
    if (ctx.chunks.some((c) => c.first <= i && i < c.end)) continue;
    const site = graph.entities.find((e) => {
      const parts = e.name.split(" ");
      return (
        e.type === "facility" &&
        parts.length > 1 &&
        parts[0] === tokens[i]!.text &&
        /^\p{Ll}/u.test(parts[parts.length - 1]!)
      );
    });
    if (!site) continue;
    graph.mention(site, ctx.text, tokens[i]!.start, tokens[i]!.end, "FAC", ctx.sentence.index);
    ctx.chunks.push({
      first: i,
      end: i + 1,
      entity: site.key,
      type: "facility",
      nominal: false,
      kind: "name",
    });
  }
}

/** Words that may follow a definite site's head without extending it: "at the complex, in …". */
const AFTER_HEAD = new Set([
  ",",
  ".",
  ";",
  "in",
  "at",
  "on",
  "was",
  "were",
  "had",
  "has",
  "where",
  "which",
  "and",
  "stands",
  "lies",
  "is",
]);

/**
 * "an explosion at the complex" after "the DusitD2 hotel and office complex": a definite head that ends
 * the name of a site the report has named is that site, the latest such one.
 */
export function addDefiniteSites(ctx: SentenceContext): void {
  const { words, tokens, graph } = ctx;
  for (let i = 1; i < words.length - 1; i++) {
    const head = words[i]!;
    if (words[i - 1] !== "the" || !/^\p{Ll}+$/u.test(tokens[i]!.text) || !AFTER_HEAD.has(words[i + 1]!))
      continue;
    if (!FACILITY_HEADS.has(head) && head !== "complex") continue;
    if (ctx.chunks.some((c) => c.first <= i && i < c.end)) continue;
    // "the museum" after "the Jewish Museum of Belgium": the head may stand before an "of".
    const site = graph.latest("facility", (e) => {
      const parts = e.name.split(" ");
      const at = parts.findIndex((p, n) => p.toLowerCase() === head && parts[n + 1] === "of");
      return (
        !e.provisional &&
        parts.length > 1 &&
        (parts[parts.length - 1] === head || at > 0) &&
        /^\p{Lu}/u.test(e.name)
      );
    });
    if (!site) continue;
    graph.mention(site, ctx.text, tokens[i - 1]!.start, tokens[i]!.end, "SITE", ctx.sentence.index, true);
    ctx.chunks.push({
      first: i - 1,
      end: i + 1,
      entity: site.key,
      type: "facility",
      nominal: true,
      kind: "site",
    });
  }
}

/** Words between a link and its place that keep the place: "in central Stockholm", "in western Berlin". */
export const AREA_ADJECTIVES = new Set(["central", "northern", "southern", "eastern", "western", "downtown"]);

/**
 * "in central Stockholm": the place with its area word is a mention of the place, so that a statement
 * on "central Stockholm" and one on "Stockholm" are about one town.
 */
export function areaMention(ctx: SentenceContext, from: number, place: Chunk): void {
  let k = from;
  if (ctx.words[k] === "the") k++;
  if (k >= place.first || !AREA_ADJECTIVES.has(ctx.words[k]!)) return;
  const entity = ctx.graph.get(place.entity);
  if (entity)
    ctx.graph.mention(
      entity,
      ctx.text,
      ctx.tokens[k]!.start,
      ctx.tokens[place.end - 1]!.end,
      "LOC",
      ctx.sentence.index,
    );
}

/**
 * A lowercase street head before a name is a street: "on boulevard Voltaire" is a place, whatever the
 * name finder made of "Voltaire" (a person, an organisation).
 */
export function addStreets(ctx: SentenceContext): void {
  const { words, tokens, graph } = ctx;
  for (let i = 1; i < words.length - 1; i++) {
    if (!STREET_HEADS_BEFORE.has(words[i]!) || !/^\p{Ll}/u.test(tokens[i]!.text)) continue;
    if (!/^\p{Lu}/u.test(tokens[i + 1]!.text)) continue;
    let end = i + 1;
    const inner = ctx.chunks.filter((c) => c.kind === "name" && c.first === i + 1);
    if (inner.length > 0) end = Math.max(...inner.map((c) => c.end));
    else while (end < words.length && /^\p{Lu}/u.test(tokens[end]!.text)) end++;
    pushSite(ctx, i, end, i, undefined, "location");
    const chunk = ctx.chunks[ctx.chunks.length - 1]!;
    chunk.kind = "name";
    chunk.nominal = false;
    for (const c of inner) {
      const from = graph.get(c.entity);
      if (from && from.type !== "location") from.provisional = true;
      ctx.chunks.splice(ctx.chunks.indexOf(c), 1);
    }
  }
}

/** Heads after a name that make it a district of a town: "Gulshan diplomatic district", "the Sablon district". */
const DISTRICT_HEADS = new Set(["district", "area", "quarter", "neighbourhood", "neighborhood"]);

/**
 * The end of "NAME [lowercase modifiers] district" after a name chunk ending at `end`: "Mega Kuningan
 * business district", "Gulshan diplomatic district"; -1 when no district head follows.
 */
export function districtHeadAfter(ctx: SentenceContext, end: number): number {
  const { words, tokens } = ctx;
  for (let k = end; k <= end + 2 && k < words.length; k++) {
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]!.text)) return -1;
    if (DISTRICT_HEADS.has(words[k]!)) return k;
  }
  return -1;
}

/**
 * "Jakarta's Mega Kuningan business district", "Dhaka's Gulshan diplomatic district": a name that a
 * town's possessive owns and a district head ends is a place, whatever the name finder typed it.
 */
export function retypePossessedDistricts(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  for (const c of ctx.chunks) {
    if (c.kind !== "name" || c.type === "location" || c.type === "event") continue;
    if (!/^['’]s$/.test(words[c.first - 1] ?? "") || districtHeadAfter(ctx, c.end) < 0) continue;
    const town = ctx.chunks.find((o) => o.kind === "name" && o.type === "location" && o.end === c.first - 1);
    const entity = graph.get(c.entity);
    if (!town || !entity) continue;
    entity.type = "location";
    c.type = "location";
  }
}

/**
 * A district the name finder left out: "the Hodan district", "the 11th arrondissement" (a capitalised
 * word or an ordinal after "the", before a district head) is a place named with its head.
 */
export function addDistricts(ctx: SentenceContext): void {
  const { words, tokens, graph } = ctx;
  for (let i = 2; i < words.length; i++) {
    if (words[i] !== "district" && words[i] !== "arrondissement") continue;
    let first = i - 1;
    if (!/^\d+(?:st|nd|rd|th)$/.test(words[first]!))
      while (first > 1 && /^\p{Lu}/u.test(tokens[first - 1]!.text) && words[first - 1] !== "the") first--;
    if (words[first - 1] !== "the" || !/^(?:\p{Lu}|\d)/u.test(tokens[first]!.text)) continue;
    // "the Sablon district", where the finder found "Sablon" alone: the name joins the district.
    const inner = ctx.chunks.find((c) => c.kind === "name" && c.first === first && c.end === i);
    if (ctx.chunks.some((c) => c !== inner && c.first < i && c.end > first - 1)) continue;
    const known = inner && graph.get(inner.entity);
    if (inner && (known?.type !== "location" || findPlace(known.name))) continue;
    if (inner) ctx.chunks.splice(ctx.chunks.indexOf(inner), 1);
    const key = pushSite(ctx, first, i + 1, first, undefined, "location");
    if (known) graph.merge(known, graph.get(key)!);
    const chunk = ctx.chunks[ctx.chunks.length - 1]!;
    chunk.kind = "name";
    chunk.nominal = false;
    // "the Westlands district" is also called "Westlands": the name alone is a mention of it.
    if (/^\p{Lu}/u.test(tokens[first]!.text))
      ctx.graph.mention(
        ctx.graph.get(key)!,
        ctx.text,
        tokens[first]!.start,
        tokens[i - 1]!.end,
        "LOC",
        ctx.sentence.index,
      );
  }
}

/** Settlement nouns a place's name follows after "of": "the Red Sea resort town of Hurghada". */
const SETTLEMENTS_BEFORE_NAME = new Set(["town", "city", "village", "port", "suburb", "capital", "resort"]);

/**
 * The named place (or named site: "North Sinai province") a link's object starts with at `at`: "in
 * central Stockholm", "in the Côte Pavée district of Toulouse", "in the Red Sea resort town of Hurghada",
 * "in the northern port city of Sfax" (at most three words before the settlement noun).
 */
export function namedPlaceAfterLink(ctx: SentenceContext, at: number): Chunk | undefined {
  const { words, tokens } = ctx;
  let k = at;
  while (k < words.length && (words[k] === "the" || AREA_ADJECTIVES.has(words[k]!))) k++;
  if (words[at] === "the")
    for (let m = at + 1; m <= at + 4 && m < words.length - 1; m++) {
      if (SETTLEMENTS_BEFORE_NAME.has(words[m]!) && words[m + 1] === "of") {
        k = m + 2;
        break;
      }
      if (!/^[\p{L}-]+$/u.test(tokens[m]!.text) || words[m] === "of" || words[m] === "and") break;
    }
  const startingAt = (from: number) =>
    ctx.chunks
      .filter(
        (c) =>
          c.first === from &&
          (c.type === "location" || c.type === "facility") &&
          (c.kind === "name" || (c.kind === "site" && /^\p{Lu}/u.test(tokens[c.first]!.text))),
      )
      .sort((a, b) => b.end - a.end)[0];
  const place = startingAt(k);
  // "a car park at Madrid's Barajas airport": the town owns the named site after it, which is the place.
  // "a bus stop in Istanbul's Sisli district": a district the town owns is the smaller place.
  const owned = place && /^['’]s$/.test(words[place.end] ?? "") ? startingAt(place.end + 1) : undefined;
  return owned ?? place;
}
