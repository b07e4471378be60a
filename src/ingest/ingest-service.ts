import { describeError, isTesseraError, TesseraError } from "../errors/errors.js";
import type { Database } from "../store/database.js";
import { findDocumentByHash } from "../store/repositories/documents.js";
import { analyseReport, type Pipeline } from "./pipeline.js";
import { prepareReport } from "./prepare-report.js";
import { collectInputs, DEFAULT_MAX_BYTES, readInput } from "./readers/index.js";
import type { RawMetadata, RawReport } from "./report.js";
import { storeReport } from "./store-report.js";

export interface IngestResult {
  path: string;
  id: string | null;
  title: string | null;
  status: "ingested" | "unchanged" | "failed";
  error?: string;
  code?: string;
  entities: number;
  statements: number;
}

export interface IngestProgress {
  done: number;
  total: number;
  current: string;
}

export interface IngestOptions {
  pipeline: Pipeline;
  /** Metadata given by the user (CLI options); it wins over what files say. */
  metadata?: RawMetadata;
  maxBytes?: number;
  stdin?: NodeJS.ReadableStream;
  onProgress?: (progress: IngestProgress) => void;
  /** Called for each finished report, for streaming output. */
  onResult?: (result: IngestResult) => void;
}

/** The result for an input that could not be ingested, with the error's one line and code. */
export function failedResult(path: string, error: unknown): IngestResult {
  return {
    path,
    id: null,
    title: null,
    status: "failed",
    error: describeError(error),
    code: isTesseraError(error) ? error.code : "TESSERA_INTERNAL",
    entities: 0,
    statements: 0,
  };
}

/**
 * Ingests one report: prepare, skip if its content is already stored, analyse, then write it in one
 * transaction. A failure leaves no trace of the report and is returned, not thrown.
 */
export async function ingestReport(
  db: Database,
  raw: RawReport,
  options: IngestOptions,
): Promise<IngestResult> {
  try {
    const report = prepareReport(raw, options.metadata);
    const existing = await findDocumentByHash(db, report.contentHash);
    if (existing) {
      return {
        path: raw.origin,
        id: existing.id,
        title: report.title,
        status: "unchanged",
        entities: 0,
        statements: 0,
      };
    }
    const analysis = analyseReport(report, options.pipeline);
    const stored = await db.transaction((tx) => storeReport(tx, report, analysis, options.pipeline));
    return {
      path: raw.origin,
      id: stored.id,
      title: report.title,
      status: "ingested",
      entities: stored.entities,
      statements: stored.statements,
    };
  } catch (error) {
    if (isTesseraError(error)) return failedResult(raw.origin, error);
    // A unique violation here means a concurrent writer stored the same content first.
    if ((error as { code?: string }).code === "23505") {
      return failedResult(
        raw.origin,
        new TesseraError("TESSERA_INTERNAL", `${raw.origin}: stored concurrently by another writer`),
      );
    }
    return failedResult(
      raw.origin,
      new TesseraError("TESSERA_INTERNAL", `${raw.origin}: ${describeError(error)}`, { cause: error }),
    );
  }
}

/** Ingests files, folders (recursively) and `-` (stdin); every input gets a result, in order. */
export async function ingestPaths(
  db: Database,
  paths: readonly string[],
  options: IngestOptions,
): Promise<IngestResult[]> {
  const results: IngestResult[] = [];
  const finish = (result: IngestResult) => {
    results.push(result);
    options.onResult?.(result);
  };
  const inputs = [];
  for await (const item of collectInputs([...paths], {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    ...(options.stdin ? { stdin: options.stdin } : {}),
  })) {
    inputs.push(item);
  }
  let total = inputs.length;
  let done = 0;
  for (const item of inputs) {
    if ("error" in item) {
      finish(failedResult(item.origin, item.error));
      done++;
      options.onProgress?.({ done, total, current: item.origin });
      continue;
    }
    const outcomes = await readInput(item.origin, item.bytes);
    total += outcomes.length - 1;
    for (const outcome of outcomes) {
      const origin = outcome.ok ? outcome.report.origin : outcome.origin;
      finish(
        outcome.ok
          ? await ingestReport(db, outcome.report, options)
          : failedResult(outcome.origin, outcome.error),
      );
      done++;
      options.onProgress?.({ done, total, current: origin });
    }
  }
  return results;
}
