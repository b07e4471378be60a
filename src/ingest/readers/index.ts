import { inputError, isTesseraError } from "../../errors/errors.js";
import type { ReadOutcome, ReportFormat } from "../report.js";
import { detectFormat } from "./detect.js";
import { readDocx } from "./docx.js";
import type { ExtractedDocument } from "./extracted-document.js";
import { readHtml } from "./html.js";
import { readJsonl } from "./jsonl.js";
import { readPdf } from "./pdf.js";
import { reasonOf } from "./reason.js";
import { readText } from "./text.js";

export type { CollectedInput, CollectOptions } from "./inputs.js";
export { collectInputs, DEFAULT_MAX_BYTES } from "./inputs.js";

type DocumentReader = (origin: string, bytes: Uint8Array) => ExtractedDocument | Promise<ExtractedDocument>;

const READERS: Record<Exclude<ReportFormat, "jsonl">, DocumentReader> = {
  text: readText,
  html: readHtml,
  pdf: readPdf,
  docx: readDocx,
};

/** Formats whose parsers can fail on damaged input in ways no reader anticipates. */
const CONTAINER_NAMES: Partial<Record<ReportFormat, string>> = { pdf: "PDF", docx: "DOCX" };

/**
 * Reads one input into reports: detects its format, runs the matching reader and names every
 * failure after the input, so bad input never throws. A document gives one outcome, a JSON Lines
 * batch one per record.
 *
 * @example
 *   const outcomes = await readInput("reports/bardo.html", bytes);
 *   for (const outcome of outcomes) if (!outcome.ok) console.error(outcome.error.message);
 */
export async function readInput(origin: string, bytes: Uint8Array): Promise<ReadOutcome[]> {
  if (bytes.length === 0) {
    return [
      { ok: false, origin, error: inputError("TESSERA_EMPTY_DOCUMENT", origin, "empty file (0 bytes)") },
    ];
  }
  let format: ReportFormat | undefined;
  try {
    format = detectFormat(origin, bytes);
    if (format === "jsonl") return readJsonl(origin, bytes);
    const { text, meta } = await READERS[format](origin, bytes);
    return [{ ok: true, report: { origin, format, text, meta } }];
  } catch (error) {
    if (isTesseraError(error)) return [{ ok: false, origin, error }];
    const container = format === undefined ? undefined : CONTAINER_NAMES[format];
    const failure =
      container !== undefined
        ? inputError(
            "TESSERA_CORRUPT_FILE",
            origin,
            `not a readable ${container} (${reasonOf(error)})`,
            error,
          )
        : inputError(
            "TESSERA_INTERNAL",
            origin,
            `unexpected failure while reading (${reasonOf(error)})`,
            error,
          );
    return [{ ok: false, origin, error: failure }];
  }
}
