import { inputError, type TesseraError } from "../errors/errors.js";
import { ENTITY_TYPE_NAMES, type EntityType, isEntityType } from "../model/entity-types.js";
import { aliasKey } from "./curated-aliases.js";

/** One group of names read from an alias file: one entity, known first by `names[0]`. */
export interface AliasGroupInput {
  type: EntityType;
  /** Distinct names (by alias key), the one the group is known by first. */
  names: string[];
  note: string | null;
  /** The line the group starts on, for messages. */
  line: number;
}

export type AliasFileFormat = "csv" | "jsonl";

const CSV_HEADER = "type,name,alias[,note]";

/** The format a path's extension names, or undefined. */
export function aliasFileFormat(path: string): AliasFileFormat | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) return "jsonl";
  return undefined;
}

/**
 * Reads a user alias file, all or nothing: every line is checked before any group is returned, and
 * the first problem is thrown as TESSERA_BAD_ALIAS_FILE naming `origin:LINE`.
 *
 * - CSV (RFC 4180 quoting), header `type,name,alias[,note]`: each row says `alias` is a name of the
 *   entity known as `name`; rows with the same type and name form one group.
 * - JSON Lines: `{"type": "organization", "names": ["Ansar al-Sharia in Tunisia", "AST"], "note"?: "…"}`;
 *   lines with the same type and first name form one group.
 *
 * Names are compared by alias key (case, accents, punctuation aside), so "ISIS" and "Isis" are one.
 *
 * @example
 *   parseAliasFile("a.csv", "type,name,alias\norganization,Jund al-Khilafa,Soldiers of the Caliphate\n", "csv")
 *   // [{ type: "organization", names: ["Jund al-Khilafa", "Soldiers of the Caliphate"], note: null, line: 2 }]
 */
export function parseAliasFile(origin: string, text: string, format: AliasFileFormat): AliasGroupInput[] {
  const rows = format === "csv" ? csvRows(origin, text) : jsonlRows(origin, text);
  const groups = new Map<string, AliasGroupInput & { keys: Set<string> }>();
  for (const row of rows) {
    const id = `${row.type}\u241f${aliasKey(row.type, row.names[0]!)}`;
    let group = groups.get(id);
    if (!group) {
      group = { type: row.type, names: [], note: null, line: row.line, keys: new Set() };
      groups.set(id, group);
    }
    for (const name of row.names) {
      const key = aliasKey(row.type, name);
      if (group.keys.has(key)) continue;
      group.keys.add(key);
      group.names.push(name);
    }
    if (row.note && group.note === null) group.note = row.note;
    else if (row.note && group.note !== row.note) group.note = `${group.note}; ${row.note}`;
  }
  if (groups.size === 0) throw bad(origin, `no alias groups (${describeExpected(format)})`);
  for (const group of groups.values()) {
    if (group.names.length < 2) {
      throw bad(
        `${origin}:${group.line}`,
        `"${group.names[0]}" has no other name (its aliases are the same name once case, accents and punctuation are set aside)`,
      );
    }
  }
  return [...groups.values()].map(({ keys: _, ...group }) => group);
}

interface AliasRow {
  type: EntityType;
  names: string[];
  note: string | null;
  line: number;
}

function bad(where: string, problem: string): TesseraError {
  return inputError("TESSERA_BAD_ALIAS_FILE", where, problem);
}

function describeExpected(format: AliasFileFormat): string {
  return format === "csv"
    ? `expected the header "${CSV_HEADER}" and one row per alias`
    : 'expected one {"type", "names"} object per line';
}

function entityType(where: string, value: unknown): EntityType {
  if (typeof value !== "string" || value.trim() === "") {
    throw bad(where, `missing entity type (one of ${ENTITY_TYPE_NAMES.join(", ")})`);
  }
  const type = value.trim().toLowerCase();
  if (!isEntityType(type)) {
    throw bad(
      where,
      `unknown entity type "${value.trim()}" (expected one of ${ENTITY_TYPE_NAMES.join(", ")})`,
    );
  }
  return type;
}

