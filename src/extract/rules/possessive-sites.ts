import { MORE_SITE_HEADS, NAMED_SITE_HEADS, UNNAMED_FACILITY_HEADS } from "./lexicon.js";
import { findPlace } from "./place-gazetteer.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";
import { pushSite } from "./site-places.js";

/** Lowercase words between a town's possessive and a site's head: "Ankara's main railway station". */
const POSSESSED_MODIFIERS = new Set([
  "main",
  "central",
  "international",
  "busiest",
  "biggest",
  "largest",
  "oldest",
  "old",
  "railway",
  "train",
  "bus",
  "metro",
  "grand",
  "city",
  "historic",
]);
/**
 * Heads of places, not buildings, a town's possessive may own: "Kano's main square". Not districts:
 * "in the heart of Sydney's business district" is read by containment as the town's part.
 */
const POSSESSED_PLACE_HEADS = new Set(["square"]);
const POSSESSIVE = new Set(["'s", "’s"]);

/**
 * A site known by the town that has it: "Kabul's airport", "Ankara's main railway station" are
 * facilities in Kabul and Ankara. Only a named location owns the site, and only lowercase words stand
 * between (a capitalised one makes a name, "Istanbul's Atatürk airport", which the name rules take).
 *
 * @example "outside Tambov's main railway station" → facility "Tambov's main railway station", located_in Tambov
 */
export function addPossessiveSites(ctx: SentenceContext): void {
  const { words, tokens } = ctx;
  for (let i = 1; i < words.length; i++) {
    if (!POSSESSIVE.has(words[i]!)) continue;
    const place =
      ctx.chunks.find((c) => c.kind === "name" && c.type === "location" && c.end === i) ?? reportTown(ctx, i);
    if (!place) continue;
    let head = i + 1;
    while (POSSESSED_MODIFIERS.has(words[head] ?? "") && head - i <= 3) head++;
    const word = words[head] ?? "";
    const ownedPlace = POSSESSED_PLACE_HEADS.has(word);
    const isHead =
      UNNAMED_FACILITY_HEADS.has(word) ||
      MORE_SITE_HEADS.has(word) ||
      NAMED_SITE_HEADS.has(word) ||
      ownedPlace;
    if (!isHead || !/^\p{Ll}/u.test(tokens[head]!.text)) continue;
    // "Kabul's airport road", "Moscow's metro station chief": the head must end the phrase.
    const next = words[head + 1] ?? "";
    if (
      /^\p{Ll}/u.test(tokens[head + 1]?.text ?? "") &&
      (MORE_SITE_HEADS.has(next) || (/^[a-z]+$/.test(next) && !STOPS.has(next)))
    )
      continue;
    if (ctx.chunks.some((c) => c.kind !== "name" && c.first <= head && head < c.end)) continue;
    const nameFrom = place.kind === "name" ? place.first : place.first - 1;
    const key = pushSite(ctx, place.first, head + 1, nameFrom, place, ownedPlace ? "location" : "facility");
    emit(ctx, { subject: key, predicate: "located_in", object: place.entity }, head, true);
  }
}

/** Heads of a small business a person owns and names: "Raja's restaurant", "Jaafar's bakery". */
const OWNED_SITE_HEADS = new Set([
  "restaurant",
  "café",
  "cafe",
  "bakery",
  "bar",
  "shop",
  "store",
  "pharmacy",
  "pizzeria",
  "butchery",
]);

/**
 * A business known by its owner's name is a facility of that name: "a bomb hit Raja's restaurant".
 * The owner, named only there, is no entity of its own: the recogniser's guess at it ("Raja" an
 * organisation) joins the site. An owner the report speaks of elsewhere keeps its entity. Only a
 * single capitalised word owns ("the army's bakery" is no name; "Hamas's shop" is left to the
 * organisation rules when the organisation is known).
 *
 * @example "One blast hit Jaafar's bakery on the main road" → facility "Jaafar's bakery"
 */
export function addOwnedSites(ctx: SentenceContext): void {
  const { words, tokens, graph } = ctx;
  for (let i = 1; i < words.length - 1; i++) {
    if (!POSSESSIVE.has(words[i]!) || !OWNED_SITE_HEADS.has(words[i + 1]!)) continue;
    if (!/^\p{Ll}/u.test(tokens[i + 1]!.text)) continue;
    const owner = ctx.chunks.find(
      (c) => c.kind === "name" && c.end === i && c.first === i - 1 && c.type !== "location",
    );
    if (!owner || ctx.chunks.some((c) => c !== owner && c.first < i + 2 && c.end > i - 1)) continue;
    const entity = graph.get(owner.entity);
    if (!entity || findPlace(entity.name)) continue;
    ctx.chunks.splice(ctx.chunks.indexOf(owner), 1);
    const key = pushSite(ctx, owner.first, i + 2, owner.first);
    if (entity.firstSentence === ctx.sentence.index && entity.lastSentence === ctx.sentence.index)
      graph.merge(entity, graph.get(key)!);
  }
}

