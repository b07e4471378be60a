import type { EntityRef, Predicate, PredicateSpec, TimeInterval } from "../model/index.js";
import { PREDICATES } from "../model/index.js";
import { overlaps, timeLabel } from "./time-interval.js";
import type { ClaimedFact, Conflict, ConflictValue, Revision, SourceRef, WeighedEvidence } from "./types.js";

export const DEFAULTS = Object.freeze({
  /** Words that make a sentence a revision of an earlier figure rather than a rival claim. */
  revisionCue:
    /\b(rose|risen|rises|climbed|increased|revised|raised|updated|now stands|jumped|earlier reports?)\b/i,
});

export interface ConflictOptions {
  /** Whether two places are the same or one lies within the other (Sabratha and Libya). */
  samePlace?: (a: string, b: string) => boolean;
  revisionCue?: RegExp;
}

interface Side {
  key: string;
  facts: ClaimedFact[];
  /** For numbers, the values the side allows: [lo, hi]. */
  range?: [number, number];
}

/**
 * Finds contradictions among statements, driven by the declared model: for a `functional`
 * predicate one subject has one value at a time (a toll, a date), for an `inverseFunctional` one an
 * object has one subject at a time (a country's president). Values within the predicate's
 * `tolerance`, bounds that contain the other value ("at least 37" and 38), overlapping dates and
 * places within one another are compatible; statements whose valid times do not overlap never clash.
 *
 * @example detectConflicts([toll38, toll39]) // one conflict, two sides, 38 first
 */
export function detectConflicts(facts: readonly ClaimedFact[], options: ConflictOptions = {}): Conflict[] {
  const samePlace = options.samePlace ?? ((a, b) => a === b);
  const cue = options.revisionCue ?? DEFAULTS.revisionCue;
  const groups = new Map<string, { kind: Conflict["kind"]; subject: EntityRef; facts: ClaimedFact[] }>();
  for (const fact of facts) {
    const spec: PredicateSpec = PREDICATES[fact.predicate];
    if (spec.functional) {
      const key = `f\u241f${fact.subject.id}\u241f${fact.predicate}`;
      const group = groups.get(key) ?? { kind: "functional", subject: fact.subject, facts: [] };
      group.facts.push(fact);
      groups.set(key, group);
    }
    if (spec.inverseFunctional && fact.object) {
      const key = `i\u241f${fact.object.id}\u241f${fact.predicate}`;
      const group = groups.get(key) ?? { kind: "inverse-functional", subject: fact.object, facts: [] };
      group.facts.push(fact);
      groups.set(key, group);
    }
  }
  const conflicts: Conflict[] = [];
  for (const group of groups.values()) {
    const predicate = group.facts[0]!.predicate;
    const sides = sidesOf(group.facts, group.kind);
    if (sides.length < 2) continue;
    const clash = (a: Side, b: Side) => !compatible(a, b, predicate, group.kind, samePlace);
    const rival = sides.filter((s) => sides.some((o) => o !== s && clash(s, o)));
    if (rival.length < 2) continue;
    const values = rival.map((s) => toValue(s, group.kind)).sort(byFirstReported);
    const compatibleSides = sides
      .filter((s) => !rival.includes(s))
      .map((s) => toValue(s, group.kind))
      .sort(byFirstReported);
    conflicts.push({
      subject: group.subject,
      predicate,
      kind: group.kind,
      values,
      compatible: compatibleSides,
      revisions: revisions(values, cue),
    });
  }
  return conflicts.sort(
    (a, b) =>
      a.subject.name.localeCompare(b.subject.name) ||
      a.predicate.localeCompare(b.predicate) ||
      a.subject.id.localeCompare(b.subject.id),
  );
}

function sidesOf(facts: ClaimedFact[], kind: Conflict["kind"]): Side[] {
  const sides = new Map<string, Side>();
  for (const f of facts) {
    const key = kind === "inverse-functional" ? `e:${f.subject.id}` : valueKey(f);
    const side = sides.get(key) ?? { key, facts: [] };
    side.facts.push(f);
    if (typeof f.value === "number") side.range = numberRange(f);
    sides.set(key, side);
  }
  return [...sides.values()];
}

function valueKey(f: ClaimedFact): string {
  if (f.object) return `e:${f.object.id}`;
  if (typeof f.value === "number") return `n:${f.bound}:${f.value}`;
  if (PREDICATES[f.predicate].object.kind === "date" && f.time) return `d:${f.time.from}/${f.time.to}`;
  return `t:${String(f.value).trim().toLowerCase()}`;
}

