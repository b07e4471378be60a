import { notFound } from "../../errors/errors.js";
import type { DocumentRecord, Marking, Reliability, Sentence } from "../../model/index.js";
import type { Queryable } from "../database.js";

export interface NewDocument {
  id: string;
  sourceId: string | null;
  title: string;
  text: string;
  url: string | null;
  published: string | null;
  language: string;
  contentHash: string;
  marking: Marking;
  format: string;
  origin: string;
}

/** PostgreSQL text-search configurations for the languages reports come in; others use 'simple'. */
const TS_CONFIGS: Record<string, string> = {
  en: "english",
  fr: "french",
  ar: "arabic",
  es: "spanish",
  de: "german",
  it: "italian",
  ru: "russian",
};

export function textSearchConfig(language: string): string {
  return TS_CONFIGS[language.toLowerCase().slice(0, 2)] ?? "simple";
}

interface DocumentRow {
  id: string;
  title: string;
  text?: string;
  url: string | null;
  published: string | null;
  language: string;
  content_hash: string;
  marking: Marking;
  ingested_at: string;
  format: string;
  source_id: string | null;
  source_name: string | null;
  source_reliability: Reliability | null;
}

const SELECT_DOCUMENT = `
  select d.id, d.title, d.url, d.published, d.language, d.content_hash, d.marking, d.ingested_at, d.format,
         s.id as source_id, s.name as source_name, s.reliability as source_reliability`;

function toDocument(row: DocumentRow): DocumentRecord {
  return {
    id: row.id,
    title: row.title,
    text: row.text ?? "",
    url: row.url,
    published: row.published,
    language: row.language,
    source:
      row.source_id === null
        ? null
        : { id: row.source_id, name: row.source_name!, reliability: row.source_reliability! },
    contentHash: row.content_hash,
    marking: row.marking,
    ingestedAt: row.ingested_at,
    format: row.format,
  };
}

export async function findDocumentByHash(
  db: Queryable,
  contentHash: string,
): Promise<{ id: string } | undefined> {
  const rows = await db.query<{ id: string }>("select id from documents where content_hash = $1", [
    contentHash,
  ]);
  return rows[0];
}

export async function insertDocument(
  tx: Queryable,
  doc: NewDocument,
  sentences: readonly Sentence[],
): Promise<void> {
  await tx.query(
    `insert into documents (id, source_id, title, text, url, published, language, ts_config, content_hash, marking, format, origin)
     values ($1, $2, $3, $4, $5, $6, $7, $8::regconfig, $9, $10, $11, $12)`,
    [
      doc.id,
      doc.sourceId,
      doc.title,
      doc.text,
      doc.url,
      doc.published,
      doc.language,
      textSearchConfig(doc.language),
      doc.contentHash,
      doc.marking,
      doc.format,
      doc.origin,
    ],
  );
  if (sentences.length === 0) return;
  await tx.query(
    `insert into sentences (document_id, idx, start_offset, end_offset)
     select $1, s.i, s.s, s.e from jsonb_to_recordset($2::jsonb) as s(i int, s int, e int)`,
    [doc.id, JSON.stringify(sentences.map((s) => ({ i: s.index, s: s.start, e: s.end })))],
  );
}

export interface DocumentSummary extends Omit<DocumentRecord, "text"> {
  mentionCount: number;
  statementCount: number;
}

export async function listDocuments(
  db: Queryable,
  options: { limit?: number; offset?: number } = {},
): Promise<DocumentSummary[]> {
  const rows = await db.query<DocumentRow & { mention_count: number; statement_count: number }>(
    `${SELECT_DOCUMENT},
       (select count(*) from mentions m where m.document_id = d.id)::int as mention_count,
       (select count(distinct e.statement_id) from evidence e where e.document_id = d.id)::int as statement_count
     from documents d left join sources s on s.id = d.source_id
     order by d.published nulls last, d.ingested_at, d.id
     limit $1 offset $2`,
    [options.limit ?? 1000, options.offset ?? 0],
  );
  return rows.map((row) => {
    const { text: _text, ...doc } = toDocument(row);
    return { ...doc, mentionCount: row.mention_count, statementCount: row.statement_count };
  });
}

export async function findDocument(db: Queryable, id: string): Promise<DocumentRecord | undefined> {
  const rows = await db.query<DocumentRow>(
    `${SELECT_DOCUMENT}, d.text from documents d left join sources s on s.id = d.source_id where d.id = $1`,
    [id],
  );
  return rows[0] && toDocument(rows[0]);
}

export async function getDocument(db: Queryable, id: string): Promise<DocumentRecord> {
  const doc = await findDocument(db, id);
  if (!doc) throw notFound("document", id);
  return doc;
}

export async function documentSentences(db: Queryable, id: string): Promise<Sentence[]> {
  return db.query<Sentence>(
    `select idx as index, start_offset as start, end_offset as "end" from sentences where document_id = $1 order by idx`,
    [id],
  );
}
