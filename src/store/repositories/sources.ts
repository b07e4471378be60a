import type { Reliability, Source } from "../../model/index.js";
import type { Queryable } from "../database.js";
import { stableId } from "../ids.js";

interface SourceRow {
  id: string;
  name: string;
  reliability: Reliability;
}

/**
 * Finds or creates a source by name. A grade given explicitly is recorded (an analyst re-grading an
 * outlet); without one an existing source keeps its grade and a new one is F, "cannot be judged".
 */
export async function upsertSource(tx: Queryable, name: string, reliability?: Reliability): Promise<Source> {
  const id = stableId("src", name.trim().toLowerCase());
  const rows = await tx.query<SourceRow>(
    `insert into sources (id, name, reliability) values ($1, $2, coalesce($3, 'F'))
     on conflict (name) do update set reliability = coalesce($3, sources.reliability)
     returning id, name, reliability`,
    [id, name.trim(), reliability ?? null],
  );
  return rows[0]!;
}

export async function listSources(db: Queryable): Promise<(Source & { documentCount: number })[]> {
  return db.query(
    `select s.id, s.name, s.reliability, count(d.id)::int as "documentCount"
     from sources s left join documents d on d.source_id = s.id
     group by s.id order by s.name`,
  );
}
