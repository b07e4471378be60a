import type { Extraction, Extractor } from "../extract/extraction.js";
import type { Sentence } from "../model/index.js";
import type { EntityResolver } from "../resolve/entity-resolver.js";
import type { PreparedReport } from "./prepare-report.js";

/**
 * The ingestion pipeline: normalise → split sentences → extract → resolve → store. Normalising
 * happens in `prepareReport`; the pure stages are swappable here, the resolver and the store run
 * inside the document's transaction.
 */
export interface Pipeline {
  splitSentences(text: string): Sentence[];
  extractor: Extractor;
  resolver: EntityResolver;
}

export interface Analysis {
  sentences: Sentence[];
  extraction: Extraction;
}

/** The pure part of the pipeline: a prepared report in, sentences and extracted facts out. */
export function analyseReport(report: PreparedReport, pipeline: Pipeline): Analysis {
  const sentences = pipeline.splitSentences(report.text);
  const extraction = pipeline.extractor.extract({
    text: report.text,
    sentences,
    published: report.published,
    language: report.language,
  });
  return { sentences, extraction };
}
