import type { PlaceRecord } from "../../analyze/types.js";
import { lookupPlace } from "../../places/gazetteer.js";
import type { Queryable } from "../database.js";

/**
 * Records what the gazetteer knows of place entities (kind, country, coordinates). Called at
 * ingestion for the location and facility entities of a report; names the gazetteer does not know
 * (a camp, "a beach hotel near Sousse") are kept as sites, placed by their `located_in` statements.
 */
export async function recordPlaces(
  tx: Queryable,
  places: readonly { entityId: string; name: string; type: string }[],
): Promise<void> {
  const rows = [];
  for (const p of places) {
    if (p.type !== "location" && p.type !== "facility") continue;
    const facts = p.type === "location" ? lookupPlace(p.name) : undefined;
    rows.push({
      id: p.entityId,
      kind: facts?.kind ?? "site",
      geo: facts?.geoKey ?? null,
      cc: facts?.countryCode ?? null,
      lat: facts?.lat ?? null,
      lon: facts?.lon ?? null,
    });
  }
  if (rows.length === 0) return;
  // A known place keeps its gazetteer facts when a later report names it by a spelling we do not know.
  await tx.query(
    `insert into places (entity_id, kind, geo_key, country_code, lat, lon)
     select r.id, r.kind, r.geo, r.cc, r.lat, r.lon
     from jsonb_to_recordset($1::jsonb) as r(id text, kind text, geo text, cc text, lat float8, lon float8)
     on conflict (entity_id) do update set
       kind = case when excluded.kind = 'site' then places.kind else excluded.kind end,
       geo_key = coalesce(excluded.geo_key, places.geo_key),
       country_code = coalesce(excluded.country_code, places.country_code),
       lat = coalesce(excluded.lat, places.lat), lon = coalesce(excluded.lon, places.lon),
       updated_at = now()`,
    [JSON.stringify(rows)],
  );
}

/** One step of the place hierarchy around some places: what contains them, or what they contain. */
export interface PlaceLink {
  id: string;
  name: string;
  kind: string;
  /** The place this one was reached from. */
  from: string;
  /** "located_in" (a statement), "country" (the gazetteer's country code), "same" (one gazetteer entry). */
  via: "located_in" | "country" | "same";
}

/**
 * The places directly containing (`up`) or contained in (`down`) the given canonical place ids,
 * and the places that are the same gazetteer entry under another spelling.
 */
export async function placeLinks(
  db: Queryable,
  ids: readonly string[],
  direction: "up" | "down",
): Promise<PlaceLink[]> {
  if (ids.length === 0) return [];
  const located =
    direction === "up"
      ? `select o.canonical_id as id, s0.canonical_id as "from" from statements s
         join entities s0 on s0.id = s.subject_id join entities o on o.id = s.object_id
         where s.predicate = 'located_in' and s.subject_id in (select id from entities where canonical_id = any($1::text[]))`
      : `select s0.canonical_id as id, o.canonical_id as "from" from statements s
         join entities s0 on s0.id = s.subject_id join entities o on o.id = s.object_id
         where s.predicate = 'located_in' and s.object_id in (select id from entities where canonical_id = any($1::text[]))`;
  const country =
    direction === "up"
      ? `select c.canonical_id as id, pe.canonical_id as "from" from places p join entities pe on pe.id = p.entity_id
         join places cp on cp.country_code = p.country_code and cp.kind = 'country'
         join entities c on c.id = cp.entity_id
         where p.kind <> 'country' and p.entity_id in (select id from entities where canonical_id = any($1::text[]))`
      : `select c.canonical_id as id, pe.canonical_id as "from" from places p join entities pe on pe.id = p.entity_id
         join places cp on cp.country_code = p.country_code and cp.kind <> 'country'
         join entities c on c.id = cp.entity_id
         where p.kind = 'country' and p.entity_id in (select id from entities where canonical_id = any($1::text[]))`;
  return db.query<PlaceLink>(
    `select l.id, e.name, coalesce(p.kind, 'site') as kind, l."from", l.via from (
       select id, "from", 'located_in' as via from (${located}) a
       union select id, "from", 'country' from (${country}) b
       union select t.canonical_id, pe.canonical_id, 'same' from places p join entities pe on pe.id = p.entity_id
         join places tp on tp.geo_key = p.geo_key join entities t on t.id = tp.entity_id
         where p.geo_key is not null and p.entity_id in (select id from entities where canonical_id = any($1::text[]))
     ) l join entities e on e.id = l.id left join places p on p.entity_id = l.id
     where l.id <> l."from"`,
    [ids],
  );
}

/** Every place entity with its gazetteer facts and the place it lies in, for maps and pickers. */
export async function listPlaces(db: Queryable): Promise<PlaceRecord[]> {
  return db.query<PlaceRecord>(
    `select e.id, e.name, coalesce(p.kind, e.type) as type, p.lat, p.lon, p.country_code as "countryCode",
       coalesce(
         (select o.canonical_id from statements s join entities s0 on s0.id = s.subject_id
            join entities o on o.id = s.object_id
          where s.predicate = 'located_in' and s0.canonical_id = e.id order by s.id limit 1),
         (select c.canonical_id from places cp join entities c on c.id = cp.entity_id
          where p.kind <> 'country' and cp.kind = 'country' and cp.country_code = p.country_code
          order by c.canonical_id limit 1)
       ) as "parentId"
     from entities e left join places p on p.entity_id = e.id
     where e.canonical_id = e.id and e.type in ('location', 'facility')
     order by e.name, e.id`,
  );
}