function numberRange(f: ClaimedFact): [number, number] {
  const v = f.value as number;
  if (f.bound === "at_least") return [v, Number.POSITIVE_INFINITY];
  if (f.bound === "at_most") return [Number.NEGATIVE_INFINITY, v];
  return [v, v];
}

/** Whether some pair of statements on the two sides may both be true. */
function compatible(
  a: Side,
  b: Side,
  predicate: Predicate,
  kind: Conflict["kind"],
  samePlace: (a: string, b: string) => boolean,
): boolean {
  const spec: PredicateSpec = PREDICATES[predicate];
  const isDate = spec.object.kind === "date";
  // A functional claim holds "at a time": claims about times that do not meet are both true.
  const timesMeet = (x: TimeInterval | null, y: TimeInterval | null) => isDate || overlaps(x, y);
  const anyTimesMeet = a.facts.some((x) => b.facts.some((y) => timesMeet(x.time, y.time)));
  if (!anyTimesMeet) return true;
  if (kind === "inverse-functional") return false;
  const x = a.facts[0]!;
  const y = b.facts[0]!;
  if (a.range && b.range) {
    const tolerance = spec.tolerance ?? 0;
    return a.range[0] <= b.range[1] + tolerance && b.range[0] <= a.range[1] + tolerance;
  }
  if (x.object && y.object) return samePlace(x.object.id, y.object.id);
  if (isDate) return overlaps(x.time, y.time);
  return valueKey(x) === valueKey(y);
}

function toValue(side: Side, kind: Conflict["kind"]): ConflictValue {
  const f = side.facts[0]!;
  const evidence = side.facts
    .flatMap((s) => s.evidence)
    .sort((p, q) => (p.published ?? "9999").localeCompare(q.published ?? "9999"));
  const sources = new Map<string, SourceRef>();
  for (const e of evidence) if (e.source) sources.set(e.source.id, e.source);
  const value: ConflictValue = {
    value: kind === "inverse-functional" ? f.subject : (f.object ?? f.value ?? ""),
    label: kind === "inverse-functional" ? f.subject.name : factLabel(f),
    statements: side.facts.map((s) => s.id),
    sources: [...sources.values()],
    evidence,
    firstReported: evidence.find((e) => e.published)?.published ?? null,
  };
  if (f.bound !== "exact" && kind === "functional") value.bound = f.bound;
  return value;
}

/** A value as an analyst reads it. */
export function factLabel(f: Pick<ClaimedFact, "predicate" | "object" | "value" | "bound" | "time">): string {
  if (f.object) return f.object.name;
  const spec: PredicateSpec = PREDICATES[f.predicate];
  if (spec.object.kind === "date" && f.time) return timeLabel(f.time);
  const bound = f.bound === "at_least" ? "≥" : f.bound === "at_most" ? "≤" : "";
  const unit = spec.object.kind === "number" ? ` ${spec.object.unit}` : "";
  return `${bound}${f.value ?? ""}${unit}`;
}

function byFirstReported(a: ConflictValue, b: ConflictValue): number {
  return (
    (a.firstReported ?? "9999").localeCompare(b.firstReported ?? "9999") || a.label.localeCompare(b.label)
  );
}

/**
 * Reads the sides in report order and marks a later value as a revision of the one before it when
 * its sentence says so ("rose to 39") or when a source that gave the earlier value gives it later.
 */
function revisions(values: ConflictValue[], cue: RegExp): Revision[] {
  const out: Revision[] = [];
  for (let i = 1; i < values.length; i++) {
    const earlier = values.slice(0, i);
    const later = values[i]!;
    const seen = (e: WeighedEvidence) =>
      earlier.find((v) =>
        v.evidence.some(
          (p) =>
            p.source && e.source && p.source.id === e.source.id && (p.published ?? "") < (e.published ?? ""),
        ),
      );
    for (const e of later.evidence) {
      const bySameSource = seen(e);
      if (!cue.test(e.quote) && !bySameSource) continue;
      const from = bySameSource ?? earlier[earlier.length - 1]!;
      out.push({
        from: from.label,
        to: later.label,
        published: e.published,
        source: e.source,
        quote: e.quote,
        reason: cue.test(e.quote) ? "cue" : "same-source",
      });
      break;
    }
  }
  return out;
}
