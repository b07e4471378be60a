import type { EntityType } from "../../model/index.js";
import type { Queryable } from "../database.js";

/** A mention as the reader shows it: a span of the document, the entity it names and that entity's type. */
export interface DocumentMention {
  start: number;
  end: number;
  sentence: number;
  text: string;
  label: string;
  entity: { id: string; name: string; type: EntityType };
}

/** Every mention in a document, in reading order. */
export async function documentMentions(db: Queryable, documentId: string): Promise<DocumentMention[]> {
  const rows = await db.query<{
    start: number;
    end: number;
    sentence: number;
    text: string;
    label: string;
    entity_id: string;
    entity_name: string;
    entity_type: EntityType;
  }>(
    `select m.start_offset as start, m.end_offset as "end", m.sentence_idx as sentence, m.text, m.label,
            e.id as entity_id, e.name as entity_name, e.type as entity_type
     from mentions m join entities e on e.id = m.entity_id
     where m.document_id = $1 order by m.start_offset, m.end_offset`,
    [documentId],
  );
  return rows.map((r) => ({
    start: r.start,
    end: r.end,
    sentence: r.sentence,
    text: r.text,
    label: r.label,
    entity: { id: r.entity_id, name: r.entity_name, type: r.entity_type },
  }));
}
