/**
 * The one registry of Tessera's typed errors. Every error a user can see carries a stable code from
 * this table; the CLI and the HTTP API map codes to exit statuses and HTTP statuses at the edge only.
 * docs/errors.md lists the same codes, and a test keeps the two in step.
 */
export const ERROR_CODES = {
  TESSERA_INVALID_INPUT: { exit: 2, http: 400, summary: "An argument or option has an invalid value." },
  TESSERA_UNREADABLE: {
    exit: 3,
    http: 400,
    summary: "A path cannot be read (missing, a directory where a file was expected, no permission).",
  },
  TESSERA_UNSUPPORTED_FORMAT: { exit: 3, http: 415, summary: "A file is of a type Tessera cannot read." },
  TESSERA_CORRUPT_FILE: {
    exit: 3,
    http: 400,
    summary: "A PDF, DOCX or HTML file is damaged and yields no text.",
  },
  TESSERA_NOT_UTF8: { exit: 3, http: 400, summary: "A text file is not valid UTF-8." },
  TESSERA_EMPTY_DOCUMENT: { exit: 3, http: 400, summary: "A document has no text once extracted." },
  TESSERA_TOO_LARGE: { exit: 3, http: 413, summary: "A file is larger than the ingestion limit." },
  TESSERA_BAD_RECORD: {
    exit: 3,
    http: 400,
    summary: "A JSON Lines record is not valid JSON or lacks a text.",
  },
  TESSERA_BAD_ALIAS_FILE: {
    exit: 3,
    http: 400,
    summary:
      "An alias file has a malformed line, an unknown entity type or an empty name; nothing was imported.",
  },
  TESSERA_NOT_FOUND: { exit: 4, http: 404, summary: "An entity, document or statement does not exist." },
  TESSERA_AMBIGUOUS: { exit: 4, http: 409, summary: "A name matches more than one entity; use an id." },
  TESSERA_STORE_LOCKED: { exit: 5, http: 423, summary: "An embedded store is open in another process." },
  TESSERA_STORE_TOO_NEW: {
    exit: 5,
    http: 500,
    summary: "A store was written by a newer Tessera than this one.",
  },
  TESSERA_STORE_UNAVAILABLE: { exit: 5, http: 503, summary: "The store cannot be opened or reached." },
  TESSERA_INTERNAL: { exit: 1, http: 500, summary: "An unexpected failure inside Tessera." },
} as const satisfies Record<string, { exit: number; http: number; summary: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** An error a user is meant to read: one sentence naming the input and what is wrong with it. */
export class TesseraError extends Error {
  readonly code: ErrorCode;
  readonly input: string | undefined;

  constructor(code: ErrorCode, message: string, options: { input?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "TesseraError";
    this.code = code;
    this.input = options.input;
  }

  get exitCode(): number {
    return ERROR_CODES[this.code].exit;
  }

  get httpStatus(): number {
    return ERROR_CODES[this.code].http;
  }
}

/** Builds an error whose message starts with the input it is about: `report.pdf: not a readable PDF`. */
export function inputError(code: ErrorCode, input: string, problem: string, cause?: unknown): TesseraError {
  return new TesseraError(code, `${input}: ${problem}`, { input, cause });
}

export function notFound(what: string, key: string): TesseraError {
  return new TesseraError("TESSERA_NOT_FOUND", `${what} not found: ${key}`, { input: key });
}

export function isTesseraError(error: unknown): error is TesseraError {
  return error instanceof TesseraError;
}

/** One line for a user, whatever was thrown. */
export function describeError(error: unknown): string {
  if (error instanceof TesseraError) return error.message;
  if (error instanceof Error) return error.message.split("\n")[0] ?? String(error);
  return String(error);
}
