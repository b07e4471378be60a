import type { ClaimedFact, PathEdge, WeighedEvidence } from "../../analyze/types.js";
import type { Bound, EntityRef, Predicate, Reliability, Statement, TimeInterval } from "../../model/index.js";
import type { Queryable } from "../database.js";

/*
 * Reads for analysis. Entities read through merges (issue 4): every id that comes out is a
 * canonical entity id, and a canonical id going in stands for every entity merged into it.
 */

const MEMBERS = (param: string) => `(select id from entities where canonical_id = ${param})`;

interface FactRow {
  id: string;
  predicate: Predicate;
  subject: EntityRef;
  object: EntityRef | null;
  value_number: number | null;
  value_text: string | null;
  bound: Bound;
  time_from: string | null;
  time_to: string | null;
  time_precision: TimeInterval["precision"] | null;
}

const FACT_COLUMNS = `s.id, s.predicate,
  json_build_object('id', su.id, 'name', su.name, 'type', su.type) as subject,
  case when ob.id is null then null else json_build_object('id', ob.id, 'name', ob.name, 'type', ob.type) end as object,
  s.value_number, s.value_text, s.bound, s.time_from, s.time_to, s.time_precision`;

const FACT_JOINS = `join entities s0 on s0.id = s.subject_id join entities su on su.id = s0.canonical_id
  left join entities o0 on o0.id = s.object_id left join entities ob on ob.id = o0.canonical_id`;

/**
 * Statements that may contradict each other: those of a functional predicate whose subject has
 * more than one value for it, and those of an inverse-functional predicate whose object has more
 * than one subject. With `entityId`, only groups that involve that entity.
 */
export async function contestedFacts(
  db: Queryable,
  predicates: { functional: readonly string[]; inverse: readonly string[] },
  entityId?: string,
): Promise<ClaimedFact[]> {
  const rows = await db.query<FactRow>(
    `with f as (
       select s.id, s0.canonical_id as subj, o0.canonical_id as obj, s.predicate,
              coalesce(o0.canonical_id, s.value_number::text || s.bound, s.value_text) as val
       from statements s join entities s0 on s0.id = s.subject_id left join entities o0 on o0.id = s.object_id
       where s.predicate = any($1::text[]) ${entityId ? `and s.subject_id in ${MEMBERS("$3")}` : ""}
     ), i as (
       select s.id, s0.canonical_id as subj, o0.canonical_id as obj, s.predicate
       from statements s join entities s0 on s0.id = s.subject_id join entities o0 on o0.id = s.object_id
       where s.predicate = any($2::text[]) ${
         entityId
           ? `and s.object_id in (select id from entities where canonical_id = $3
                union select x.object_id from statements x
                where x.subject_id in ${MEMBERS("$3")} and x.predicate = any($2::text[]))`
           : "and $3::text is null"
       }
     ), ids as (
       select f.id from f join (select subj, predicate from f group by subj, predicate having count(distinct val) > 1) g
         using (subj, predicate)
       union
       select i.id from i join (select obj, predicate from i group by obj, predicate having count(distinct subj) > 1) g
         using (obj, predicate)
     )
     select ${FACT_COLUMNS} from statements s ${FACT_JOINS} where s.id in (select id from ids)`,
    [predicates.functional, predicates.inverse, entityId ?? null],
  );
  const evidence = await weighedEvidence(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    subject: r.subject,
    predicate: r.predicate,
    object: r.object,
    value: r.value_number ?? r.value_text,
    bound: r.bound,
    time: r.time_from ? { from: r.time_from, to: r.time_to!, precision: r.time_precision! } : null,
    evidence: evidence.get(r.id) ?? [],
  }));
}

/** Each statement's evidence with its document's date and its source's grade, oldest report first. */
export async function weighedEvidence(
  db: Queryable,
  statementIds: readonly string[],
): Promise<Map<string, WeighedEvidence[]>> {
  const out = new Map<string, WeighedEvidence[]>();
  if (statementIds.length === 0) return out;
  const rows = await db.query<
    WeighedEvidence & { sourceId: string | null; sourceName: string | null; reliability: string | null }
  >(
    `select e.statement_id as "statementId", e.document_id as "documentId", d.title as "documentTitle",
            d.published::text as published, so.id as "sourceId", so.name as "sourceName", so.reliability,
            e.analyst, e.quote, e.credibility
     from evidence e left join documents d on d.id = e.document_id left join sources so on so.id = d.source_id
     where e.statement_id = any($1::text[])
     order by d.published nulls last, e.id`,
    [statementIds],
  );
  for (const r of rows) {
    const { sourceId, sourceName, reliability, ...rest } = r;
    const item: WeighedEvidence = {
      ...rest,
      source: sourceId ? { id: sourceId, name: sourceName!, reliability: reliability as Reliability } : null,
    };
    const list = out.get(r.statementId) ?? [];
    list.push(item);
    out.set(r.statementId, list);
  }
  return out;
}