/** Posts whose holder's house is a site of its own: "the Japanese ambassador's residence". */
const RESIDENT_POSTS = new Set([
  "ambassador",
  "president",
  "governor",
  "minister",
  "premier",
  "mayor",
  "consul",
  "envoy",
  "king",
  "emir",
]);
/** Nouns that make a house a place of origin: "home town", "home country". */
const HOME_NOUNS = new Set(["town", "city", "village", "country", "region", "province", "state", "ground"]);
/** The houses of such a post. */
const RESIDENCE_HEADS = new Set(["residence", "palace", "compound", "villa", "home", "house", "mansion"]);

/**
 * The house of an official known by his post is a facility named by its words: "the Japanese
 * ambassador's residence", "the governor's palace", and "the residence of Japan's ambassador" (a
 * people's adjective or a country's possessive may say whose post it is). A named holder ("President
 * X's home") is left to the name rules.
 *
 * @example "gunfire from the Japanese ambassador's residence in Lima" → facility "Japanese ambassador's residence"
 */
export function addResidences(ctx: SentenceContext): void {
  const { words, tokens } = ctx;
  const lower = (k: number) => /^\p{Ll}/u.test(tokens[k]?.text ?? "");
  for (let i = 1; i < words.length - 1; i++) {
    let first: number;
    let end: number;
    if (
      POSSESSIVE.has(words[i]!) &&
      RESIDENT_POSTS.has(words[i - 1]!) &&
      RESIDENCE_HEADS.has(words[i + 1]!)
    ) {
      // "the (Japanese) ambassador's residence"
      first = i - 1;
      if (first > 0 && /^\p{Lu}/u.test(tokens[first - 1]!.text) && words[first - 2] === "the") first--;
      if (words[first - 1] !== "the" || !lower(i + 1)) continue;
      end = i + 2;
    } else if (
      RESIDENCE_HEADS.has(words[i]!) &&
      words[i - 1] === "the" &&
      words[i + 1] === "of" &&
      lower(i)
    ) {
      // "the residence of (the) Japan's ambassador", "the residence of the Japanese ambassador"
      let k = i + 2;
      if (words[k] === "the") k++;
      if (/^\p{Lu}/u.test(tokens[k]?.text ?? "") && POSSESSIVE.has(words[k + 1] ?? "")) k += 2;
      else if (/^\p{Lu}/u.test(tokens[k]?.text ?? "")) k++;
      if (!RESIDENT_POSTS.has(words[k] ?? "") || /^\p{Lu}/u.test(tokens[k + 1]?.text ?? "")) continue;
      first = i;
      end = k + 1;
    } else continue;
    // "the president's home town of Gaafour": the head must end the phrase.
    if (HOME_NOUNS.has(words[end] ?? "")) continue;
    if (ctx.chunks.some((c) => c.first < end && c.end > first && c.type !== "location")) continue;
    // A people's adjective or a country inside is whose post it is, no place of the sentence.
    for (let c = ctx.chunks.length - 1; c >= 0; c--)
      if (ctx.chunks[c]!.first >= first && ctx.chunks[c]!.end <= end) ctx.chunks.splice(c, 1);
    pushSite(ctx, first, end, first);
  }
}

/** Nouns for the report's own town: "the city's main railway station", "the town's market". */
const TOWN_NOUNS = new Set(["city", "town", "capital"]);

/**
 * "The city's" in news prose is the town the report is about: the latest city the report has named
 * (the gazetteer's kind, never a country). The returned chunk covers "city" only, not the article, so
 * an event's place link ("a blast at the city's …") meets the site where it meets a named one.
 */
function reportTown(ctx: SentenceContext, i: number): Chunk | undefined {
  if (!TOWN_NOUNS.has(ctx.words[i - 1] ?? "") || ctx.words[i - 2] !== "the") return undefined;
  const town = ctx.graph.latest("location", (e) => !e.provisional && findPlace(e.name) === "city");
  if (!town) return undefined;
  return { first: i - 1, end: i, entity: town.key, type: "location", nominal: true, kind: "site" };
}

/** Words that may follow a site's head without extending it: "Kabul's airport on Thursday", "… airport and …". */
const STOPS = new Set([
  "on",
  "in",
  "at",
  "and",
  "or",
  "was",
  "were",
  "is",
  "had",
  "has",
  "killed",
  "where",
  "which",
  "that",
  "when",
  "after",
  "before",
  "during",
  "for",
  "to",
  "from",
  "by",
  "with",
  "near",
  "outside",
  "last",
  "this",
  "late",
  "early",
]);
