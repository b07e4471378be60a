import type {
  Bound,
  Credibility,
  EntityRef,
  Predicate,
  Reliability,
  Statement,
  TimeInterval,
} from "../model/index.js";

/** A source as analysis shows it next to a value. */
export interface SourceRef {
  id: string;
  name: string;
  reliability: Reliability;
}

/** One piece of evidence with what analysis needs to weigh it: its source and publication date. */
export interface WeighedEvidence {
  statementId: string;
  documentId: string | null;
  documentTitle: string | null;
  published: string | null;
  source: SourceRef | null;
  /** The analyst who entered it, for evidence not drawn from a document. */
  analyst: string | null;
  quote: string;
  credibility: Credibility;
}

/** A statement reduced to what conflict detection compares, with its evidence. */
export interface ClaimedFact {
  id: string;
  subject: EntityRef;
  predicate: Predicate;
  object: EntityRef | null;
  value: number | string | null;
  bound: Bound;
  time: TimeInterval | null;
  evidence: WeighedEvidence[];
}

/** One side of a conflict: a value, the statements that give it, their sources and sentences. */
export interface ConflictValue {
  value: number | string | EntityRef;
  /** The value as an analyst reads it: "≥37 persons", "2015-06 (month)", "Sousse". */
  label: string;
  bound?: Bound;
  statements: string[];
  sources: SourceRef[];
  evidence: WeighedEvidence[];
  /** The earliest publication date among its evidence, for time order. */
  firstReported: string | null;
}

/** A later figure replacing an earlier one, in report order ("the death toll rose to 39"). */
export interface Revision {
  from: string;
  to: string;
  published: string | null;
  source: SourceRef | null;
  quote: string;
  /** Why it reads as a revision: a cue in the sentence, or the same source reporting again later. */
  reason: "cue" | "same-source";
}

export interface Conflict {
  subject: EntityRef;
  predicate: Predicate;
  /** functional: one value per subject; inverse-functional: one subject per object (a country's president). */
  kind: "functional" | "inverse-functional";
  /** The incompatible sides, in the order they were first reported. */
  values: ConflictValue[];
  /** Values compatible with every side (a bound such as "at least 12", a coarser date): shown, not counted. */
  compatible: ConflictValue[];
  revisions: Revision[];
}

export interface Copresence {
  entities: [EntityRef, EntityRef];
  /** Where both were: the more general of the two places when one contains the other. */
  place: { id: string; name: string };
  /** The containing places of `place`, nearest first (Sabratha → Libya). */
  within: { id: string; name: string }[];
  from: string;
  to: string;
  precision: TimeInterval["precision"];
  statements: string[];
  /** 0…1: place specificity times the tightness of the time overlap. */
  score: number;
}

export interface PathEdge {
  from: string;
  to: string;
  predicate: string;
  statements: string[];
}

export interface Path {
  nodes: EntityRef[];
  edges: PathEdge[];
  length: number;
}

export interface Neighborhood {
  nodes: (EntityRef & { hops: number })[];
  edges: PathEdge[];
}

export interface TimelineItem {
  statement: Statement;
  /** null for an undated statement (only when asked for): it comes last. */
  time: TimeInterval | null;
  /** "2015-01 (month)", "2015-06-27 (day), reported", "undated". */
  label: string;
  /**
   * Where the time comes from: the statement itself, the event it is about, or the first report
   * of it; "undated" when none of these gives one.
   */
  basis: "stated" | "event" | "reported" | "undated";
}

/** A timeline item with a time: what `timeline()` gives unless undated statements are asked for. */
export interface DatedTimelineItem extends TimelineItem {
  time: TimeInterval;
  basis: "stated" | "event" | "reported";
}

export interface PlaceRecord {
  id: string;
  name: string;
  type: string;
  lat: number | null;
  lon: number | null;
  parentId: string | null;
  countryCode: string | null;
}
