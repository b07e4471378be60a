import { placeChunkAt } from "./event-phrases.js";
import { settlementOf } from "./event-references.js";
import { findPlace } from "./place-gazetteer.js";
import { routePlaces } from "./route-places.js";
import { type Chunk, emit, type Proposal, type SentenceContext } from "./sentence-context.js";

/** Prepositions that introduce a further site of the same event: "and at …", "and in …". */
const SITE_LINKS = new Set(["at", "in", "on", "outside", "near"]);
/** Verbs that tell where an event named before them happened: "The blasts struck at Atocha station". */
const PLACING_VERBS: readonly string[][] = [
  ["struck"],
  ["hit"],
  ["tore", "through"],
  ["ripped", "through"],
  ["went", "off"],
  ["took", "place"],
  ["happened"],
  ["occurred"],
  ["exploded"],
  // "The grenades were thrown into a crowd in Morelia".
  ["was", "thrown"],
  ["were", "thrown"],
  ["was", "hurled"],
  ["were", "hurled"],
].map((v) => v.flat());
const AUXILIARIES = new Set(["had", "have", "has", "also", "first"]);
/** Prepositions after a placing verb that put the event at or in a site: "exploded inside a mosque in …". */
const VERB_LINKS = new Set([...SITE_LINKS, "inside", "beneath", "under", "underneath", "through", "into"]);

function placeStartingAt(ctx: SentenceContext, at: number): Chunk | undefined {
  return placeChunkAt(ctx.chunks, at);
}

/**
 * The places coordinated after an event's place, each a site of the same event: "at Atocha station
 * and at the suburban stations of El Pozo and Santa Eugenia" (three stations), "last week's attacks
 * in Barcelona and Cambrils" (two towns). A list of countries is no site list ("attacks in France and
 * Kuwait" are several events, and `events.ts` leaves such phrases unplaced).
 */
export function coordinatedPlaces(ctx: SentenceContext, place: Chunk): Chunk[] {
  const { words, tokens } = ctx;
  const out: Chunk[] = [];
  let k = place.end;
  while (words[k] === "and" || (words[k] === "," && words[k + 1] === "and")) {
    let j = words[k] === "," ? k + 2 : k + 1;
    if (SITE_LINKS.has(words[j] ?? "")) j++;
    // "on London Bridge and in nearby Borough Market".
    if (words[j] === "nearby") j++;
    // "the suburban stations of El Pozo": a plural site head names the sites after "of".
    if (words[j] === "the") {
      let m = j + 1;
      while (m < j + 4 && /^\p{Ll}/u.test(tokens[m]?.text ?? "") && words[m] !== "of") m++;
      j = words[m] === "of" ? m + 1 : j + 1;
    }
    const next = placeStartingAt(ctx, j);
    if (!next || findPlace(ctx.graph.get(next.entity)!.name) === "country") break;
    out.push(next);
    k = next.end;
  }
  return [...out, ...distributedSites(ctx, out.at(-1) ?? place)];
}

/** Links after a comma that put an event beside a further site: ", outside the X", ", close to the X". */
const BESIDE_LINKS: readonly string[][] = [
  ["outside"],
  ["near"],
  ["beside"],
  ["opposite"],
  ["close", "to"],
  ["next", "to"],
  ["in", "front", "of"],
];
/** Words that share an event out over its sites: "two blasts, one near X and one on Y", "the other at Y". */
const SHARES: readonly string[][] = [["one"], ["the", "other"], ["another"]];
const ARTICLES = new Set(["the", "a", "an"]);

function phraseAt(words: readonly string[], at: number, phrases: readonly string[][]): number {
  const found = phrases.find((p) => p.every((w, n) => words[at + n] === w));
  return found ? found.length : 0;
}

/** The index after a date at `at` or after its preposition ("on Friday", "Friday"), else `at`. */
export function afterDate(ctx: SentenceContext, at: number): number {
  const { tokens } = ctx;
  const starts = [tokens[at]?.start, tokens[at + 1]?.start];
  const date = ctx.dates.find((d) => starts.includes(d.start));
  if (!date) return at;
  let k = at;
  while (k < tokens.length && tokens[k]!.start < date.end) k++;
  return k;
}

/**
 * Sites after an event's place, set off by a comma, that the event also took: a nearby landmark
 * (", outside the education ministry", ", close to the parliament building") or a share of a plural
 * event (", one near the Central Station and one on Market Road"). A containing place right after the
 * first ("at the X junction in Kano, outside …") is skipped. Proximity ("a few hundred metres from")
 * is no link, and a place after a share must follow its own locative preposition.
 */
export function distributedSites(ctx: SentenceContext, place: Chunk): Chunk[] {
  const { words } = ctx;
  const out: Chunk[] = [];
  let k = place.end;
  // "in Mogadishu": the town the site lies in, read by containment.
  if (words[k] === "in") k = placeStartingAt(ctx, k + 1)?.end ?? k;
  k = afterDate(ctx, k);
  while (words[k] === "," || words[k] === "and") {
    let j = k + 1;
    const share = phraseAt(words, j, SHARES);
    j += share;
    let link = phraseAt(words, j, BESIDE_LINKS);
    if (link === 0 && share > 0 && SITE_LINKS.has(words[j] ?? "")) link = 1;
    // "and" joins only shares: "…, one near X and one on Y"; a bare ", and" is coordinatedPlaces' work.
    if (link === 0 || (words[k] === "and" && share === 0 && out.length === 0)) break;
    j += link;
    if (ARTICLES.has(words[j] ?? "")) j++;
    const next = placeStartingAt(ctx, j);
    if (!next || (next.type === "location" && findPlace(ctx.graph.get(next.entity)!.name) === "country"))
      break;
    out.push(next);
    k = next.end;
  }
  return out;
}

