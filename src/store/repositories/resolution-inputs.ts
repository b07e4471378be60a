import type { EntityType } from "../../model/index.js";
import type { Queryable } from "../database.js";

/** What a resolution pass reads from the store, as plain rows. */
export interface ResolutionInputs {
  entities: { id: string; type: EntityType; name: string }[];
  names: { id: string; name: string }[];
  /** Mentions per canonical entity and document, with the document's year. */
  sightings: { id: string; document: string; n: number; year: number | null }[];
  roles: { id: string; role: string }[];
  /** Mentions with their document, in order, for "X, also known as Y" and "X (Y)". */
  mentionSpans: {
    document: string;
    id: string;
    start: number;
    end: number;
    sentence: number;
    nominal: boolean;
  }[];
}

const TYPES = ["person", "organization", "location", "facility"];

/** Reads everything a pass needs in a handful of queries, through merges (canonical ids). */
export async function loadResolutionInputs(db: Queryable): Promise<ResolutionInputs> {
  const entities = await db.query<ResolutionInputs["entities"][number]>(
    `select id, type, name from entities where canonical_id = id and type in (select jsonb_array_elements_text($1::jsonb))
     order by created_at, id`,
    [JSON.stringify(TYPES)],
  );
  const names = await db.query<{ id: string; name: string }>(
    `select g.canonical_id as id, a.name from aliases a join entities g on g.id = a.entity_id
     union select canonical_id, name from entities`,
  );
  const sightings = await db.query<ResolutionInputs["sightings"][number]>(
    `select g.canonical_id as id, m.document_id as document, count(*)::int as n,
            extract(year from d.published)::int as year
     from mentions m join entities g on g.id = m.entity_id join documents d on d.id = m.document_id
     group by g.canonical_id, m.document_id, d.published`,
  );
  const roles = await db.query<{ id: string; role: string }>(
    `select distinct g.canonical_id as id, lower(coalesce(s.role, s.value_text)) as role
     from statements s join entities g on g.id = s.subject_id
     where s.role is not null or s.predicate = 'holds_position'`,
  );
  const mentionSpans = await db.query<ResolutionInputs["mentionSpans"][number]>(
    `select m.document_id as document, g.canonical_id as id, m.start_offset as start, m.end_offset as "end",
            m.sentence_idx as sentence, m.label = 'NOMINAL' as nominal
     from mentions m join entities g on g.id = m.entity_id order by m.document_id, m.start_offset`,
  );
  return { entities, names, sightings, roles: roles.filter((r) => r.role), mentionSpans };
}

/** The texts of the documents given, for the alias patterns. */
export async function documentTexts(db: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<{ id: string; text: string }>(
    "select id, text from documents where id in (select jsonb_array_elements_text($1::jsonb))",
    [JSON.stringify(ids)],
  );
  return new Map(rows.map((r) => [r.id, r.text]));
}
