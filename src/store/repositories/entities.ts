import { notFound, TesseraError } from "../../errors/errors.js";
import type { EntityRef, EntitySummary, EntityType } from "../../model/index.js";
import { nameKey } from "../../resolve/name-key.js";
import type { Queryable } from "../database.js";
import { newId } from "../ids.js";

export interface NewMention {
  entityId: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  label: string;
}

/** An entity of this type whose name or one of whose aliases has this key. */
export async function findEntityByKey(
  db: Queryable,
  type: EntityType,
  key: string,
): Promise<string | undefined> {
  const rows = await db.query<{ id: string }>(
    `select id from entities where type = $1 and name_key = $2
     union all
     select e.id from aliases a join entities e on e.id = a.entity_id where e.type = $1 and a.name_key = $2
     limit 1`,
    [type, key],
  );
  return rows[0]?.id;
}

/**
 * `findEntityByKey` for many (type, key) pairs in one query: the entity each pair names, preferring
 * an entity's own name over an alias. Pairs with no entity are absent from the result.
 */
export async function findEntitiesByKeys(
  db: Queryable,
  pairs: readonly { type: EntityType; key: string }[],
): Promise<Map<string, { id: string; name: string }>> {
  const found = new Map<string, { id: string; name: string }>();
  if (pairs.length === 0) return found;
  const rows = await db.query<{ type: string; key: string; id: string; name: string }>(
    `select distinct on (q.t, q.k) q.t as type, q.k as key, m.id, m.name
     from jsonb_to_recordset($1::jsonb) as q(t text, k text)
     join lateral (
       select e.id, e.name, 0 as pref from entities e where e.type = q.t and e.name_key = q.k
       union all
       select e.id, e.name, 1 from aliases a join entities e on e.id = a.entity_id
       where e.type = q.t and a.name_key = q.k
     ) m on true
     order by q.t, q.k, m.pref, m.id`,
    [JSON.stringify(pairs.map((p) => ({ t: p.type, k: p.key })))],
  );
  for (const r of rows) found.set(`${r.type}\u241f${r.key}`, { id: r.id, name: r.name });
  return found;
}

/** Creates several entities in one statement; returns their new ids in order. */
export async function createEntities(
  tx: Queryable,
  entities: readonly { type: EntityType; name: string; createdBy?: string }[],
): Promise<string[]> {
  if (entities.length === 0) return [];
  const rows = entities.map((e) => ({
    id: newId("ent"),
    type: e.type,
    name: e.name,
    key: nameKey(e.name),
    by: e.createdBy ?? "extraction",
  }));
  await tx.query(
    `insert into entities (id, type, name, name_key, created_by)
     select r.id, r.type, r.name, r.key, r.by from jsonb_to_recordset($1::jsonb) as r(id text, type text, name text, key text, by text)`,
    [JSON.stringify(rows)],
  );
  return rows.map((r) => r.id);
}

/** `addAliases` for several entities in one statement. */
export async function addAliasesToMany(
  tx: Queryable,
  items: readonly { entityId: string; names: readonly string[] }[],
  origin: "mention" | "analyst" | "curated" | "report" = "mention",
): Promise<void> {
  const rows = items.flatMap(({ entityId, names }) =>
    [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 0))].map((n) => ({
      e: entityId,
      n,
      k: nameKey(n),
    })),
  );
  if (rows.length === 0) return;
  await tx.query(
    `insert into aliases (entity_id, name, name_key, origin)
     select a.e, a.n, a.k, $2 from jsonb_to_recordset($1::jsonb) as a(e text, n text, k text)
     on conflict (entity_id, name) do nothing`,
    [JSON.stringify(rows), origin],
  );
}

export async function createEntity(
  tx: Queryable,
  entity: { type: EntityType; name: string; createdBy?: string },
): Promise<string> {
  const id = newId("ent");
  await tx.query("insert into entities (id, type, name, name_key, created_by) values ($1, $2, $3, $4, $5)", [
    id,
    entity.type,
    entity.name,
    nameKey(entity.name),
    entity.createdBy ?? "extraction",
  ]);
  return id;
}

/** Changes the name an entity is shown by; the old name stays as an alias. */
export async function renameEntity(tx: Queryable, id: string, name: string): Promise<void> {
  const rows = await tx.query<{ name: string }>("select name from entities where id = $1", [id]);
  if (!rows[0]) throw notFound("entity", id);
  await addAliases(tx, id, [rows[0].name]);
  await tx.query("update entities set name = $2, name_key = $3 where id = $1", [id, name, nameKey(name)]);
}

