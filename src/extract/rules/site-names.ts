import { BUILDING_NAME_HEADS, VEHICLE_HEADS } from "./lexicon.js";
import { findPlace } from "./place-gazetteer.js";
import type { SentenceContext } from "./sentence-context.js";
import { namedPlaceAfterLink, pushSite } from "./site-places.js";

// Sites the name finder cuts short or misses: buildings whose name it splits from their head,
// vehicles an attack took place on, and headquarters named after the body they house.

const ARTICLES = new Set(["a", "an", "the"]);
/** Words before a vehicle that open its phrase: "a train", "their bus", "seven commuter trains". */
const VEHICLE_OPENERS = new Set([
  ...ARTICLES,
  "his",
  "her",
  "their",
  "its",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
]);
/** Words that cannot stand inside a vehicle's phrase: they end the search for its opener. */
const NOT_VEHICLE_WORDS = new Set([
  "of",
  "and",
  "or",
  "to",
  "for",
  "with",
  "from",
  "by",
  "in",
  "on",
  "at",
  "was",
  "were",
  "is",
  "had",
  "has",
  "that",
  "which",
]);
/** Words after a vehicle's head that leave it a noun ("a train from …"), not a modifier ("a train station"). */
const AFTER_VEHICLE = new Set([
  "over",
  "from",
  "to",
  "near",
  "in",
  "on",
  "at",
  "bound",
  "carrying",
  "with",
  "as",
  "and",
  "or",
  "that",
  "which",
  "when",
  "where",
  "while",
  "after",
  "before",
  "was",
  "were",
  "had",
  "has",
  "is",
  "en",
  "shortly",
  "moments",
]);

function isCapitalised(ctx: SentenceContext, k: number): boolean {
  return /^\p{Lu}/u.test(ctx.tokens[k]?.text ?? "");
}

