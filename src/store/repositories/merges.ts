import type { EntityRef } from "../../model/index.js";
import type { Queryable } from "../database.js";
import { newId } from "../ids.js";

/** One merge as the log keeps it: who or what made it, why, and whether it was undone. */
export interface MergeRecord {
  id: string;
  keep: EntityRef;
  merged: EntityRef;
  by: string;
  reason: string;
  score: number | null;
  features: Record<string, number>;
  at: string;
  undoneAt: string | null;
}

interface MergeRow {
  id: string;
  keep_id: string;
  keep_name: string;
  keep_type: EntityRef["type"];
  merged_id: string;
  merged_name: string;
  merged_type: EntityRef["type"];
  made_by: string;
  reason: string;
  score: number | null;
  features: Record<string, number>;
  made_at: string;
  undone_at: string | null;
}

const SELECT = `
  select g.id, g.keep_id, k.name as keep_name, k.type as keep_type, g.merged_id, m.name as merged_name,
         m.type as merged_type, g.made_by, g.reason, g.score, g.features, g.made_at, g.undone_at
  from merges g join entities k on k.id = g.keep_id join entities m on m.id = g.merged_id`;

function toRecord(r: MergeRow): MergeRecord {
  return {
    id: r.id,
    keep: { id: r.keep_id, name: r.keep_name, type: r.keep_type },
    merged: { id: r.merged_id, name: r.merged_name, type: r.merged_type },
    by: r.made_by,
    reason: r.reason,
    score: r.score,
    features: r.features ?? {},
    at: r.made_at,
    undoneAt: r.undone_at,
  };
}

/** The canonical entity (root of its merge tree) of an entity, or undefined if there is no such entity. */
export async function findCanonicalId(db: Queryable, id: string): Promise<string | undefined> {
  const rows = await db.query<{ canonical_id: string }>("select canonical_id from entities where id = $1", [
    id,
  ]);
  return rows[0]?.canonical_id;
}

/** Every entity merged into (or being) this canonical entity. */
export async function groupMembers(db: Queryable, canonicalId: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>("select id from entities where canonical_id = $1 order by id", [
    canonicalId,
  ]);
  return rows.map((r) => r.id);
}

/**
 * Points one canonical entity at another and logs it. Soft: no row moves, so undoing is clearing
 * the pointer. Call inside a transaction.
 */