export async function addAliases(
  tx: Queryable,
  entityId: string,
  names: readonly string[],
  origin: "mention" | "analyst" | "curated" | "report" = "mention",
  addedBy: string | null = null,
): Promise<void> {
  const unique = [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 0))];
  if (unique.length === 0) return;
  await tx.query(
    `insert into aliases (entity_id, name, name_key, origin, added_by)
     select $1, a.n, a.k, $3, $4 from jsonb_to_recordset($2::jsonb) as a(n text, k text)
     on conflict (entity_id, name) do nothing`,
    [entityId, JSON.stringify(unique.map((n) => ({ n, k: nameKey(n) }))), origin, addedBy],
  );
}

export async function insertMentions(
  tx: Queryable,
  documentId: string,
  mentions: readonly NewMention[],
): Promise<void> {
  if (mentions.length === 0) return;
  await tx.query(
    `insert into mentions (document_id, entity_id, sentence_idx, start_offset, end_offset, text, label)
     select $1, m.entity, m.sentence, m.s, m.e, m.text, m.label
     from jsonb_to_recordset($2::jsonb) as m(entity text, sentence int, s int, e int, text text, label text)
     on conflict (document_id, start_offset, end_offset) do nothing`,
    [
      documentId,
      JSON.stringify(
        mentions.map((m) => ({
          entity: m.entityId,
          sentence: m.sentence,
          s: m.start,
          e: m.end,
          text: m.text,
          label: m.label,
        })),
      ),
    ],
  );
}

// Merged entities (issue 4) read as one: the canonical entity (the root of a merge tree) carries
// the names and mentions of every entity merged into it; merged entities are not listed on their own.
// A description is no name: an entity merged in that was known only by descriptions lends none.
const SUMMARY = `
  select e.id, e.type, e.name,
    coalesce((select json_agg(x.n order by x.n) from (
        select a.name as n from aliases a join entities g on g.id = a.entity_id where g.canonical_id = e.id
        union select g.name from entities g where g.canonical_id = e.id
          -- an entity merged in that was known only by descriptions ("Sousse gunman") lends no name
          and exists (select 1 from mentions m where m.entity_id = g.id and m.label <> 'NOMINAL')
      ) x where x.n <> e.name), '[]'::json) as aliases,
    (select count(*) from mentions m join entities g on g.id = m.entity_id where g.canonical_id = e.id)::int as "mentionCount",
    (select count(distinct m.document_id) from mentions m join entities g on g.id = m.entity_id
     where g.canonical_id = e.id)::int as "documentCount"
  from entities e`;

export async function listEntities(
  db: Queryable,
  options: { type?: EntityType; limit?: number; offset?: number } = {},
): Promise<EntitySummary[]> {
  return db.query<EntitySummary>(
    `select * from (${SUMMARY} where e.canonical_id = e.id and ($1::text is null or e.type = $1)) s
     order by "mentionCount" desc, name limit $2 offset $3`,
    [options.type ?? null, options.limit ?? 1000, options.offset ?? 0],
  );
}

export async function countEntities(db: Queryable): Promise<Record<string, number>> {
  const rows = await db.query<{ type: string; n: number }>(
    "select type, count(*)::int as n from entities where canonical_id = id group by type",
  );
  return Object.fromEntries(rows.map((r) => [r.type, r.n]));
}

export async function findEntitySummary(db: Queryable, id: string): Promise<EntitySummary | undefined> {
  const rows = await db.query<EntitySummary>(
    `${SUMMARY} where e.id = (select canonical_id from entities where id = $1)`,
    [id],
  );
  return rows[0];
}

/** Names close to a query by trigram similarity (pg_trgm), best first, over names and aliases. */
export async function searchNames(
  db: Queryable,
  text: string,
  options: { limit?: number; type?: EntityType } = {},
): Promise<(EntityRef & { matched: string; similarity: number })[]> {
  return db.query(
    `select e.id, e.name, e.type, n.matched, n.similarity from (
       select c.entity_id, c.matched, c.similarity,
         row_number() over (partition by g.canonical_id order by c.similarity desc, c.entity_id) as r
       from (
         select id as entity_id, name as matched, similarity(name, $1) as similarity from entities where name % $1
         union all
         select entity_id, name, similarity(name, $1) from aliases where name % $1
       ) c join entities g on g.id = c.entity_id
     ) n join entities m on m.id = n.entity_id join entities e on e.id = m.canonical_id
     where n.r = 1 and ($3::text is null or e.type = $3)
     order by n.similarity desc, e.name limit $2`,
    [text, options.limit ?? 10, options.type ?? null],
  );
}

