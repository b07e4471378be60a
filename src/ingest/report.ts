import type { TesseraError } from "../errors/errors.js";

/** The formats Tessera reads. */
export type ReportFormat = "text" | "html" | "pdf" | "docx" | "jsonl";

/**
 * Metadata as found in a file or given by a user, still unvalidated strings. `prepareReport`
 * validates it (dates, grades, markings) and names the input when something is wrong.
 */
export interface RawMetadata {
  title?: string;
  url?: string;
  published?: string;
  language?: string;
  source?: string;
  reliability?: string;
  tlp?: string;
}

/** One report as read from a file, a batch line or stdin, before normalisation. */
export interface RawReport {
  /** Names the input for messages: a path, `-` for stdin, or `batch.jsonl:12` for a batch line. */
  origin: string;
  format: ReportFormat;
  text: string;
  meta: RawMetadata;
}

/** What reading one input gives: reports, and errors for the parts that could not be read. */
export type ReadOutcome =
  | { ok: true; report: RawReport }
  | { ok: false; origin: string; error: TesseraError };
