import type {
  Bound,
  Credibility,
  EntityRef,
  Evidence,
  Marking,
  Predicate,
  Statement,
  TimeInterval,
} from "../../model/index.js";
import { leastRestrictive, PREDICATES } from "../../model/index.js";
import type { Queryable } from "../database.js";
import { sha256, stableId } from "../ids.js";

export interface NewStatement {
  subjectId: string;
  predicate: Predicate;
  objectId?: string | null;
  value?: number | string | null;
  bound?: Bound;
  role?: string | null;
  time?: TimeInterval | null;
}

export type NewEvidence =
  | {
      documentId: string;
      sentence: number;
      start: number;
      end: number;
      quote: string;
      credibility: Credibility;
      marking: Marking;
    }
  | { analyst: string; quote: string; credibility: Credibility; marking: Marking };

/**
 * What makes two statements the same claim: subject, predicate, object or value, bound, role and
 * time. The same claim seen in a second report gains evidence instead of a copy.
 */
export function statementFingerprint(s: NewStatement): string {
  const value = s.objectId ? `entity:${s.objectId}` : `${typeof s.value}:${String(s.value)}`;
  const time = s.time ? `${s.time.from}/${s.time.to}/${s.time.precision}` : "";
  return sha256([s.subjectId, s.predicate, value, s.bound ?? "exact", s.role ?? "", time].join("\u241f"));
}

/** Records a statement (or finds its twin) and adds one piece of evidence; returns the statement id. */
export async function recordStatement(
  tx: Queryable,
  statement: NewStatement,
  evidence: NewEvidence,
): Promise<string> {
  const fingerprint = statementFingerprint(statement);
  const id = stableId("stm", fingerprint);
  const spec = PREDICATES[statement.predicate];
  const isNumber = typeof statement.value === "number";
  await tx.query(
    `insert into statements (id, fingerprint, subject_id, predicate, object_id, value_number, value_text, unit, bound, role,
                             time_from, time_to, time_precision)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     on conflict (fingerprint) do nothing`,
    [
      id,
      fingerprint,
      statement.subjectId,
      statement.predicate,
      statement.objectId ?? null,
      isNumber ? statement.value : null,
      !isNumber && statement.value != null ? String(statement.value) : null,
      spec.object.kind === "number" ? spec.object.unit : null,
      statement.bound ?? "exact",
      statement.role ?? null,
      statement.time?.from ?? null,
      statement.time?.to ?? null,
      statement.time?.precision ?? null,
    ],
  );
  if ("analyst" in evidence) {
    await tx.query(
      `insert into evidence (statement_id, quote, credibility, marking, analyst) values ($1, $2, $3, $4, $5)`,
      [id, evidence.quote, evidence.credibility, evidence.marking, evidence.analyst],
    );
  } else {
    await tx.query(
      `insert into evidence (statement_id, document_id, sentence_idx, start_offset, end_offset, quote, credibility, marking)
       values ($1, $2, $3, $4, $5, $6, $7, $8)
       on conflict (statement_id, document_id, start_offset, end_offset) do nothing`,
      [
        id,
        evidence.documentId,
        evidence.sentence,
        evidence.start,
        evidence.end,
        evidence.quote,
        evidence.credibility,
        evidence.marking,
      ],
    );
  }
  return id;
}

export interface DocumentStatement {
  statement: NewStatement;
  evidence: Extract<NewEvidence, { documentId: string }>;
}

/**
 * Records a document's statements in two round trips, whatever their number: one insert of the
 * statements (twins found by fingerprint are kept as they are) and one of their evidence. Same
 * semantics as calling `recordStatement` for each; returns the statement ids in order.
 */
