import type { TimeInterval } from "../model/index.js";
import { addToBlock, clusterPairs, type PairPlan, round3, THRESHOLDS } from "./cluster-pairs.js";
import { type PlaceIndex, placesCoincide } from "./place-relation.js";
import type { PairDecision } from "./resolve-candidates.js";
import { pairKey } from "./score-pair.js";
import { meets } from "./time-span.js";

/** The statements about a person the context pass compares, objects as canonical ids. */
export interface PersonFact {
  predicate:
    | "perpetrated"
    | "age"
    | "resident_of"
    | "studied_at"
    | "trained_at"
    | "traveled_to"
    | "member_of";
  object?: string;
  value?: number;
  time?: TimeInterval | null;
}

export const CONTEXT_PREDICATES: readonly PersonFact["predicate"][] = Object.freeze([
  "perpetrated",
  "age",
  "resident_of",
  "studied_at",
  "trained_at",
  "traveled_to",
  "member_of",
]);

/** A person (or a merged group) as the context pass sees it. */
export interface PersonContext {
  id: string;
  mentions?: number;
  /** Known only by descriptions ("the gunman", "a 23-year-old"): every mention is nominal. */
  descriptionOnly: boolean;
  facts: readonly PersonFact[];
}

export interface ContextMatchOptions {
  mergeAt: number;
  reviewAt: number;
  /** Where every pair starts once one piece of context agrees. */
  base: number;
  weights: Readonly<{
    /** Perpetrated an event nobody else named perpetrated. */
    soleEvent: number;
    /** Perpetrated an event with other named perpetrators (or, between two descriptions, any event). */
    sharedEvent: number;
    age: number;
    home: number;
    study: number;
    /** Trained at one place in periods that meet; half when either has no period. */
    training: number;
    travel: number;
    group: number;
  }>;
  /** A named person this close to the best one makes the match ambiguous: review, not merge. */
  ambiguityMargin: number;
  /** Review pairs kept per description: an agreement shared with more people than this decides nothing. */
  maxReviews: number;
  /** Context blocks (an age, a town) with more people than this are skipped. */
  maxBlock: number;
  distinct: ReadonlySet<string>;
}

export const DEFAULTS: Readonly<ContextMatchOptions> = Object.freeze({
  ...THRESHOLDS,
  base: 0.45,
  weights: Object.freeze({
    soleEvent: 0.45,
    sharedEvent: 0.15,
    age: 0.2,
    home: 0.2,
    study: 0.1,
    training: 0.2,
    travel: 0.1,
    group: 0.15,
  }),
  ambiguityMargin: 0.1,
  maxReviews: 3,
  maxBlock: 500,
  distinct: new Set<string>(),
});

export interface ContextScore {
  score: number;
  features: Record<string, number>;
  cannotLink: boolean;
}

const values = (p: PersonContext, predicate: PersonFact["predicate"]) =>
  p.facts.filter((f) => f.predicate === predicate);

/**
 * Facts that say two people are two: ages two or more years apart (one year is a birthday between
 * two reports), home towns that are apart (not one, not one within the other, not within 30 km).
 */
export function contextConflicts(a: PersonContext, b: PersonContext, places: PlaceIndex): string[] {
  const out: string[] = [];
  const ages = [values(a, "age"), values(b, "age")];
  if (
    ages[0]!.length > 0 &&
    ages[1]!.length > 0 &&
    ages[0]!.every((x) => ages[1]!.every((y) => Math.abs((x.value ?? 0) - (y.value ?? 0)) >= 2))
  )
    out.push("ageConflict");
  const homes = [objects(a, "resident_of"), objects(b, "resident_of")];
  if (homes[0]!.length > 0 && homes[1]!.length > 0 && places.relateSets(homes[0]!, homes[1]!) === "apart")
    out.push("homeConflict");
  return out;
}

function objects(p: PersonContext, predicate: PersonFact["predicate"]): string[] {
  return values(p, predicate)
    .map((f) => f.object)
    .filter((o): o is string => o !== undefined);
}

