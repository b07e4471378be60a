import type { EntityType } from "../../model/index.js";
import type { Queryable } from "../database.js";

/** What a resolution pass reads from the store, as plain rows. */
export interface ResolutionInputs {
  entities: { id: string; type: EntityType; name: string }[];
  names: { id: string; name: string }[];
  /** Mentions per canonical entity and document (`nominal`: how many are descriptions), with the document's year. */
  sightings: { id: string; document: string; n: number; nominal: number; year: number | null }[];
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
  /** Events, which the name pass leaves alone and the event pass compares by date and place. */
  events: { id: string; name: string }[];
  /** Unnamed groups ("Bardo Museum attackers", "gunmen"): joined only by the attack they carried out. */
  groups: { id: string; name: string }[];
  /** Statements the context passes compare (dates, places, ages, perpetrators…), through merges. */
  facts: {
    subject: string;
    predicate: string;
    object: string | null;
    number: number | null;
    from: string | null;
    to: string | null;
    precision: "day" | "month" | "year" | null;
  }[];
  /** Gazetteer facts of every place entity, through merges, with the site's parent. */
  places: {
    id: string;
    kind: string;
    geoKey: string | null;
    countryCode: string | null;
    lat: number | null;
    lon: number | null;
    parent: string | null;
  }[];
}

const TYPES = ["person", "organization", "location", "facility"];

/** Reads everything a pass needs in a handful of queries, through merges (canonical ids). */
export async function loadResolutionInputs(
  db: Queryable,
  options: {
    /** The predicates whose statements the passes compare (`facts`). */
    facts: readonly string[];
  },
): Promise<ResolutionInputs> {
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
            (count(*) filter (where m.label = 'NOMINAL'))::int as nominal,
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
  const events = await db.query<ResolutionInputs["events"][number]>(
    `select id, name from entities where canonical_id = id and type = 'event' order by created_at, id`,
  );
  const groups = await db.query<ResolutionInputs["groups"][number]>(
    `select id, name from entities where canonical_id = id and type = 'group' order by created_at, id`,
  );
  const facts = await db.query<ResolutionInputs["facts"][number]>(
    `select sg.canonical_id as subject, s.predicate, og.canonical_id as object, s.value_number as number,
            s.time_from::text as "from", s.time_to::text as "to", s.time_precision as precision
     from statements s join entities sg on sg.id = s.subject_id left join entities og on og.id = s.object_id
     where s.predicate in (select jsonb_array_elements_text($1::jsonb))
     order by s.id`,
    [JSON.stringify(options.facts)],
  );
  const places = await db.query<ResolutionInputs["places"][number]>(
    `select g.canonical_id as id, p.kind, p.geo_key as "geoKey", p.country_code as "countryCode", p.lat, p.lon,
            pg.canonical_id as parent
     from places p join entities g on g.id = p.entity_id left join entities pg on pg.id = p.parent_id
     order by g.canonical_id, p.entity_id`,
  );
  return {
    entities,
    names,
    sightings,
    roles: roles.filter((r) => r.role),
    mentionSpans,
    events,
    groups,
    facts,
    places,
  };
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
