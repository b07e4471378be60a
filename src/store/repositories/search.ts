import type { Queryable } from "../database.js";

export interface DocumentHit {
  id: string;
  title: string;
  published: string | null;
  source: string | null;
  rank: number;
  snippet: string;
}

/**
 * Full-text search over documents (PostgreSQL text search): web-search syntax ("quoted phrases",
 * or, -not), ranked by ts_rank_cd with titles weighted above body text, and a highlighted snippet.
 * Each document is matched with the text-search configuration of its own language.
 */
export async function searchDocuments(
  db: Queryable,
  text: string,
  options: { limit?: number; offset?: number } = {},
): Promise<DocumentHit[]> {
  return db.query<DocumentHit>(
    `with q as (
       select c.cfg, websearch_to_tsquery(c.cfg, $1) as query
       from (select distinct ts_config as cfg from documents) c
     )
     select d.id, d.title, d.published, s.name as source,
            ts_rank_cd(d.tsv, q.query, 32)::float8 as rank,
            ts_headline(d.ts_config, d.text, q.query,
              'StartSel=«, StopSel=», MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') as snippet
     from documents d
     join q on q.cfg = d.ts_config
     left join sources s on s.id = d.source_id
     where d.tsv @@ q.query
     order by rank desc, d.published desc nulls last, d.id
     limit $2 offset $3`,
    [text, options.limit ?? 20, options.offset ?? 0],
  );
}
