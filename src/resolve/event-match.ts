import type { TimeInterval } from "../model/index.js";
import { addToBlock, clusterPairs, type PairPlan, round3, THRESHOLDS } from "./cluster-pairs.js";
import { nameForm } from "./name-forms.js";
import { tokenSimilarity } from "./name-similarity.js";
import { type PlaceIndex, type PlaceRelation, placesCoincide, RELATION_RANK } from "./place-relation.js";
import type { PairDecision } from "./resolve-candidates.js";
import { pairKey } from "./score-pair.js";
import { compareDates, type DateAgreement, monthKeys } from "./time-span.js";

/** An event (or a merged group of them) as the event pass sees it: its names, dates and places. */
export interface EventCandidate {
  id: string;
  names: readonly string[];
  mentions?: number;
  /** `occurred_on` dates. */
  dates: readonly TimeInterval[];
  /** `occurred_at` places, canonical ids. */
  places: readonly string[];
  /** Places the event's own name names ("Sousse attack" → Sousse), canonical ids. */
  namedPlaces?: readonly string[];
}

export interface EventMatchOptions {
  mergeAt: number;
  reviewAt: number;
  /** Evidence weights, summed: the date, the place, the names. */
  weights: Readonly<{
    day: number;
    month: number;
    year: number;
    place: number;
    country: number;
    name: number;
  }>;
  /** Blocks (a month, a town, a map cell) with more events than this are skipped. */
  maxBlock: number;
  /** Map cells for blocking, in degrees: two events within `nearKm` share a cell or a neighbour. */
  cellDegrees: number;
  /** Analysts' "not the same", as pairKey(a, b). */
  distinct: ReadonlySet<string>;
}

export const DEFAULTS: Readonly<EventMatchOptions> = Object.freeze({
  ...THRESHOLDS,
  weights: Object.freeze({ day: 0.5, month: 0.25, year: 0.05, place: 0.4, country: 0.15, name: 0.2 }),
  maxBlock: 300,
  cellDegrees: 0.5,
  distinct: new Set<string>(),
});

export interface EventScore {
  score: number;
  features: Record<string, number>;
  cannotLink: boolean;
}

/** Words that say what happened, not which event it was. */
const EVENT_WORDS = new Set(
  (
    "attack attacks attacked bombing bombings bomb killings killing shooting shootings massacre assault raid " +
    "strike strikes air operation fighting explosion blast siege ambush kidnapping hostage incident clashes " +
    "the at in on of near by"
  ).split(" "),
);

/**
 * A spelling made only of words for what happened ("attack", "the killings", "air strike") names
 * no event: two reports' "the attack" are not one attack. Takes a folded key (`nameKey`).
 */
export function isGenericEventKey(key: string): boolean {
  const words = key.split(" ").filter((w) => w.length > 0);
  return words.length > 0 && words.every((w) => EVENT_WORDS.has(w));
}

type Words = ReturnType<typeof nameForm>["tokens"];
const wordsOf = new WeakMap<EventCandidate, Words[]>();

/** The significant words of each of an event's names, computed once per candidate. */
function eventWords(e: EventCandidate): Words[] {
  let known = wordsOf.get(e);
  if (!known) {
    known = e.names.map((name) =>
      nameForm(name, "event").tokens.filter(
        (t) => !t.particle && t.text.length >= 3 && !EVENT_WORDS.has(t.text),
      ),
    );
    wordsOf.set(e, known);
  }
  return known;
}

/** Every significant word of the shorter name sounds like a word of the other ("Bardo attack", "Bardo Museum attack"). */
export function eventNamesOverlap(a: EventCandidate, b: EventCandidate): boolean {
  for (const x of eventWords(a)) {
    for (const y of eventWords(b)) {
      const [small, large] = x.length <= y.length ? [x, y] : [y, x];
      if (small.length === 0) continue;
      if (small.every((t) => large.some((u) => tokenSimilarity(t, u) >= 0.85))) return true;
    }
  }
  return false;
}

/**
 * Whether two events are one, from their context: the day they happened and where. The same day
 * at places that coincide (one place, one within the other short of a country, or within 30 km)
 * is an automatic merge; the same month, the same country only, or no date at all is never more
 * than a review; dates that disagree (two different days, or no overlap at all) and places apart
 * are cannot-links, whatever the names say.
 */