/** Agreement of a movement (training, travel): 1 when places coincide in periods that meet, ½ when a period is missing. */
function movement(
  a: PersonContext,
  b: PersonContext,
  predicate: PersonFact["predicate"],
  places: PlaceIndex,
) {
  let best = 0;
  for (const x of values(a, predicate)) {
    for (const y of values(b, predicate)) {
      if (!x.object || !y.object || !placesCoincide(places.relate(x.object, y.object))) continue;
      if (x.time && y.time) {
        if (meets(x.time, y.time)) best = 1;
      } else best = Math.max(best, 0.5);
    }
  }
  return best;
}

/**
 * Whether a person known only by descriptions is another person, from what the reports say about
 * both: the same event perpetrated (strong only when exactly one named person perpetrated it),
 * the same age, home town, place of study, training or travel (place and period) and group.
 * Each agreement adds its weight to `base`; no agreement, no score. Conflicting facts are a
 * cannot-link. Names play no part: a description is not a name.
 *
 * `namedPerpetrators` gives, per event, the named people who perpetrated it.
 */
export function scoreContext(
  a: PersonContext,
  b: PersonContext,
  places: PlaceIndex,
  namedPerpetrators: ReadonlyMap<string, ReadonlySet<string>>,
  options: Pick<ContextMatchOptions, "base" | "weights"> = DEFAULTS,
): ContextScore {
  const w = options.weights;
  const features: Record<string, number> = { context: 1 };
  const conflicts = contextConflicts(a, b, places);
  if (conflicts.length > 0) {
    for (const c of conflicts) features[c] = 1;
    return { score: 0, features, cannotLink: true };
  }
  let score = 0;
  const named = a.descriptionOnly ? (b.descriptionOnly ? undefined : b) : a;
  const eventsB = new Set(objects(b, "perpetrated"));
  let event = 0;
  for (const e of objects(a, "perpetrated")) {
    if (!eventsB.has(e)) continue;
    const by = namedPerpetrators.get(e) ?? new Set<string>();
    const sole = named !== undefined && by.size === 1 && by.has(named.id);
    event = Math.max(event, sole ? w.soleEvent : w.sharedEvent);
    features.sameEvent = Math.max(features.sameEvent ?? 0, sole ? 1 : 0.5);
    features.namedPerpetrators = Math.max(features.namedPerpetrators ?? 0, by.size);
  }
  score += event;
  const ages = values(b, "age").map((f) => f.value);
  if (values(a, "age").some((f) => ages.includes(f.value))) {
    features.sameAge = 1;
    score += w.age;
  }
  const coincide = (predicate: PersonFact["predicate"]) => {
    const [x, y] = [objects(a, predicate), objects(b, predicate)];
    return x.length > 0 && y.length > 0 && placesCoincide(places.relateSets(x, y));
  };
  if (coincide("resident_of")) {
    features.sameHome = 1;
    score += w.home;
  }
  if (coincide("studied_at")) {
    features.sameStudy = 1;
    score += w.study;
  }
  const training = movement(a, b, "trained_at", places);
  if (training > 0) {
    features.sameTraining = training;
    score += w.training * training;
  }
  const travel = movement(a, b, "traveled_to", places);
  if (travel > 0) {
    features.sameTravel = travel;
    score += w.travel * travel;
  }
  const groups = new Set(objects(b, "member_of"));
  if (objects(a, "member_of").some((g) => groups.has(g))) {
    features.sameGroup = 1;
    score += w.group;
  }
  if (score === 0) return { score: 0, features, cannotLink: false };
  return { score: round3(Math.min(1, options.base + score)), features, cannotLink: false };
}

function blockKeys(p: PersonContext, places: PlaceIndex): string[] {
  const keys = new Set<string>();
  for (const f of p.facts) {
    if (f.predicate === "age") keys.add(`age${f.value}`);
    else if (f.object === undefined) continue;
    else if (f.predicate === "perpetrated" || f.predicate === "member_of")
      keys.add(`${f.predicate}${f.object}`);
    else for (const q of places.localLineage(f.object)) keys.add(`${f.predicate}${q}`);
    // Travel to a country is a place too: "traveled to Libya" is compared with "traveled to Libya".
    if (f.object && (f.predicate === "traveled_to" || f.predicate === "trained_at"))
      keys.add(`${f.predicate}${f.object}`);
  }
  return [...keys];
}