/** The opener of a vehicle phrase ending at `head` (at most four words back), or -1. */
function vehicleOpener(ctx: SentenceContext, head: number): number {
  const { words, tokens } = ctx;
  for (let k = head - 1; k >= Math.max(0, head - 5); k--) {
    if (VEHICLE_OPENERS.has(words[k]!)) return k;
    if (NOT_VEHICLE_WORDS.has(words[k]!) || !/^[\p{L}\d][\p{L}\d'’-]*$/u.test(tokens[k]!.text)) return -1;
    // "the number 30 bus": a route number only after "number".
    if (/^\d/.test(words[k]!) && words[k - 1] !== "number") return -1;
  }
  return -1;
}

/**
 * The end of what a vehicle phrase carries after its head: "from Amsterdam to Paris", "near
 * Würzburg" (the annotation names "a regional train near Würzburg" so), else `end` itself.
 */
function vehicleRoute(ctx: SentenceContext, end: number): number {
  const { words } = ctx;
  const place = (at: number) =>
    ctx.chunks.find((c) => c.first === at && c.kind === "name" && c.type === "location");
  if (words[end] === "near" || words[end] === "from") {
    const first = place(end + 1);
    if (!first) return end;
    const second = words[first.end] === "to" ? place(first.end + 1) : undefined;
    return (second ?? first).end;
  }
  return end;
}

/** Words after a vehicle that leave it the scene: "on a train from …", "on a train near …", "on a train, …". */
const SCENE_AFTER = new Set([
  "over",
  "from",
  "near",
  "bound",
  ",",
  ".",
  ";",
  "as",
  "when",
  "after",
  "before",
  "and",
]);

/**
 * Whether the vehicle ending before `at` is where its event took place: nothing places it further.
 * "A bus on Jaffa Road", "trains in London" give a named place, the one to code (ACLED codes
 * to the nearest named place), and "a bus carrying pilgrims to …" sends the reader on.
 */
function isScene(ctx: SentenceContext, at: number): boolean {
  const { words } = ctx;
  const start = ctx.tokens[at + 1]?.start;
  if (words[at] === "on" && ctx.dates.some((d) => d.start === start)) return true;
  if (words[at] === "in" || words[at] === "on" || words[at] === "at")
    return namedPlaceAfterLink(ctx, at + 1)?.type !== "location";
  return SCENE_AFTER.has(words[at] ?? ".");
}

/** The latest vehicle of the report with this head: "the train" after "a Swiss regional train". */
function latestVehicle(ctx: SentenceContext, head: string) {
  return ctx.graph.latest("facility", (e) => !e.provisional && e.name.toLowerCase().endsWith(` ${head}`));
}

/**
 * Vehicles are sites: "attacked passengers on a regional train near Salez", "aboard a
 * Paris-bound Air France flight", "bombs on four Underground trains", "Flight 93". The phrase from the
 * opener to the head names the facility, with its route as a further mention; it is a place events
 * can take only where it is the scene (see `isScene`). "The train" alone is the report's latest
 * vehicle of that kind; "a train station" is no vehicle.
 */
export function addVehicles(ctx: SentenceContext): void {
  const { words, tokens, graph, text } = ctx;
  for (let i = 0; i < words.length; i++) {
    // "Flight 253": a flight number names the flight.
    if (tokens[i]!.text === "Flight" && /^\d+$/.test(words[i + 1] ?? "")) {
      if (!ctx.chunks.some((c) => c.first <= i && i < c.end)) pushSite(ctx, i, i + 2, i);
      continue;
    }
    if (!VEHICLE_HEADS.has(words[i]!) || !/^\p{Ll}/u.test(tokens[i]!.text)) continue;
    const next = tokens[i + 1]?.text ?? "";
    if (/^\p{Ll}/u.test(next) && !AFTER_VEHICLE.has(words[i + 1]!)) continue;
    if (ctx.chunks.some((c) => c.kind !== "name" && c.first <= i && i < c.end)) continue;
    const opener = vehicleOpener(ctx, i);
    if (opener < 0) continue;
    if (opener === i - 1 && ARTICLES.has(words[opener]!)) {
      // "the train": the vehicle the report has already named; "a bus": a site of its own.
      const known = words[opener] === "the" ? latestVehicle(ctx, words[i]!) : undefined;
      if (known) {
        graph.mention(known, text, tokens[i - 1]!.start, tokens[i]!.end, "SITE", ctx.sentence.index, true);
        // "had boarded the train in Lyon": where it was then is no site of the attack.
        if (isScene(ctx, i + 1))
          ctx.chunks.push({
            first: i,
            end: i + 1,
            entity: known.key,
            type: "facility",
            nominal: true,
            kind: "site",
          });
        continue;
      }
      if (words[opener] === "the") continue;
    }
    const nameFrom =
      ARTICLES.has(words[opener]!) || /^(?:his|her|their|its)$/.test(words[opener]!) ? opener + 1 : opener;
    const vehicle = graph.entity(
      "facility",
      text.slice(tokens[nameFrom]!.start, tokens[i]!.end).replace(/\s+/g, " "),
      ctx.sentence.index,
    );
    const mention = (from: number, to: number) =>
      graph.mention(
        vehicle,
        text,
        tokens[from]!.start,
        tokens[to - 1]!.end,
        "SITE",
        ctx.sentence.index,
        true,
      );
    mention(opener, i + 1);
    const route = vehicleRoute(ctx, i + 1);
    if (route > i + 1) mention(nameFrom, route);
    const inner = ctx.chunks.filter((c) => c.kind === "name" && c.first >= nameFrom && c.end <= i);
    // "a Paris-bound Air France flight": an airline the finder took for a place is no place here.
    for (const c of inner.filter((c) => c.type === "location")) {
      const entity = graph.get(c.entity);
      if (entity && !findPlace(entity.name) && entity.firstSentence === ctx.sentence.index)
        entity.provisional = true;
      ctx.chunks.splice(ctx.chunks.indexOf(c), 1);
    }
    if (!isScene(ctx, i + 1)) continue;
    // An indefinite vehicle's chunk takes its article, so that the event rules read it as a scene
    // and not as "a camp near Sabratha", which gives way to its named place.
    const first = words[opener] === "a" || words[opener] === "an" ? opener : nameFrom;
    ctx.chunks.push({
      first,
      end: i + 1,
      entity: vehicle.key,
      type: "facility",
      nominal: true,
      kind: "site",
    });
  }
}

/**
 * "the headquarters of the NDS intelligence agency", "the headquarters of the SBU security service":
 * the building named after the body it houses is a facility, named by the whole phrase (a place
 * after it, "in Kabul", is where it stands).
 */
export function addHeadquarters(ctx: SentenceContext): void {
  const { words, tokens } = ctx;
  for (let i = 1; i < words.length - 2; i++) {
    if (words[i] !== "headquarters" || words[i - 1] !== "the" || words[i + 1] !== "of") continue;
    if (ctx.chunks.some((c) => c.kind !== "name" && c.first <= i && i < c.end)) continue;
    const at = words[i + 2] === "the" ? i + 3 : i + 2;
    const body = ctx.chunks
      .filter((c) => c.kind === "name" && c.first === at && c.type !== "person" && c.type !== "location")
      .sort((a, b) => b.end - a.end)[0];
    if (!body) continue;
    // "the NDS intelligence agency": up to two lowercase words after the name end the body's phrase.
    let end = body.end;
    for (let k = body.end; k < body.end + 2 && /^\p{Ll}+$/u.test(tokens[k]?.text ?? ""); k++)
      if (BODY_HEADS.has(words[k]!)) end = k + 1;
    pushSite(ctx, i, end, i);
  }
}
/** Nouns that end a body's phrase after its name: "the SBU security service", "the NDS intelligence agency". */
const BODY_HEADS = new Set([
  "agency",
  "service",
  "services",
  "ministry",
  "directorate",
  "police",
  "force",
  "forces",
  "army",
  "party",
  "group",
]);

/**
 * Building names the finder cuts short: "at Mother Bethel African Methodist Episcopal Church", read as
 * the person "Bethel African Methodist Episcopal Church", and "the main terminal at Brussels Airport",
 * read as the town "Brussels". A capitalised building head ends the facility's name; capitalised words before a
 * long one belong to it.
 */
export function repairBuildingNames(ctx: SentenceContext): void {
  const { words, tokens, graph } = ctx;
  for (const c of [...ctx.chunks]) {
    if (c.kind !== "name" || c.type === "facility" || c.type === "event") continue;
    const last = c.end - 1;
    // "Brussels Airport": the head the finder left out, right after a place's name.
    const after =
      c.type === "location" &&
      BUILDING_NAME_HEADS.has(words[c.end] ?? "") &&
      /^\p{Lu}\p{Ll}+$/u.test(tokens[c.end]?.text ?? "") &&
      !ctx.chunks.some((o) => o.first <= c.end && c.end < o.end);
    // "Bethel African Methodist Episcopal Church" typed a person: three words or more ending in a building head.
    const long =
      c.type === "person" &&
      BUILDING_NAME_HEADS.has(words[last]!) &&
      isCapitalised(ctx, last) &&
      c.end - c.first >= 3;
    if (!after && !long) continue;
    let first = c.first;
    while (
      first > 1 &&
      isCapitalised(ctx, first - 1) &&
      !ctx.chunks.some((o) => o.first <= first - 1 && first - 1 < o.end)
    )
      first--;
    const end = after ? c.end + 1 : c.end;
    const key = pushSite(ctx, first, end, first);
    const chunk = ctx.chunks[ctx.chunks.length - 1]!;
    chunk.kind = "name";
    chunk.nominal = false;
    ctx.chunks.splice(ctx.chunks.indexOf(c), 1);
    const from = graph.get(c.entity);
    if (long && from) graph.merge(from, graph.get(key)!);
  }
}
