import { inputError, isTesseraError } from "../../errors/errors.js";
import type { RawMetadata, RawReport, ReadOutcome } from "../report.js";
import { readHtml } from "./html.js";
import { reasonOf } from "./reason.js";
import { decodeUtf8 } from "./text.js";

/** The metadata fields a batch line may carry, each a string when present. */
const META_FIELDS = ["title", "url", "published", "source", "reliability", "tlp", "language"] as const;

/**
 * Reads a JSON Lines batch (jsonlines.org): one report per line,
 * `{"text": "...", "title"?, "url"?, "published"?, "source"?, "reliability"?, "tlp"?, "language"?}`,
 * or `html` in place of `text` for a saved page, whose metadata the line's own fields override.
 * Every line gives its own outcome, named `batch.jsonl:LINE`, so one broken line costs only itself.
 * Blank lines are skipped; unknown fields are ignored; `null` counts as absent.
 *
 * @example
 *   readJsonl("batch.jsonl", bytes) // [{ ok: true, report: { origin: "batch.jsonl:1", … } }, { ok: false, … }]
 */
export function readJsonl(origin: string, bytes: Uint8Array): ReadOutcome[] {
  let content: string;
  try {
    content = decodeUtf8(origin, bytes);
  } catch (error) {
    if (isTesseraError(error)) return [{ ok: false, origin, error }];
    throw error;
  }
  const outcomes: ReadOutcome[] = [];
  content.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    const lineOrigin = `${origin}:${index + 1}`;
    try {
      outcomes.push({ ok: true, report: readRecord(lineOrigin, line) });
    } catch (error) {
      if (!isTesseraError(error)) throw error;
      outcomes.push({ ok: false, origin: lineOrigin, error });
    }
  });
  if (outcomes.length === 0) {
    const error = inputError("TESSERA_EMPTY_DOCUMENT", origin, "empty batch (no JSON Lines records)");
    return [{ ok: false, origin, error }];
  }
  return outcomes;
}

function readRecord(origin: string, line: string): RawReport {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    throw badRecord(origin, `not valid JSON (${reasonOf(error)})`);
  }
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    throw badRecord(origin, `a record must be a JSON object, not ${describe(record)}`);
  }
  const fields = record as Record<string, unknown>;
  const meta: RawMetadata = {};
  for (const field of META_FIELDS) {
    const value = fields[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== "string")
      throw badRecord(origin, `"${field}" must be a string, not ${describe(value)}`);
    const trimmed = value.trim();
    if (trimmed !== "") meta[field] = trimmed;
  }
  const text = stringField(origin, fields, "text");
  const html = stringField(origin, fields, "html");
  // A line with both keeps its text: the html would only be a second, less direct copy of it.
  if (text !== undefined) return { origin, format: "jsonl", text, meta };
  if (html !== undefined) {
    const page = readHtml(origin, html);
    return { origin, format: "jsonl", text: page.text, meta: { ...page.meta, ...meta } };
  }
  const missing = "text" in fields || "html" in fields ? "an empty text" : 'no "text" (or "html") field';
  throw badRecord(origin, `record has ${missing}`);
}

/** The field's value when it is a string with some non-space content. */
function stringField(origin: string, fields: Record<string, unknown>, name: string): string | undefined {
  const value = fields[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string")
    throw badRecord(origin, `"${name}" must be a string, not ${describe(value)}`);
  return value.trim() === "" ? undefined : value;
}

function badRecord(origin: string, problem: string) {
  return inputError("TESSERA_BAD_RECORD", origin, problem);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "a string";
  return `a ${typeof value}`;
}
