import type { ClaimedFact, PathEdge, WeighedEvidence } from "../../analyze/types.js";
import type { Bound, EntityRef, Predicate, Reliability, Statement, TimeInterval } from "../../model/index.js";
import type { Queryable } from "../database.js";
import { assembleStatement, type EvidenceItem } from "./statements.js";

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

/** The entity-to-entity statements around some entities, as `entityBalls` finds them. */
export interface BallEdge extends PathEdge {
  /** Which of the balls asked for (its index). */
  ball: number;
  /** The BFS distance of the nearer end of the edge from the ball's centre. */
  hops: number;
}

/**
 * Balls around canonical entities in one recursive query: for each `{id, depth}`, every
 * entity-to-entity statement within `depth` hops of `id` (touching an entity at most `depth - 1`
 * hops away), merges read through. Each ring of the walk keeps at most `maxRing` entities (a
 * country everyone is linked to stops the growth), and at most `limit` edges come back per ball.
 */
export async function entityBalls(
  db: Queryable,
  balls: readonly { id: string; depth: number }[],
  options: { maxRing: number; limit: number },
): Promise<BallEdge[]> {
  const todo = balls.map((b, i) => ({ ball: i, id: b.id, depth: b.depth })).filter((b) => b.depth > 0);
  if (todo.length === 0) return [];
  const rows = await db.query<{
    ball: number;
    hops: number;
    id: string;
    from: string;
    to: string;
    predicate: string;
  }>(
    `with recursive walk(ball, id, d, depth) as (
       -- unnest, not jsonb_to_recordset: its estimate of 10 rows, not 100, keeps the plan's cost
       -- under jit_above_cost on a server (JIT compiling this costs a second; running it, milliseconds).
       select b.ball::int - 1, b.id, 0, b.depth
       from unnest($1::text[], $4::int[]) with ordinality as b(id, depth, ball)
       union
       select w.ball, n.id, w.d + 1, w.depth
       from walk w cross join lateral (
         select o0.canonical_id as id from statements s join entities o0 on o0.id = s.object_id
         where s.subject_id in (select id from entities where canonical_id = w.id)
         union all
         select s0.canonical_id from statements s join entities s0 on s0.id = s.subject_id
         where s.object_id in (select id from entities where canonical_id = w.id)
       ) n
       where w.d + 1 < w.depth
     ), ring as (
       select ball, id, d from (
         select ball, id, d, row_number() over (partition by ball, d order by id) as r
         from (select ball, id, min(d) as d from walk group by ball, id) x
       ) y where d = 0 or r <= $2
     ), edge as (
       -- Per ring entity (lateral), so that each lookup is an indexed one whatever the estimates.
       select r.ball, r.d as hops, x.id, x."from", x."to", x.predicate
       from ring r cross join lateral (
         select s.id, s0.canonical_id as "from", o0.canonical_id as "to", s.predicate
         from statements s join entities s0 on s0.id = s.subject_id join entities o0 on o0.id = s.object_id
         where s.subject_id in (select id from entities where canonical_id = r.id)
         union
         select s.id, s0.canonical_id, o0.canonical_id, s.predicate
         from statements s join entities s0 on s0.id = s.subject_id join entities o0 on o0.id = s.object_id
         where s.object_id in (select id from entities where canonical_id = r.id)
       ) x
     )
     select ball, hops, id, "from", "to", predicate from (
       select e.*, row_number() over (partition by ball order by hops, id) as r from edge e
     ) x where r <= $3`,
    [todo.map((b) => b.id), options.maxRing, options.limit, todo.map((b) => b.depth)],
  );
  return rows.map((r) => ({
    ball: todo[r.ball]!.ball,
    hops: r.hops,
    from: r.from,
    to: r.to,
    predicate: r.predicate,
    statements: [r.id],
  }));
}

/** Names and types of canonical entities. */
export async function entityRefs(db: Queryable, ids: readonly string[]): Promise<Map<string, EntityRef>> {
  const rows = await db.query<EntityRef>("select id, name, type from entities where id = any($1::text[])", [
    ids,
  ]);
  return new Map(rows.map((r) => [r.id, r]));
}

/** A statement on a timeline, with what times it when it states no time of its own. */
export interface TimelineStatement {
  statement: Statement;
  /** The date of the event it is about (its subject's, else its object's). */
  eventTime: TimeInterval | null;
  /** The first publication date of its evidence. */
  firstReported: string | null;
}

