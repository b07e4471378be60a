import { MORE_SITE_HEADS, UNNAMED_FACILITY_HEADS } from "./lexicon.js";
import { findPlace } from "./place-gazetteer.js";
import { emit, type SentenceContext } from "./sentence-context.js";
import { namedPlaceAfterLink, pushSite } from "./site-places.js";

/** Counts that open a plural site: "two mosques", "three churches", "several shops". */
const COUNTS = /^(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple)$/;
const LINKS = new Set(["in", "at", "on", "near", "outside"]);
/** Links that place the sites inside the named place; "near" and "outside" do not (annotation README). */
const CONTAINING = new Set(["in", "at", "on"]);
/** Lowercase words between the count and the head: "two Shia mosques" is a name's, "two crowded markets". */
const MODIFIERS = new Set(["crowded", "busy", "police", "army", "military", "oil", "company", "government"]);

/** The singular site head of a plural ("mosques", "churches", "offices"), else undefined. */
function singularHead(word: string): string | undefined {
  const heads = (w: string) => UNNAMED_FACILITY_HEADS.has(w) || MORE_SITE_HEADS.has(w);
  if (word.endsWith("es") && heads(word.slice(0, -2))) return word.slice(0, -2);
  if (word.endsWith("s") && heads(word.slice(0, -1))) return word.slice(0, -1);
  return undefined;
}

/**
 * Counted sites in a named place: "two mosques in Sanaa", "three churches in Surabaya". The sites are
 * one facility named by the report's phrase, in the town when the link says so, so an event there is
 * placed at them and in the town (annotation guide: an event at a site in a town).
 */
export function addPluralSites(ctx: SentenceContext): void {
  const { words, tokens } = ctx;
  for (let i = 1; i < words.length; i++) {
    if (!/^\p{Ll}+$/u.test(tokens[i]!.text) || !singularHead(words[i]!)) continue;
    if (ctx.chunks.some((c) => c.first <= i && i < c.end)) continue;
    let first = i;
    while (first > 0 && MODIFIERS.has(words[first - 1]!) && first > i - 3) first--;
    // "two Sanaa mosques": a city in front is the place the sites are in.
    const town = ctx.chunks.find(
      (c) =>
        c.kind === "name" &&
        c.end === first &&
        c.type === "location" &&
        findPlace(ctx.graph.get(c.entity)!.name) === "city",
    );
    if (town && COUNTS.test(words[town.first - 1] ?? "")) {
      const key = pushSite(ctx, town.first - 1, i + 1, town.first - 1, town);
      emit(ctx, { subject: key, predicate: "located_in", object: town.entity }, i, true);
      continue;
    }
    if (!COUNTS.test(words[first - 1] ?? "")) continue;
    const start = first - 1;
    // Only with the town they are in: "two mosques" alone would name the event after itself.
    const place = LINKS.has(words[i + 1] ?? "") ? namedPlaceAfterLink(ctx, i + 2) : undefined;
    if (!place) continue;
    const key = pushSite(ctx, start, place.end, start, place);
    const site = ctx.graph.get(key)!;
    // The counted phrase alone names them too ("two mosques" of "two mosques in Sanaa").
    ctx.graph.mention(site, ctx.text, tokens[start]!.start, tokens[i]!.end, "SITE", ctx.sentence.index, true);
    if (CONTAINING.has(words[i + 1]!))
      emit(ctx, { subject: key, predicate: "located_in", object: place.entity }, i, true);
  }
}