/**
 * The context pass, pure: each person known only by descriptions is compared with the people who
 * share a piece of context with it (`scoreContext`); a description that fits two named people
 * about as well goes to review; then pairs are joined best first, never two named people in one
 * group and never across a conflict (`clusterPairs`). A group is kept under its named person.
 */
export function resolveByContext(
  people: readonly PersonContext[],
  places: PlaceIndex,
  options: Partial<ContextMatchOptions> = {},
): PairPlan & { compared: number } {
  const o = { ...DEFAULTS, ...options };
  const byId = new Map(people.map((p, i) => [p.id, { p, i }]));
  const namedPerpetrators = new Map<string, Set<string>>();
  for (const p of people) {
    if (p.descriptionOnly) continue;
    for (const e of objects(p, "perpetrated")) {
      const set = namedPerpetrators.get(e) ?? new Set<string>();
      set.add(p.id);
      namedPerpetrators.set(e, set);
    }
  }
  const blocks = new Map<string, number[]>();
  const keysOf = people.map((p, i) => {
    const keys = blockKeys(p, places);
    for (const k of keys) addToBlock(blocks, k, i);
    return keys;
  });
  let compared = 0;
  const pairs: PairDecision[] = [];
  const seen = new Set<string>();
  people.forEach((d, i) => {
    if (!d.descriptionOnly) return;
    const partners = new Set<number>();
    for (const k of keysOf[i]!) {
      const members = blocks.get(k)!;
      if (members.length > o.maxBlock) continue;
      for (const j of members) if (j !== i) partners.add(j);
    }
    const found: PairDecision[] = [];
    for (const j of partners) {
      const other = people[j]!;
      const key = pairKey(d.id, other.id);
      if (seen.has(key)) continue;
      seen.add(key);
      compared++;
      if (o.distinct.has(key)) continue;
      const s = scoreContext(d, other, places, namedPerpetrators, o);
      if (s.cannotLink || s.score < o.reviewAt) continue;
      found.push({ a: other.id, b: d.id, score: s.score, features: s.features });
    }
    pairs.push(...ambiguityCapped(found, byId, o));
  });
  const plan = clusterPairs(pairs, {
    mergeAt: o.mergeAt,
    reviewAt: o.reviewAt,
    cannotLink: (a, b) => {
      const [x, y] = [byId.get(a)!.p, byId.get(b)!.p];
      if (!x.descriptionOnly && !y.descriptionOnly) return true;
      return o.distinct.has(pairKey(a, b)) || contextConflicts(x, y, places).length > 0;
    },
    keep: (members) =>
      members.reduce((best, m) => {
        const [x, y] = [byId.get(m)!, byId.get(best)!];
        if (x.p.descriptionOnly !== y.p.descriptionOnly) return x.p.descriptionOnly ? best : m;
        const [mx, my] = [x.p.mentions ?? 0, y.p.mentions ?? 0];
        return mx > my || (mx === my && x.i < y.i) ? m : best;
      }),
  });
  return { ...plan, compared };
}

/**
 * One description's pairs: a merge is capped to review when a second named person fits about as
 * well (two gunmen of one attack, both 23), and review pairs are kept only for the few people who
 * fit better than the rest.
 */
function ambiguityCapped(
  found: PairDecision[],
  byId: ReadonlyMap<string, { p: PersonContext }>,
  o: ContextMatchOptions,
): PairDecision[] {
  found.sort((x, y) => y.score - x.score);
  const named = found.filter((f) => !byId.get(f.a)!.p.descriptionOnly);
  const [best, second] = named;
  if (best && second && best.score >= o.mergeAt && second.score >= best.score - o.ambiguityMargin) {
    for (const f of found) {
      if (f.score >= o.mergeAt)
        Object.assign(f, { score: o.mergeAt - 0.01, features: { ...f.features, ambiguous: 1 } });
    }
  }
  const merges = found.filter((f) => f.score >= o.mergeAt);
  const reviews = found.filter((f) => f.score < o.mergeAt);
  if (reviews.length <= o.maxReviews) return [...merges, ...reviews];
  const floor = reviews[o.maxReviews]!.score;
  return [...merges, ...reviews.slice(0, o.maxReviews).filter((f) => f.score > floor)];
}