export async function recordMerge(
  tx: Queryable,
  merge: {
    keepId: string;
    mergedId: string;
    by: string;
    reason: string;
    score: number | null;
    features: Record<string, number>;
  },
): Promise<MergeRecord> {
  const id = newId("mrg");
  await tx.query("update entities set merged_into = $1 where id = $2", [merge.keepId, merge.mergedId]);
  await tx.query("update entities set canonical_id = $1 where canonical_id = $2", [
    merge.keepId,
    merge.mergedId,
  ]);
  await tx.query(
    `insert into merges (id, keep_id, merged_id, made_by, reason, score, features) values ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
    [id, merge.keepId, merge.mergedId, merge.by, merge.reason, merge.score, JSON.stringify(merge.features)],
  );
  // An analyst's explicit merge overrides an earlier "not the same" between the two groups.
  await tx.query(
    `delete from distinct_pairs d where
       (select canonical_id from entities where id = d.a_id) = $1 and (select canonical_id from entities where id = d.b_id) = $1`,
    [merge.keepId],
  );
  await tx.query(
    `update review_pairs r set status = 'merged', decided_at = now(), decided_by = $2
     where status = 'open' and (select canonical_id from entities where id = r.a_id) = $1
       and (select canonical_id from entities where id = r.b_id) = $1`,
    [merge.keepId, merge.by],
  );
  return (await findMerge(tx, id))!;
}

export async function findMerge(db: Queryable, id: string): Promise<MergeRecord | undefined> {
  const rows = await db.query<MergeRow>(`${SELECT} where g.id = $1`, [id]);
  return rows[0] ? toRecord(rows[0]) : undefined;
}

/** The merge that put this entity under another, if it is still in force. */
export async function findActiveMergeOf(db: Queryable, mergedId: string): Promise<MergeRecord | undefined> {
  const rows = await db.query<MergeRow>(
    `${SELECT} where g.merged_id = $1 and g.undone_at is null order by g.made_at desc limit 1`,
    [mergedId],
  );
  return rows[0] ? toRecord(rows[0]) : undefined;
}

/** The latest merge in force into this entity. */
export async function findLatestMergeInto(db: Queryable, keepId: string): Promise<MergeRecord | undefined> {
  const rows = await db.query<MergeRow>(
    `${SELECT} where g.keep_id = $1 and g.undone_at is null order by g.made_at desc, g.id desc limit 1`,
    [keepId],
  );
  return rows[0] ? toRecord(rows[0]) : undefined;
}

/**
 * Undoes a merge: the merged entity and everything merged into it stand on their own again.
 * Statements, mentions and aliases never moved, so each lands back with its own entity.
 */
export async function undoMerge(tx: Queryable, merge: MergeRecord, by: string): Promise<void> {
  await tx.query("update entities set merged_into = null where id = $1", [merge.merged.id]);
  await tx.query(
    `with recursive sub as (
       select id from entities where id = $1
       union all
       select e.id from entities e join sub on e.merged_into = sub.id
     )
     update entities set canonical_id = $1 where id in (select id from sub)`,
    [merge.merged.id],
  );
  await tx.query("update merges set undone_at = now(), undone_by = $2 where id = $1", [merge.id, by]);
}

/** Merges that made or touched this entity's group, oldest first, undone ones included. */
export async function listMerges(db: Queryable, entityId: string): Promise<MergeRecord[]> {
  const rows = await db.query<MergeRow>(
    `${SELECT} where g.keep_id in (select id from entities where canonical_id = (select canonical_id from entities where id = $1))
        or g.merged_id in (select id from entities where canonical_id = (select canonical_id from entities where id = $1))
        or g.keep_id = $1 or g.merged_id = $1
     order by g.made_at, g.id`,
    [entityId],
  );
  return rows.map(toRecord);
}

export async function recordDistinct(tx: Queryable, a: string, b: string, by: string): Promise<void> {
  const [x, y] = a < b ? [a, b] : [b, a];
  await tx.query(
    `insert into distinct_pairs (a_id, b_id, made_by) values ($1, $2, $3) on conflict (a_id, b_id) do nothing`,
    [x, y, by],
  );
  await tx.query(
    `update review_pairs r set status = 'distinct', decided_at = now(), decided_by = $3
     where status = 'open' and (
       ((select canonical_id from entities where id = r.a_id) = (select canonical_id from entities where id = $1)
        and (select canonical_id from entities where id = r.b_id) = (select canonical_id from entities where id = $2))
       or ((select canonical_id from entities where id = r.a_id) = (select canonical_id from entities where id = $2)
        and (select canonical_id from entities where id = r.b_id) = (select canonical_id from entities where id = $1)))`,
    [x, y, by],
  );
}

/** Every "not the same", as canonical entity pairs of today. */
export async function listDistinctPairs(db: Queryable): Promise<[string, string][]> {
  const rows = await db.query<{ a: string; b: string }>(
    `select ea.canonical_id as a, eb.canonical_id as b from distinct_pairs d
     join entities ea on ea.id = d.a_id join entities eb on eb.id = d.b_id`,
  );
  return rows.map((r) => [r.a, r.b]);
}

export interface StoredReviewPair {
  id: string;
  a: string;
  b: string;
  score: number;
  features: Record<string, number>;
}

/** Queues pairs for review; a pair already decided keeps its decision. */
export async function upsertReviewPairs(
  tx: Queryable,
  pairs: readonly Omit<StoredReviewPair, "id">[],
): Promise<void> {
  if (pairs.length === 0) return;
  await tx.query(
    `insert into review_pairs (id, a_id, b_id, score, features)
     select p.id, p.a, p.b, p.score, p.features from jsonb_to_recordset($1::jsonb)
       as p(id text, a text, b text, score double precision, features jsonb)
     on conflict (a_id, b_id) do update set score = excluded.score, features = excluded.features
       where review_pairs.status in ('open', 'stale')`,
    [
      JSON.stringify([
        // One row per pair (an upsert may not touch a row twice); the higher score wins.
        ...new Map(
          [...pairs]
            .sort((x, y) => x.score - y.score)
            .map((p) => {
              const [a, b] = p.a < p.b ? [p.a, p.b] : [p.b, p.a];
              return [`${a} ${b}`, { id: newId("rev"), a, b, score: p.score, features: p.features }];
            }),
        ).values(),
      ]),
    ],
  );
}

/** Open pairs whose two sides are still two entities, best score first, read through merges. */
export async function listOpenReviewPairs(
  db: Queryable,
  options: { limit?: number; offset?: number } = {},
): Promise<StoredReviewPair[]> {
  return db.query<StoredReviewPair>(
    `select r.id, ea.canonical_id as a, eb.canonical_id as b, r.score, r.features
     from review_pairs r join entities ea on ea.id = r.a_id join entities eb on eb.id = r.b_id
     where r.status = 'open' and ea.canonical_id <> eb.canonical_id
       and not exists (select 1 from distinct_pairs d join entities da on da.id = d.a_id join entities db on db.id = d.b_id
                       where (da.canonical_id = ea.canonical_id and db.canonical_id = eb.canonical_id)
                          or (da.canonical_id = eb.canonical_id and db.canonical_id = ea.canonical_id))
     order by r.score desc, r.id limit $1 offset $2`,
    [options.limit ?? 100, options.offset ?? 0],
  );
}

/** Sentences where an entity (or anything merged into it) is mentioned: the evidence a reviewer reads. */
export async function mentionQuotes(
  db: Queryable,
  entityId: string,
  limit = 3,
): Promise<{ entityId: string; documentId: string; quote: string }[]> {
  return db.query(
    `select distinct on (m.document_id) $1::text as "entityId", m.document_id as "documentId",
            substr(d.text, s.start_offset + 1, s.end_offset - s.start_offset) as quote
     from mentions m
     join entities g on g.id = m.entity_id
     join sentences s on s.document_id = m.document_id and s.idx = m.sentence_idx
     join documents d on d.id = m.document_id
     where g.canonical_id = (select canonical_id from entities where id = $1)
     order by m.document_id, m.id
     limit $2`,
    [entityId, limit],
  );
}