export interface PlacementRow {
  entity: EntityRef;
  place_id: string;
  time_from: string | null;
  time_to: string | null;
  time_precision: TimeInterval["precision"] | null;
  statements: string[];
}

/**
 * Statements that put an entity at a place: a `placesSubject` predicate with a place object, or
 * an event-linking predicate (perpetrated) whose event occurred at a place, timed by the
 * statement or else by the event's date. Filtered by subjects or by places (canonical ids).
 */
export async function placements(
  db: Queryable,
  predicates: {
    placing: readonly string[];
    viaEvent: readonly string[];
    eventPlace: readonly string[];
    eventTime: readonly string[];
  },
  filter: { subjects?: readonly string[]; places?: readonly string[] },
): Promise<PlacementRow[]> {
  // Two shapes of one query, so that each filter drives the plan from its own index: by subject
  // (statements_subject_idx) or by place (statements_object_predicate_idx).
  const bySubject = filter.subjects !== undefined;
  const ids = bySubject ? filter.subjects : filter.places;
  const members = "(select id from entities where canonical_id = any($5::text[]))";
  const all = ids === undefined;
  const directWhere = all
    ? "and $5::text[] is null"
    : bySubject
      ? `and s.subject_id in ${members}`
      : `and s.object_id in ${members}`;
  const via =
    all || bySubject
      ? `from statements s join entities s0 on s0.id = s.subject_id
       join entities ev on ev.id = s.object_id
       join entities evm on evm.canonical_id = ev.canonical_id
       join statements a on a.subject_id = evm.id and a.predicate = any($3::text[])
       @where s.predicate = any($2::text[]) ${all ? "" : `and s.subject_id in ${members}`}`
      : `from statements a
       join entities ev on ev.id = a.subject_id
       join entities evm on evm.canonical_id = ev.canonical_id
       join statements s on s.object_id = evm.id and s.predicate = any($2::text[])
       join entities s0 on s0.id = s.subject_id
       @where a.predicate = any($3::text[]) and a.object_id in ${members}`;
  return db.query<PlacementRow>(
    `with direct as (
       select s0.canonical_id as subj, o0.canonical_id as place, s.time_from, s.time_to, s.time_precision,
              array[s.id] as statements
       from statements s join entities s0 on s0.id = s.subject_id join entities o0 on o0.id = s.object_id
       where s.predicate = any($1::text[]) ${directWhere}
     ), via as (
       select s0.canonical_id as subj, o0.canonical_id as place,
              coalesce(s.time_from, t.time_from) as time_from, coalesce(s.time_to, t.time_to) as time_to,
              coalesce(s.time_precision, t.time_precision) as time_precision,
              array_remove(array[s.id, a.id, t.id], null) as statements
       ${via.replace(
         "@where",
         `join entities o0 on o0.id = a.object_id
       left join lateral (
         select x.id, x.time_from, x.time_to, x.time_precision from statements x
         join entities xm on xm.id = x.subject_id
         where xm.canonical_id = ev.canonical_id and x.predicate = any($4::text[]) and x.time_from is not null
         order by x.time_to - x.time_from, x.id limit 1
       ) t on true
       where`,
       )}
     )
     select json_build_object('id', e.id, 'name', e.name, 'type', e.type) as entity, p.place as place_id,
            p.time_from::text, p.time_to::text, p.time_precision, p.statements
     from (select * from direct union all select * from via) p
     cross join lateral (select id, name, type from entities where id = p.subj) e`,
    [predicates.placing, predicates.viaEvent, predicates.eventPlace, predicates.eventTime, ids ?? null],
  );
}