export async function recordStatements(
  tx: Queryable,
  items: readonly DocumentStatement[],
): Promise<string[]> {
  if (items.length === 0) return [];
  const rows = items.map(({ statement: s, evidence: e }) => {
    const fingerprint = statementFingerprint(s);
    const spec = PREDICATES[s.predicate];
    const isNumber = typeof s.value === "number";
    return {
      id: stableId("stm", fingerprint),
      fp: fingerprint,
      subject: s.subjectId,
      predicate: s.predicate,
      object: s.objectId ?? null,
      num: isNumber ? s.value : null,
      txt: !isNumber && s.value != null ? String(s.value) : null,
      unit: spec.object.kind === "number" ? spec.object.unit : null,
      bound: s.bound ?? "exact",
      role: s.role ?? null,
      tfrom: s.time?.from ?? null,
      tto: s.time?.to ?? null,
      tprec: s.time?.precision ?? null,
      doc: e.documentId,
      sentence: e.sentence,
      start: e.start,
      end: e.end,
      quote: e.quote,
      cred: e.credibility,
      marking: e.marking,
    };
  });
  const json = JSON.stringify(rows);
  await tx.query(
    `insert into statements (id, fingerprint, subject_id, predicate, object_id, value_number, value_text, unit, bound, role,
                             time_from, time_to, time_precision)
     select distinct on (r.fp) r.id, r.fp, r.subject, r.predicate, r.object, r.num, r.txt, r.unit, r.bound, r.role,
            r.tfrom, r.tto, r.tprec
     from jsonb_to_recordset($1::jsonb) as r(id text, fp text, subject text, predicate text, object text, num float8,
          txt text, unit text, bound text, role text, tfrom date, tto date, tprec text)
     on conflict (fingerprint) do nothing`,
    [json],
  );
  await tx.query(
    `insert into evidence (statement_id, document_id, sentence_idx, start_offset, end_offset, quote, credibility, marking)
     select distinct on (r.id, r.start, r."end") r.id, r.doc, r.sentence, r.start, r."end", r.quote, r.cred, r.marking
     from jsonb_to_recordset($1::jsonb) as r(id text, doc text, sentence int, start int, "end" int, quote text, cred int,
          marking text)
     order by r.id, r.start, r."end", r.cred
     on conflict (statement_id, document_id, start_offset, end_offset) do nothing`,
    [json],
  );
  return rows.map((r) => r.id);
}

interface StatementRow {
  id: string;
  predicate: Predicate;
  subject_id: string;
  subject_name: string;
  subject_type: EntityRef["type"];
  object_id: string | null;
  object_name: string | null;
  object_type: EntityRef["type"] | null;
  value_number: number | null;
  value_text: string | null;
  unit: string | null;
  bound: Bound;
  role: string | null;
  time_from: string | null;
  time_to: string | null;
  time_precision: TimeInterval["precision"] | null;
}

interface EvidenceRow {
  statement_id: string;
  document_id: string | null;
  sentence_idx: number | null;
  start_offset: number | null;
  end_offset: number | null;
  quote: string;
  credibility: Credibility;
  marking: Marking;
  analyst: string | null;
  created_at: string;
}

export interface StatementFilter {
  entityId?: string;
  predicate?: Predicate;
  documentId?: string;
  limit?: number;
  offset?: number;
}

/**
 * Statements with their evidence, in the JSON shape the CLI and API promise. Subjects and objects
 * read through merges (issue 4): a statement recorded under two entities that were later merged is
 * one claim, shown once with the evidence of both; after a split it is two again.
 */
