import type { EntityType } from "../../model/entity-types.js";
import type { Predicate } from "../../model/predicates.js";
import type { Bound } from "../../model/types.js";

/** A time as the evaluation set writes it: open ends allowed, and "week" for "last week". */
export interface GoldTime {
  from?: string;
  to?: string;
  precision: "day" | "week" | "month" | "year";
}

/** One hand-annotated statement (test/fixtures/extract/README.md). */
export interface GoldStatement {
  subject: string;
  predicate: Predicate;
  object?: string;
  value?: number | string;
  bound?: Bound;
  precision?: GoldTime["precision"];
  time?: GoldTime;
  role?: string;
  hedged?: boolean;
  optional?: boolean;
  near?: boolean;
  note?: string;
}

export interface GoldEntity {
  text: string;
  type: EntityType;
  /** Described only by a verb ("was captured"): scored by its statements, not by its text. */
  implicit?: boolean;
}

/** One report of the evaluation set with its annotations. */
export interface GoldReport {
  id: string;
  style: string;
  published: string;
  text: string;
  entities: GoldEntity[];
  statements: GoldStatement[];
  negatives: GoldStatement[];
}

/**
 * Folds a name for comparison: diacritics, case, apostrophes, hyphens and punctuation, and a leading
 * article ("the Bardo Museum" = "Bardo Museum", "Gaâfour" = "Gaafour", "al-Sharia" = "al Sharia").
 */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^(?:the|a|an) /, "");
}
