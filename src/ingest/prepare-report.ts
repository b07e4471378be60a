import { basename } from "node:path";
import { inputError } from "../errors/errors.js";
import {
  DEFAULT_MARKING,
  type Marking,
  parseMarking,
  parseReliability,
  type Reliability,
} from "../model/index.js";
import { sha256 } from "../store/ids.js";
import { normaliseText } from "./normalise.js";
import type { RawMetadata, RawReport, ReportFormat } from "./report.js";

/** A report ready for analysis: text normalised, metadata validated. */
export interface PreparedReport {
  origin: string;
  format: ReportFormat;
  text: string;
  title: string;
  url: string | null;
  published: string | null;
  language: string;
  source: string | null;
  reliability: Reliability | undefined;
  marking: Marking;
  contentHash: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Reads a publication date: ISO dates and timestamps (the date as written), or an RFC 2822 date. */
export function parseDate(text: string): string | undefined {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const [, y, m, d] = iso;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    const ok =
      date.getUTCFullYear() === Number(y) &&
      date.getUTCMonth() === Number(m) - 1 &&
      date.getUTCDate() === Number(d);
    return ok ? `${y}-${m}-${d}` : undefined;
  }
  if (!/[a-z]/i.test(trimmed) || !/\d{4}/.test(trimmed)) return undefined;
  const parsed = Date.parse(trimmed);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString().slice(0, 10);
}

/** Checks user-given metadata; the first problem found is thrown, naming `input`. */
export function validateMetadata(input: string, meta: RawMetadata): void {
  if (meta.published !== undefined && parseDate(meta.published) === undefined) {
    throw inputError(
      "TESSERA_INVALID_INPUT",
      input,
      `published date "${meta.published}" is not a date (expected YYYY-MM-DD)`,
    );
  }
  if (meta.reliability !== undefined && parseReliability(meta.reliability) === undefined) {
    throw inputError(
      "TESSERA_INVALID_INPUT",
      input,
      `reliability "${meta.reliability}" is not a grade A to F`,
    );
  }
  if (meta.tlp !== undefined && parseMarking(meta.tlp) === undefined) {
    throw inputError(
      "TESSERA_INVALID_INPUT",
      input,
      `TLP marking "${meta.tlp}" is not one of clear, green, amber, amber+strict, red`,
    );
  }
  if (meta.url !== undefined && meta.url !== "" && !URL.canParse(meta.url)) {
    throw inputError("TESSERA_INVALID_INPUT", input, `URL "${meta.url}" is not an absolute URL`);
  }
}

function defined(meta: RawMetadata): RawMetadata {
  return Object.fromEntries(
    Object.entries(meta).filter(([, v]) => typeof v === "string" && v.trim() !== ""),
  ) as RawMetadata;
}

/** Drops metadata a file suggested but that does not parse: a page's odd date is no reason to refuse it. */
function usableHints(meta: RawMetadata): RawMetadata {
  const out = { ...meta };
  if (out.published !== undefined && parseDate(out.published) === undefined) delete out.published;
  if (out.reliability !== undefined && parseReliability(out.reliability) === undefined)
    delete out.reliability;
  if (out.tlp !== undefined && parseMarking(out.tlp) === undefined) delete out.tlp;
  if (out.url !== undefined && !URL.canParse(out.url)) delete out.url;
  return out;
}

function titleFrom(text: string, origin: string): string {
  const firstLine = text.split("\n", 1)[0] ?? "";
  if (firstLine.length > 0 && firstLine.length <= 160) return firstLine;
  const name = basename(origin);
  return name && name !== "-" ? name : `${firstLine.slice(0, 120)}…`;
}

/**
 * Merges metadata and validates it. The user's options win over what a file says; a JSON Lines
 * record's own fields are the user's words for that report, and the options fill what it lacks.
 * Metadata read from HTML, PDF or DOCX is a hint: used when it parses, ignored when it does not.
 */
export function prepareReport(raw: RawReport, options: RawMetadata = {}): PreparedReport {
  const given = defined(options);
  const found = defined(raw.meta);
  let meta: RawMetadata;
  if (raw.format === "jsonl" || raw.format === "text") {
    validateMetadata(raw.origin, found);
    meta = { ...given, ...found };
  } else {
    meta = { ...usableHints(found), ...given };
  }
  validateMetadata(raw.origin, meta);
  const text = normaliseText(raw.text);
  if (text.length === 0) throw inputError("TESSERA_EMPTY_DOCUMENT", raw.origin, "the document has no text");
  return {
    origin: raw.origin,
    format: raw.format,
    text,
    title: normaliseText(meta.title ?? "") || titleFrom(text, raw.origin),
    url: meta.url ?? null,
    published: meta.published ? parseDate(meta.published)! : null,
    language: (meta.language ?? "en").toLowerCase().split(/[-_]/)[0] || "en",
    source: meta.source?.trim() || null,
    reliability: meta.reliability ? parseReliability(meta.reliability) : undefined,
    marking: meta.tlp ? parseMarking(meta.tlp)! : DEFAULT_MARKING,
    contentHash: sha256(text),
  };
}