export async function listStatements(db: Queryable, filter: StatementFilter = {}): Promise<Statement[]> {
  const rows = await db.query<StatementRow & { ids: string[] }>(
    `with base as (
       select s.*, su.id as subject_root, su.name as subject_name, su.type as subject_type,
              ob.id as object_root, ob.name as object_name, ob.type as object_type
       from statements s
       join entities s0 on s0.id = s.subject_id join entities su on su.id = s0.canonical_id
       left join entities o0 on o0.id = s.object_id left join entities ob on ob.id = o0.canonical_id
       where ($1::text is null or su.id = (select canonical_id from entities where id = $1)
              or ob.id = (select canonical_id from entities where id = $1))
         and ($2::text is null or s.predicate = $2)
     ), grouped as (
       select b.*,
         jsonb_agg(b.id) over w as ids,
         row_number() over (w order by (b.subject_id = b.subject_root) desc, b.id) as r
       from base b
       window w as (partition by b.subject_root, b.predicate, b.object_root, b.value_number, b.value_text, b.bound,
                    b.role, b.time_from, b.time_to, b.time_precision)
     )
     select g.id, g.predicate, g.subject_root as subject_id, g.subject_name, g.subject_type,
            g.object_root as object_id, g.object_name, g.object_type,
            g.value_number, g.value_text, g.unit, g.bound, g.role, g.time_from, g.time_to, g.time_precision, g.ids
     from grouped g
     where g.r = 1
       and ($3::text is null or exists (select 1 from evidence e
             where e.statement_id in (select jsonb_array_elements_text(g.ids)) and e.document_id = $3))
     order by g.subject_name, g.predicate, g.time_from nulls last, g.id
     limit $4 offset $5`,
    [
      filter.entityId ?? null,
      filter.predicate ?? null,
      filter.documentId ?? null,
      filter.limit ?? 1000,
      filter.offset ?? 0,
    ],
  );
  if (rows.length === 0) return [];
  const groupOf = new Map<string, string>();
  for (const r of rows) for (const id of r.ids) groupOf.set(id, r.id);
  const evidence = await db.query<EvidenceRow>(
    `select e.statement_id, e.document_id, e.sentence_idx, e.start_offset, e.end_offset, e.quote, e.credibility, e.marking,
            e.analyst, e.created_at
     from evidence e left join documents d on d.id = e.document_id
     where e.statement_id in (select jsonb_array_elements_text($1::jsonb))
     order by d.published nulls last, e.id`,
    [JSON.stringify([...groupOf.keys()])],
  );
  const byStatement = new Map<string, EvidenceRow[]>();
  const seen = new Set<string>();
  for (const e of evidence) {
    const id = groupOf.get(e.statement_id)!;
    // The same sentence can back two statements that a merge made one; it counts once.
    const key = `${id}\u241f${e.document_id}\u241f${e.start_offset}\u241f${e.end_offset}\u241f${e.analyst}\u241f${e.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = byStatement.get(id) ?? [];
    list.push(e);
    byStatement.set(id, list);
  }
  return rows.map((row) => toStatement(row, byStatement.get(row.id) ?? []));
}

/** A statement's own columns, whichever query read them. */
export interface StatementBase {
  id: string;
  subject: Statement["subject"];
  predicate: Statement["predicate"];
  object: Statement["object"];
  value_number: number | null;
  value_text: string | null;
  unit: string | null;
  bound: NonNullable<Statement["bound"]> | "exact";
  role: string | null;
  time_from: string | null;
  time_to: string | null;
  time_precision: NonNullable<Statement["time"]>["precision"] | null;
}

/** One piece of evidence as a query read it, with the marking of its document. */
export type EvidenceItem = Omit<Evidence, "analyst"> & {
  marking: Marking;
  analyst: string | null;
  at: string;
};

/**
 * The `Statement` shape from a statement's columns and its evidence, the one place it is built:
 * the best-supported reading (the highest credibility any evidence gives it), known at the least
 * restrictive marking any of its evidence allows.
 */
export function assembleStatement(base: StatementBase, evidence: readonly EvidenceItem[]): Statement {
  const statement: Statement = {
    id: base.id,
    subject: base.subject,
    predicate: base.predicate,
    object: base.object,
    value: base.value_number ?? base.value_text,
    time: base.time_from
      ? { from: base.time_from, to: base.time_to!, precision: base.time_precision! }
      : null,
    credibility: Math.min(6, ...evidence.map((e) => e.credibility ?? 6)) as Credibility,
    marking: leastRestrictive(evidence.map((e) => e.marking)),
    evidence: evidence.map(
      (e): Evidence => ({
        documentId: e.documentId,
        sentence: e.sentence,
        start: e.start,
        end: e.end,
        quote: e.quote,
        credibility: e.credibility,
        analyst: e.analyst ? { name: e.analyst, at: e.at } : null,
      }),
    ),
  };
  if (base.unit) statement.unit = base.unit;
  if (base.bound !== "exact") statement.bound = base.bound;
  if (base.role) statement.role = base.role;
  return statement;
}

function toStatement(row: StatementRow, evidence: EvidenceRow[]): Statement {
  return assembleStatement(
    {
      ...row,
      subject: { id: row.subject_id, name: row.subject_name, type: row.subject_type },
      object: row.object_id ? { id: row.object_id, name: row.object_name!, type: row.object_type! } : null,
    },
    evidence.map((e) => ({
      documentId: e.document_id,
      sentence: e.sentence_idx,
      start: e.start_offset,
      end: e.end_offset,
      quote: e.quote,
      credibility: e.credibility,
      marking: e.marking,
      analyst: e.analyst,
      at: e.created_at,
    })),
  );
}

export async function countStatements(db: Queryable): Promise<{ statements: number; evidence: number }> {
  const rows = await db.query<{ statements: number; evidence: number }>(
    "select (select count(*) from statements)::int as statements, (select count(*) from evidence)::int as evidence",
  );
  return rows[0]!;
}
