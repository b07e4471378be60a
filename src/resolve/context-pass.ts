import type { TimeInterval } from "../model/index.js";
import type { ResolutionInputs } from "../store/repositories/resolution-inputs.js";
import type { PairPlan } from "./cluster-pairs.js";
import {
  CONTEXT_PREDICATES,
  type PersonContext,
  type PersonFact,
  resolveByContext,
} from "./context-match.js";
import { type EventCandidate, resolveEvents } from "./event-match.js";
import { type GroupCandidate, resolveGroups } from "./group-match.js";
import { nameKey } from "./name-key.js";
import { type PlaceFact, PlaceIndex } from "./place-relation.js";
import { pairKey } from "./score-pair.js";
import { resolveSites, type SiteCandidate } from "./site-match.js";

export interface ContextPlans {
  events: PairPlan & { compared: number };
  sites: PairPlan & { compared: number };
  groups: PairPlan & { compared: number };
  people: PairPlan & { compared: number };
}

const PLACE_TYPES = new Set(["location", "facility"]);

/**
 * The statements the passes after the name pass compare: an event's date and place, a place's
 * container, and a person's context (`CONTEXT_PREDICATES`). The store reads exactly these.
 */
export const FACT_PREDICATES: readonly string[] = Object.freeze([
  "occurred_on",
  "occurred_at",
  "located_in",
  ...CONTEXT_PREDICATES,
]);
const KIND_RANK: Record<string, number> = { country: 0, city: 1, site: 2 };
/** Words in an event's name that can name its place: up to this many in a row. */
const MAX_PLACE_WORDS = 6;

/**
 * The two passes that run on the graph the name pass made (`nameClusters`, each kept id first):
 * first events, by date and place; then unnamed sites of one attack, to its named site; then unnamed groups of attackers, by the attack they carried
 * out; then people known only by descriptions, by what the reports say about them, with events and
 * places read through the earlier passes' merges. Pure.
 */
export function planContextPasses(
  inputs: ResolutionInputs,
  nameClusters: readonly (readonly string[])[],
  distinct: ReadonlySet<string>,
): ContextPlans {
  const canonical = new Map<string, string>();
  for (const [keep, ...rest] of nameClusters) for (const m of rest) canonical.set(m, keep!);
  const to = (id: string) => canonical.get(id) ?? id;
  const distinctNow = new Set(
    [...distinct].map((k) => pairKey(...(k.split("\u241f").map(to) as [string, string]))),
  );
  const places = placeIndex(inputs, to);
  const events = eventCandidates(inputs, to);
  const eventPlan = resolveEvents(events, places, { distinct: distinctNow });
  for (const [keep, ...rest] of eventPlan.clusters) for (const m of rest) canonical.set(m, keep!);
  const sitePlan = resolveSites(siteCandidates(inputs, to), { distinct: distinctNow });
  for (const [keep, ...rest] of sitePlan.clusters) for (const m of rest) canonical.set(m, keep!);
  const groupPlan = resolveGroups(groupCandidates(inputs, to), { distinct: distinctNow });
  for (const [keep, ...rest] of groupPlan.clusters) for (const m of rest) canonical.set(m, keep!);
  const people = personContexts(inputs, to);
  const peoplePlan = resolveByContext(people, places, { distinct: distinctNow });
  return { events: eventPlan, sites: sitePlan, groups: groupPlan, people: peoplePlan };
}

function placeIndex(inputs: ResolutionInputs, to: (id: string) => string): PlaceIndex {
  const names = new Map(inputs.entities.map((e) => [e.id, e.name]));
  const best = new Map<string, ResolutionInputs["places"][number]>();
  const within: [string, string][] = [];
  const byGeo = new Map<string, string>();
  const same: [string, string][] = [];
  for (const row of inputs.places) {
    const id = to(row.id);
    const known = best.get(id);
    const better =
      !known ||
      (KIND_RANK[row.kind] ?? 2) < (KIND_RANK[known.kind] ?? 2) ||
      (row.kind === known.kind && known.lat === null && row.lat !== null);
    if (better) best.set(id, row);
    if (row.parent) within.push([id, to(row.parent)]);
    if (row.geoKey) {
      const twin = byGeo.get(row.geoKey);
      if (twin === undefined) byGeo.set(row.geoKey, id);
      else if (twin !== id) same.push([twin, id]);
    }
  }
  const facts: PlaceFact[] = [...best].map(([id, r]) => ({
    id,
    name: names.get(id) ?? id,
    kind: r.kind,
    countryCode: r.countryCode,
    lat: r.lat,
    lon: r.lon,
  }));
  for (const f of inputs.facts) {
    if (f.predicate === "located_in" && f.object) within.push([to(f.subject), to(f.object)]);
  }
  return new PlaceIndex(facts, { within, same });
}

function interval(f: ResolutionInputs["facts"][number]): TimeInterval | null {
  return f.from && f.to && f.precision ? { from: f.from, to: f.to, precision: f.precision } : null;
}