/**
 * Finds the entity a user means: an id, else an exact name or alias (folded), else — if exactly one
 * name is close enough — that one. Throws TESSERA_AMBIGUOUS or TESSERA_NOT_FOUND with suggestions.
 */
export async function getEntityRef(db: Queryable, idOrName: string): Promise<EntityRef> {
  const byId = await db.query<EntityRef>(
    "select e.id, e.name, e.type from entities m join entities e on e.id = m.canonical_id where m.id = $1",
    [idOrName],
  );
  if (byId[0]) return byId[0];
  const key = nameKey(idOrName);
  const exact = await db.query<EntityRef>(
    `select distinct e.id, e.name, e.type from entities m left join aliases a on a.entity_id = m.id
     join entities e on e.id = m.canonical_id
     where m.name_key = $1 or a.name_key = $1 order by e.name`,
    [key],
  );
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) {
    const list = exact.map((e) => `${e.id} (${e.type} ${e.name})`).join(", ");
    throw new TesseraError(
      "TESSERA_AMBIGUOUS",
      `${idOrName}: matches ${exact.length} entities: ${list}; use an id`,
      {
        input: idOrName,
      },
    );
  }
  // A part of a name ("Rezgui" for "Seifeddine Rezgui"): pg_trgm's word similarity finds the name
  // that contains it as a word; taken when exactly one entity matches that well.
  const partial = await db.query<EntityRef>(
    `select distinct e.id, e.name, e.type from entities e left join aliases a on a.entity_id = e.id
     where word_similarity($1, e.name) >= 0.9 or word_similarity($1, a.name) >= 0.9 order by e.name limit 6`,
    [idOrName],
  );
  if (partial.length === 1) return partial[0]!;
  if (partial.length > 1) {
    const list = partial.map((e) => `${e.id} (${e.type} ${e.name})`).join(", ");
    throw new TesseraError(
      "TESSERA_AMBIGUOUS",
      `${idOrName}: matches several entities: ${list}; use an id or a fuller name`,
      {
        input: idOrName,
      },
    );
  }
  const close = await searchNames(db, idOrName, { limit: 5 });
  if (close.length > 0 && close[0]!.similarity >= 0.6 && (close[1]?.similarity ?? 0) < close[0]!.similarity)
    return close[0]!;
  const hint = close.length > 0 ? `; did you mean ${close.map((c) => `"${c.name}"`).join(", ")}?` : "";
  throw new TesseraError("TESSERA_NOT_FOUND", `${idOrName}: no entity has this id or name${hint}`, {
    input: idOrName,
  });
}

export interface AliasSighting {
  name: string;
  origin: string;
  documents: { id: string; title: string; count: number }[];
}

/** Every name an entity is known by (merged entities included), with the documents where each was seen. */
export async function aliasSightings(db: Queryable, entityId: string): Promise<AliasSighting[]> {
  const rows = await db.query<{ name: string; origin: string; documents: AliasSighting["documents"] | null }>(
    `with members as (
       select g.id from entities g where g.canonical_id = (select canonical_id from entities where id = $1)
     ), names as (
       select a.name, min(a.origin) as origin from aliases a where a.entity_id in (select id from members) group by a.name
     )
     select n.name, n.origin,
       (select json_agg(json_build_object('id', d.id, 'title', d.title, 'count', x.n) order by d.published, d.id)
        from (select m.document_id, count(*)::int as n from mentions m
              where m.entity_id in (select id from members) and m.text = n.name group by m.document_id) x
        join documents d on d.id = x.document_id) as documents
     from names n order by n.name`,
    [entityId],
  );
  return rows.map((r) => ({ ...r, documents: r.documents ?? [] }));
}

export async function getEntitySummary(db: Queryable, id: string): Promise<EntitySummary> {
  const found = await findEntitySummary(db, id);
  if (!found) throw notFound("entity", id);
  return found;
}