function name(where: string, type: EntityType, value: unknown, what: string): string {
  if (typeof value !== "string") throw bad(where, `${what} must be a string, not ${JSON.stringify(value)}`);
  const trimmed = value.trim().replace(/\s+/g, " ");
  if (trimmed === "") throw bad(where, `empty ${what}`);
  if (aliasKey(type, trimmed) === "") throw bad(where, `${what} "${trimmed}" has no letters or digits`);
  return trimmed;
}

function csvRows(origin: string, text: string): AliasRow[] {
  const records = csvRecords(origin, text.replace(/^\uFEFF/, ""));
  const header = records.shift();
  if (!header) throw bad(origin, `empty alias file (${describeExpected("csv")})`);
  const columns = header.fields.map((f) => f.trim().toLowerCase());
  const expected = ["type", "name", "alias", "note"];
  if (columns.length < 3 || columns.length > 4 || columns.some((c, i) => c !== expected[i])) {
    throw bad(
      `${origin}:${header.line}`,
      `the header must be "type,name,alias" or "type,name,alias,note", not "${header.fields.join(",")}"`,
    );
  }
  return records.map(({ line, fields }) => {
    const where = `${origin}:${line}`;
    if (fields.length < 3 || fields.length > columns.length) {
      throw bad(where, `expected ${columns.length} fields (${columns.join(",")}), found ${fields.length}`);
    }
    const type = entityType(where, fields[0]);
    const note = fields[3]?.trim() ?? "";
    return {
      type,
      names: [name(where, type, fields[1], "name"), name(where, type, fields[2], "alias")],
      note: note === "" ? null : note,
      line,
    };
  });
}

/** RFC 4180 records with the line each starts on; blank lines skipped. */
function csvRecords(origin: string, text: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let start = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0]!.trim() !== "") records.push({ line: start, fields });
    fields = [];
    field = "";
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field.trim() === "") {
      // A quoted field: "" is a quote; commas and line breaks inside belong to the field.
      const opened = line;
      field = "";
      i++;
      for (;;) {
        if (i >= text.length) throw bad(`${origin}:${opened}`, "a quoted field is never closed");
        const q = text[i]!;
        if (q === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (q === '"') {
          i++;
          break;
        } else {
          if (q === "\n") line++;
          field += q;
          i++;
        }
      }
      while (text[i] === " " || text[i] === "\t") i++;
      if (i < text.length && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") {
        throw bad(`${origin}:${line}`, "unexpected text after a closing quote");
      }
      continue;
    }
    if (c === ",") {
      fields.push(field);
      field = "";
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      start = line;
    } else field += c;
    i++;
  }
  if (field !== "" || fields.length > 0) endRecord();
  return records;
}

function jsonlRows(origin: string, text: string): AliasRow[] {
  const rows: AliasRow[] = [];
  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((raw, index) => {
      if (raw.trim() === "") return;
      const line = index + 1;
      const where = `${origin}:${line}`;
      let record: unknown;
      try {
        record = JSON.parse(raw);
      } catch (error) {
        const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
        throw bad(where, `not valid JSON (${reason})`);
      }
      if (typeof record !== "object" || record === null || Array.isArray(record)) {
        throw bad(
          where,
          'a line must be a JSON object such as {"type": "organization", "names": ["A", "B"]}',
        );
      }
      const fields = record as Record<string, unknown>;
      const type = entityType(where, fields.type);
      const names = fields.names;
      if (!Array.isArray(names) || names.length < 2) {
        throw bad(where, '"names" must be a list of at least two names');
      }
      const note = fields.note;
      if (note !== undefined && note !== null && typeof note !== "string") {
        throw bad(where, '"note" must be a string');
      }
      rows.push({
        type,
        names: names.map((n, k) => name(where, type, n, `name (item ${k + 1} of "names")`)),
        note: typeof note === "string" && note.trim() !== "" ? note.trim() : null,
        line,
      });
    });
  return rows;
}
