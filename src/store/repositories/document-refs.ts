import type { Reliability } from "../../model/index.js";
import type { Queryable } from "../database.js";

/** What a piece of evidence needs to say where it comes from: the report, its date, source and grade. */
export interface DocumentRef {
  id: string;
  title: string;
  published: string | null;
  source: { id: string; name: string; reliability: Reliability } | null;
}

/** The documents with these ids (unknown ids are left out). */
export async function documentRefs(db: Queryable, ids: readonly string[]): Promise<DocumentRef[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<{
    id: string;
    title: string;
    published: string | null;
    source_id: string | null;
    source_name: string | null;
    reliability: Reliability | null;
  }>(
    `select d.id, d.title, d.published, s.id as source_id, s.name as source_name, s.reliability
     from documents d left join sources s on s.id = d.source_id
     where d.id in (select jsonb_array_elements_text($1::jsonb))
     order by d.published nulls last, d.id`,
    [JSON.stringify([...new Set(ids)])],
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    published: r.published,
    source:
      r.source_id === null ? null : { id: r.source_id, name: r.source_name!, reliability: r.reliability! },
  }));
}