interface TimelineRow extends FactRow {
  subject_id: string;
  unit: string | null;
  role: string | null;
  event_time: TimeInterval | null;
  first_reported: string | null;
  evidence: EvidenceItem[];
}

/**
 * The statements about an entity (as subject or object, merges included, at most `limit`) and,
 * with `places`, about the events that occurred at those places (at most `eventLimit` events,
 * `eventLimit` statements each), in the shape `listStatements` gives, each with the date of the
 * event it is about and its first report. One query: embedded, round trips dominate.
 */
export async function timelineStatements(
  db: Queryable,
  entityId: string,
  options: {
    limit: number;
    places: readonly string[] | null;
    eventLimit: number;
    predicates: { eventPlace: readonly string[]; eventTime: readonly string[] };
  },
): Promise<TimelineStatement[]> {
  const rows = await db.query<TimelineRow>(
    `with events as (
       select distinct s0.canonical_id as id from statements s join entities s0 on s0.id = s.subject_id
       where $3::text[] is not null and s.predicate = any($4::text[])
         and s.object_id in (select id from entities where canonical_id = any($3::text[]))
       limit $5
     ), about as (
       select $1::text as id, $2::int as lim union all select id, $5 from events where id <> $1
     ), picked as materialized (
       select distinct x.id from about a cross join lateral (
         select s.id from statements s where s.id in (
           select id from statements where subject_id in (select id from entities where canonical_id = a.id)
           union select id from statements where object_id in (select id from entities where canonical_id = a.id)
         ) order by s.time_from nulls last, s.id limit a.lim
       ) x
     )
     select ${FACT_COLUMNS}, s.subject_id, s.unit, s.role, ev.evidence, ev.first_reported,
            coalesce(t_su.t, t_ob.t) as event_time
     from picked p join statements s on s.id = p.id ${FACT_JOINS}
     cross join lateral (
       select coalesce(json_agg(json_build_object(
                'documentId', e.document_id, 'sentence', e.sentence_idx, 'start', e.start_offset,
                'end', e.end_offset, 'quote', e.quote, 'credibility', e.credibility, 'marking', e.marking,
                'analyst', e.analyst, 'at', e.created_at) order by d.published nulls last, e.id), '[]') as evidence,
              min(d.published)::text as first_reported
       from evidence e left join documents d on d.id = e.document_id where e.statement_id = s.id
     ) ev
     left join lateral (${EVENT_TIME("su")}) t_su on true
     left join lateral (${EVENT_TIME("ob")}) t_ob on true
     order by s.time_from nulls last, s.id`,
    [
      entityId,
      options.limit,
      options.places,
      options.predicates.eventPlace,
      options.eventLimit,
      options.predicates.eventTime,
    ],
  );
  // A statement recorded under two entities that were later merged is one claim (as in listStatements).
  const claims = new Map<string, { row: TimelineRow; evidence: TimelineRow["evidence"] }>();
  for (const r of rows) {
    const key = JSON.stringify([
      r.subject.id,
      r.predicate,
      r.object?.id,
      r.value_number,
      r.value_text,
      r.bound,
      r.role,
      r.time_from,
      r.time_to,
      r.time_precision,
    ]);
    const claim = claims.get(key);
    if (!claim) claims.set(key, { row: r, evidence: [...r.evidence] });
    else {
      if (r.subject_id === r.subject.id && claim.row.subject_id !== claim.row.subject.id) claim.row = r;
      claim.evidence.push(...r.evidence);
    }
  }
  return [...claims.values()].map(({ row: r, evidence }) => {
    const seen = new Set<string>();
    const items = evidence.filter((e) => {
      const key = JSON.stringify([e.documentId, e.start, e.end, e.analyst, e.quote]);
      return !seen.has(key) && seen.add(key) !== undefined;
    });
    const statement = assembleStatement(r, items);
    return { statement, eventTime: r.event_time, firstReported: r.first_reported };
  });
}

/** The date of an event (its shortest occurred_on-style statement), as JSON, for a lateral join. */
const EVENT_TIME = (
  entity: string,
) => `select json_build_object('from', x.time_from::text, 'to', x.time_to::text,
       'precision', x.time_precision) as t
     from statements x
     where ${entity}.type = 'event' and x.predicate = any($6::text[]) and x.time_from is not null
       and x.subject_id in (select id from entities where canonical_id = ${entity}.id)
     order by x.time_to - x.time_from, x.id limit 1`;