/** The entity-to-entity statements touching any of the given canonical entities, one row per statement. */
export async function adjacentEdges(
  db: Queryable,
  ids: readonly string[],
  limit = 100_000,
): Promise<PathEdge[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<{ id: string; from: string; to: string; predicate: string }>(
    `select s.id, s0.canonical_id as "from", o0.canonical_id as "to", s.predicate
     from statements s join entities s0 on s0.id = s.subject_id join entities o0 on o0.id = s.object_id
     where s.subject_id in (select id from entities where canonical_id = any($1::text[]))
     union
     select s.id, s0.canonical_id, o0.canonical_id, s.predicate
     from statements s join entities s0 on s0.id = s.subject_id join entities o0 on o0.id = s.object_id
     where s.object_id in (select id from entities where canonical_id = any($1::text[]))
     limit $2`,
    [ids, limit],
  );
  return rows.map((r) => ({ from: r.from, to: r.to, predicate: r.predicate, statements: [r.id] }));
}

/** Names and types of canonical entities. */
export async function entityRefs(db: Queryable, ids: readonly string[]): Promise<Map<string, EntityRef>> {
  const rows = await db.query<EntityRef>("select id, name, type from entities where id = any($1::text[])", [
    ids,
  ]);
  return new Map(rows.map((r) => [r.id, r]));
}

/** The dates of events (their occurred_on statements), for timing what is said about them. */
export async function eventTimes(
  db: Queryable,
  eventIds: readonly string[],
  timePredicates: readonly string[],
): Promise<Map<string, TimeInterval>> {
  const rows = await db.query<{
    id: string;
    time_from: string;
    time_to: string;
    time_precision: TimeInterval["precision"];
  }>(
    `select distinct on (s0.canonical_id) s0.canonical_id as id, s.time_from::text, s.time_to::text, s.time_precision
     from statements s join entities s0 on s0.id = s.subject_id
     where s.subject_id in (select id from entities where canonical_id = any($1::text[]))
       and s.predicate = any($2::text[]) and s.time_from is not null
     order by s0.canonical_id, s.time_to - s.time_from, s.id`,
    [eventIds, timePredicates],
  );
  return new Map(rows.map((r) => [r.id, { from: r.time_from, to: r.time_to, precision: r.time_precision }]));
}

/** The first publication date of each statement's evidence, for statements that state no time. */
export async function firstReported(
  db: Queryable,
  statementIds: readonly string[],
): Promise<Map<string, string>> {
  const rows = await db.query<{ id: string; published: string }>(
    `select e.statement_id as id, min(d.published)::text as published
     from evidence e join documents d on d.id = e.document_id
     where e.statement_id = any($1::text[]) and d.published is not null group by e.statement_id`,
    [statementIds],
  );
  return new Map(rows.map((r) => [r.id, r.published]));
}

/**
 * The statements about an entity (as subject or object, merges included) with their evidence, in
 * the shape `listStatements` gives; read by index from both ends, for timelines on large stores.
 */
export async function statementsAbout(db: Queryable, entityId: string, limit = 1000): Promise<Statement[]> {
  const rows = await db.query<FactRow & { unit: string | null; role: string | null }>(
    `select ${FACT_COLUMNS}, s.unit, s.role from statements s ${FACT_JOINS}
     where s.id in (
       select id from statements where subject_id in ${MEMBERS("$1")}
       union select id from statements where object_id in ${MEMBERS("$1")}
     ) order by s.time_from nulls last, s.id limit $2`,
    [entityId, limit],
  );
  const evidence = await weighedEvidence(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const items = evidence.get(r.id) ?? [];
    const statement: Statement = {
      id: r.id,
      subject: r.subject,
      predicate: r.predicate,
      object: r.object,
      value: r.value_number ?? r.value_text,
      time: r.time_from ? { from: r.time_from, to: r.time_to!, precision: r.time_precision! } : null,
      credibility: Math.min(6, ...items.map((e) => e.credibility)) as Statement["credibility"],
      marking: "clear",
      evidence: items.map((e) => ({
        documentId: e.documentId,
        sentence: null,
        start: null,
        end: null,
        quote: e.quote,
        credibility: e.credibility,
        analyst: e.analyst ? { name: e.analyst, at: "" } : null,
      })),
    };
    if (r.unit) statement.unit = r.unit;
    if (r.bound !== "exact") statement.bound = r.bound;
    if (r.role) statement.role = r.role;
    return statement;
  });
}