export function scoreEvents(
  a: EventCandidate,
  b: EventCandidate,
  places: PlaceIndex,
  options: Pick<EventMatchOptions, "mergeAt" | "weights"> = DEFAULTS,
): EventScore {
  const w = options.weights;
  const features: Record<string, number> = { event: 1 };
  const dates: DateAgreement = compareDates(a.dates, b.dates);
  if (dates === "differ") return { score: 0, features: { ...features, dateConflict: 1 }, cannotLink: true };
  let score = 0;
  if (dates === "day") {
    features.sameDay = 1;
    score += w.day;
  } else if (dates === "month") {
    features.sameMonth = 1;
    score += w.month;
  } else if (dates === "year") {
    features.sameYear = 1;
    score += w.year;
  }
  const stated = places.relateSets(a.places, b.places);
  if (stated === "apart") return { score: 0, features: { ...features, placeConflict: 1 }, cannotLink: true };
  const all = places.relateSets(
    [...a.places, ...(a.namedPlaces ?? [])],
    [...b.places, ...(b.namedPlaces ?? [])],
  );
  let where: PlaceRelation = stated;
  if (RELATION_RANK[all] > RELATION_RANK[stated]) {
    where = all;
    features.placeFromName = 1;
  }
  if (where === "apart") return { score: 0, features: { ...features, placeConflict: 1 }, cannotLink: true };
  if (placesCoincide(where)) {
    features[where === "same" ? "samePlace" : where === "within" ? "placeWithin" : "placeNear"] = 1;
    score += w.place;
  } else if (where === "country") {
    features.sameCountry = 1;
    score += w.country;
  }
  if (eventNamesOverlap(a, b)) {
    features.nameOverlap = 1;
    score += w.name;
  }
  // Without a day both agree on, two attacks in one town in one month may be two: an analyst decides.
  if (dates !== "day") score = Math.min(score, options.mergeAt - 0.01);
  return { score: round3(Math.min(1, score)), features, cannotLink: false };
}

function blockKeys(e: EventCandidate, places: PlaceIndex, cell: number): string[] {
  const keys = new Set<string>();
  for (const d of e.dates) for (const m of monthKeys(d)) keys.add(`m${m}`);
  for (const p of [...e.places, ...(e.namedPlaces ?? [])]) {
    for (const q of places.localLineage(p)) keys.add(`p${q}`);
    const at = places.position(p);
    if (!at) continue;
    const [y, x] = [Math.floor(at[0] / cell), Math.floor(at[1] / cell)];
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) keys.add(`g${y + dy},${x + dx}`);
  }
  return [...keys];
}

/**
 * The event pass, pure: block by month, town and map cell, score each pair once with
 * `scoreEvents`, then join best first under the cannot-links (`clusterPairs`). The event kept is
 * the most mentioned.
 */
export function resolveEvents(
  events: readonly EventCandidate[],
  places: PlaceIndex,
  options: Partial<EventMatchOptions> = {},
): PairPlan & { compared: number } {
  const o = { ...DEFAULTS, ...options };
  const byId = new Map(events.map((e, i) => [e.id, { e, i }]));
  const blocks = new Map<string, number[]>();
  events.forEach((e, i) => {
    for (const k of blockKeys(e, places, o.cellDegrees)) addToBlock(blocks, k, i);
  });
  const n = events.length;
  const scored = new Map<number, EventScore>();
  const score = (i: number, j: number): EventScore => {
    const k = i < j ? i * n + j : j * n + i;
    let s = scored.get(k);
    if (!s) {
      s = scoreEvents(events[i]!, events[j]!, places, o);
      if (o.distinct.size > 0 && o.distinct.has(pairKey(events[i]!.id, events[j]!.id)))
        s = { ...s, cannotLink: true, features: { ...s.features, distinct: 1 } };
      scored.set(k, s);
    }
    return s;
  };
  const pairs: PairDecision[] = [];
  for (const members of blocks.values()) {
    if (members.length < 2 || members.length > o.maxBlock) continue;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [i, j] = [members[x]!, members[y]!];
        if (scored.has(i < j ? i * n + j : j * n + i)) continue;
        const s = score(i, j);
        if (!s.cannotLink && s.score >= o.reviewAt)
          pairs.push({ a: events[i]!.id, b: events[j]!.id, score: s.score, features: s.features });
      }
    }
  }
  const compared = scored.size;
  const plan = clusterPairs(pairs, {
    mergeAt: o.mergeAt,
    reviewAt: o.reviewAt,
    cannotLink: (a, b) => score(byId.get(a)!.i, byId.get(b)!.i).cannotLink,
    keep: (members) =>
      members.reduce((best, m) => {
        const [x, y] = [byId.get(m)!, byId.get(best)!];
        const [mx, my] = [x.e.mentions ?? 0, y.e.mentions ?? 0];
        return mx > my || (mx === my && x.i < y.i) ? m : best;
      }),
  });
  return { ...plan, compared };
}