/** Mentions per canonical id, and how many of them are descriptions. */
function mentionCounts(inputs: ResolutionInputs, to: (id: string) => string) {
  const counts = new Map<string, { n: number; nominal: number }>();
  for (const s of inputs.sightings) {
    const c = counts.get(to(s.id)) ?? { n: 0, nominal: 0 };
    c.n += s.n;
    c.nominal += s.nominal;
    counts.set(to(s.id), c);
  }
  return counts;
}

function eventCandidates(inputs: ResolutionInputs, to: (id: string) => string): EventCandidate[] {
  const counts = mentionCounts(inputs, to);
  const placeNames = new Map<string, Set<string>>();
  const typeOf = new Map(inputs.entities.map((e) => [e.id, e.type]));
  for (const n of [...inputs.entities, ...inputs.names]) {
    if (!PLACE_TYPES.has(typeOf.get(n.id) ?? "")) continue;
    const key = nameKey(n.name);
    if (key.length < 3) continue;
    const set = placeNames.get(key) ?? new Set<string>();
    set.add(to(n.id));
    placeNames.set(key, set);
  }
  const eventIds = new Set(inputs.events.map((e) => e.id));
  const names = new Map<string, Set<string>>(inputs.events.map((e) => [e.id, new Set([e.name])]));
  for (const n of inputs.names) if (eventIds.has(n.id)) names.get(n.id)!.add(n.name);
  const dates = new Map<string, TimeInterval[]>();
  const at = new Map<string, string[]>();
  for (const f of inputs.facts) {
    if (!eventIds.has(f.subject)) continue;
    const t = f.predicate === "occurred_on" ? interval(f) : null;
    if (t) dates.set(f.subject, [...(dates.get(f.subject) ?? []), t]);
    if (f.predicate === "occurred_at" && f.object)
      at.set(f.subject, [...(at.get(f.subject) ?? []), to(f.object)]);
  }
  return inputs.events.map((e) => ({
    id: e.id,
    names: [...names.get(e.id)!],
    mentions: counts.get(e.id)?.n ?? 0,
    dates: dates.get(e.id) ?? [],
    places: [...new Set(at.get(e.id) ?? [])],
    namedPlaces: [...new Set([...names.get(e.id)!].flatMap((n) => placesNamedIn(n, placeNames)))],
  }));
}

/** Places whose name is a run of words of an event's name: "beach at Port El Kantaoui attack". */
function placesNamedIn(name: string, placeNames: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= Math.min(words.length, i + MAX_PLACE_WORDS); j++) {
      const hit = placeNames.get(nameKey(words.slice(i, j).join(" ")));
      if (hit) out.push(...hit);
    }
  }
  return out;
}

function siteCandidates(inputs: ResolutionInputs, to: (id: string) => string): SiteCandidate[] {
  const counts = mentionCounts(inputs, to);
  const events = new Map<string, string[]>();
  for (const f of inputs.facts)
    if (f.predicate === "occurred_at" && f.object)
      events.set(to(f.object), [...(events.get(to(f.object)) ?? []), to(f.subject)]);
  const names = new Map(inputs.entities.map((e) => [e.id, e.name]));
  const seen = new Set<string>();
  const out: SiteCandidate[] = [];
  for (const e of inputs.entities) {
    const id = to(e.id);
    if (e.type !== "facility" || seen.has(id) || !events.has(id)) continue;
    seen.add(id);
    out.push({
      id,
      name: names.get(id) ?? e.name,
      events: events.get(id)!,
      mentions: counts.get(id)?.n ?? 0,
    });
  }
  return out;
}

function groupCandidates(inputs: ResolutionInputs, to: (id: string) => string): GroupCandidate[] {
  const counts = mentionCounts(inputs, to);
  const events = new Map<string, string[]>();
  for (const f of inputs.facts)
    if (f.predicate === "perpetrated" && f.object)
      events.set(to(f.subject), [...(events.get(to(f.subject)) ?? []), to(f.object)]);
  return inputs.groups.map((g) => ({
    id: g.id,
    name: g.name,
    events: events.get(g.id) ?? [],
    mentions: counts.get(g.id)?.n ?? 0,
  }));
}

function personContexts(inputs: ResolutionInputs, to: (id: string) => string): PersonContext[] {
  const counts = mentionCounts(inputs, to);
  const persons = new Set(inputs.entities.filter((e) => e.type === "person").map((e) => to(e.id)));
  const facts = new Map<string, PersonFact[]>();
  const wanted = new Set<string>(CONTEXT_PREDICATES);
  for (const f of inputs.facts) {
    const subject = to(f.subject);
    if (!wanted.has(f.predicate) || !persons.has(subject)) continue;
    const fact: PersonFact = { predicate: f.predicate as PersonFact["predicate"], time: interval(f) };
    if (f.object) fact.object = to(f.object);
    if (f.number !== null) fact.value = f.number;
    facts.set(subject, [...(facts.get(subject) ?? []), fact]);
  }
  return [...facts].map(([id, list]) => {
    const c = counts.get(id);
    return {
      id,
      mentions: c?.n ?? 0,
      descriptionOnly: c !== undefined && c.n > 0 && c.nominal === c.n,
      facts: list,
    };
  });
}
