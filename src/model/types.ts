import type { EntityType } from "./entity-types.js";
import type { Credibility, Reliability } from "./grades.js";
import type { Marking } from "./markings.js";
import type { Predicate } from "./predicates.js";

/** How finely a date is known. "in January" of a 2015 report is 2015-01 at month precision. */
export type Precision = "day" | "month" | "year";

/** A fuzzy interval: the first and last day the value may cover, and how precisely it was stated. */
export interface TimeInterval {
  from: string; // ISO date, inclusive
  to: string; // ISO date, inclusive
  precision: Precision;
}

export interface Source {
  id: string;
  name: string;
  reliability: Reliability;
}

export interface DocumentRecord {
  id: string;
  title: string;
  text: string;
  url: string | null;
  published: string | null; // ISO date
  language: string;
  source: Source | null;
  contentHash: string;
  marking: Marking;
  ingestedAt: string;
  format: string;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
}

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

export interface EntitySummary extends EntityRef {
  aliases: string[];
  mentionCount: number;
  documentCount: number;
}

export interface Evidence {
  documentId: string | null;
  sentence: number | null;
  start: number | null;
  end: number | null;
  quote: string;
  /** An analyst's own entry, with who made it and when; null for evidence from a document. */
  analyst?: { name: string; at: string } | null;
  credibility?: Credibility;
}

/** A literal value qualifier: "at least 37" is 37 with bound "at_least". */
export type Bound = "exact" | "at_least" | "at_most";

export interface Statement {
  id: string;
  subject: EntityRef;
  predicate: Predicate;
  object: EntityRef | null;
  value: number | string | null;
  unit?: string;
  bound?: Bound;
  role?: string;
  time: TimeInterval | null;
  credibility: Credibility;
  marking: Marking;
  evidence: Evidence[];
}