/** Words that negate the noun phrase right after them: "no attack in Kabul", "not the bombing in …". */
const NEGATIONS = new Set(["not", "n't", "never", "no", "neither", "nor", "without"]);

/**
 * States what an event phrase presupposes (where and when it happened). A denial elsewhere in the
 * sentence disputes who did it, not that it happened: "rejected al-Shabaab's claim to have carried out
 * Sunday night's massacre in Mpeketoni" still places the massacre in Mpeketoni. A negation within a
 * few words before the phrase ("no attack in Kabul", "no evidence of a bombing in …") still stops it.
 */
export function emitPresupposed(ctx: SentenceContext, proposal: Proposal, trigger: number): boolean {
  if (!ctx.stance.negated(trigger)) return emit(ctx, proposal, trigger, true);
  const { words } = ctx;
  for (let k = trigger - 1; k >= Math.max(0, trigger - 6); k--) {
    if (words[k] === "," || words[k] === "and" || words[k] === "but") break;
    if (NEGATIONS.has(words[k]!)) return false;
  }
  const credibility = ctx.stance.phraseCredibility(trigger);
  const s = { ...proposal, credibility, sentence: ctx.sentence.index };
  if (s.time === undefined) delete s.time;
  return ctx.graph.statement(s);
}

/**
 * States `occurred_at` for the event at a place and at each place coordinated with it. A place its
 * own phrase gives (`presupposed`) holds even where the sentence denies something else.
 */
export function placeEvent(
  ctx: SentenceContext,
  event: string,
  place: Chunk,
  trigger: number,
  phrase = true,
  presupposed = false,
): void {
  const state = (object: string) => {
    const proposal = { subject: event, predicate: "occurred_at" as const, object };
    if (presupposed) emitPresupposed(ctx, proposal, trigger);
    else emit(ctx, proposal, trigger, phrase);
  };
  state(place.entity);
  for (const other of coordinatedPlaces(ctx, place)) state(other.entity);
}

/** Words of a short aside between an event and its verb: "The blasts, about 12 seconds apart, tore …". */
const ASIDE_WORDS = /^(?:\p{Ll}+|\d+(?:\.\d+)?)$/u;

/** The index after ", about 12 seconds apart," at `end` (at most six plain words), else `end`. */
function afterAside(ctx: SentenceContext, end: number): number {
  const { words, tokens } = ctx;
  if (words[end] !== ",") return end;
  for (let k = end + 1; k <= end + 7 && k < words.length; k++) {
    if (words[k] === ",") return k > end + 1 ? k + 1 : end;
    if (!ASIDE_WORDS.test(tokens[k]!.text)) return end;
  }
  return end;
}

/**
 * "tore through crowds of spectators on Boylston Street": when the verb's object is no place, a named
 * place that a locative preposition introduces right after a short lowercase object.
 */
function placeAfterObject(ctx: SentenceContext, from: number): Chunk | undefined {
  const { words, tokens } = ctx;
  for (let k = from; k <= from + 5 && k < words.length; k++) {
    if (SITE_LINKS.has(words[k]!)) {
      const at = words[k + 1] === "the" ? k + 2 : k + 1;
      const place = placeStartingAt(ctx, at);
      return place?.kind === "name" ? place : undefined;
    }
    if (!/^\p{Ll}+$/u.test(tokens[k]!.text)) return undefined;
  }
  return undefined;
}

/**
 * An event phrase followed by a verb that places it: "The blasts struck at Atocha station and at …",
 * "the bomb went off in …", "The attack took place at …". The first named place or site the verb's
 * preposition (or its object) introduces is where it happened.
 */
export function placeByVerb(ctx: SentenceContext, event: string, end: number): void {
  const { words } = ctx;
  let k = afterAside(ctx, end);
  while (AUXILIARIES.has(words[k] ?? "")) k++;
  const verb = PLACING_VERBS.find((v) => v.every((w, n) => words[k + n] === w));
  if (!verb) return;
  let j = k + verb.length;
  // "exploded on the outskirts of Maiduguri", "went off on the road between Gao and Ansongo".
  const route = routePlaces(ctx, j);
  for (const town of route) placeEvent(ctx, event, town, k);
  if (route.length > 0) return;
  if (VERB_LINKS.has(words[j] ?? "")) j++;
  // "tore through the Red Sea resort of Dahab": the place is the town the description names.
  const settled = words[j] === "the" ? settlementOf(words, j) : undefined;
  if (words[j] === "the" || words[j] === "a" || words[j] === "an") j++;
  // "exploded in the Hodan district of Mogadishu": a part named with its noun is the smaller place.
  const whole = settled === undefined ? undefined : placeStartingAt(ctx, j);
  const part = whole && whole.end > settled! - 2 ? whole : undefined;
  const place =
    part ??
    (settled === undefined ? undefined : placeStartingAt(ctx, settled)) ??
    placeStartingAt(ctx, j) ??
    placeStartingAt(ctx, j - 1) ??
    placeAfterObject(ctx, j);
  if (!place) return;
  if (place.type === "location" && findPlace(ctx.graph.get(place.entity)!.name) === "country") return;
  placeEvent(ctx, event, place, k);
}
