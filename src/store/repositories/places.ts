import type { PlaceRecord } from "../../analyze/types.js";
import { lookupPlace } from "../../places/gazetteer.js";
import { nameKey } from "../../resolve/name-key.js";
import type { Queryable } from "../database.js";

/**
 * The place an unnamed site's own name ties it to, among the report's locations: "camp near
 * Sabratha", "beach hotel near Sousse", "beach at Port El Kantaoui" (the last word group after
 * near, at, in, outside or of).
 */
export function siteParent(name: string, locations: ReadonlyMap<string, string>): string | null {
  const found = /^.*\b(?:near|at|in|outside|of)\s+(?:the\s+)?(.+)$/i.exec(name);
  return found ? (locations.get(nameKey(found[1]!)) ?? null) : null;
}

interface PlaceRow {
  id: string;
  kind: string;
  geo: string | null;
  cc: string | null;
  lat: number | null;
  lon: number | null;
  parent: string | null;
}

function betterPlaceRow(a: PlaceRow, b: PlaceRow): PlaceRow {
  const known = (r: PlaceRow) => (r.geo ? 2 : 0) + (r.kind !== "site" ? 1 : 0);
  const best = known(b) > known(a) ? b : a;
  return { ...best, parent: a.parent ?? b.parent };
}

/**
 * Records what the gazetteer knows of place entities (kind, country, coordinates). Called at
 * ingestion for the location and facility entities of a report; names the gazetteer does not know
 * (a camp, "a beach hotel near Sousse") are kept as sites, placed by their `located_in` statements.
 */
export async function recordPlaces(
  tx: Queryable,
  places: readonly { entityId: string; name: string; type: string }[],
): Promise<void> {
  const rows = new Map<string, PlaceRow>();
  const locations = new Map(
    places.filter((p) => p.type === "location").map((p) => [nameKey(p.name), p.entityId]),
  );
  for (const p of places) {
    if (p.type !== "location" && p.type !== "facility") continue;
    const facts = p.type === "location" ? lookupPlace(p.name) : undefined;
    const row: PlaceRow = {
      id: p.entityId,
      kind: facts?.kind ?? "site",
      geo: facts?.geoKey ?? null,
      cc: facts?.countryCode ?? null,
      lat: facts?.lat ?? null,
      lon: facts?.lon ?? null,
      parent: p.type === "facility" ? siteParent(p.name, locations) : null,
    };
    // Two names of one report can resolve to one entity ("Sabratha", "Sabratah"): one row each, the
    // one the gazetteer knows best (an upsert may not touch a row twice).
    const earlier = rows.get(row.id);
    rows.set(row.id, earlier ? betterPlaceRow(earlier, row) : row);
  }
  if (rows.size === 0) return;
  // A known place keeps its gazetteer facts when a later report names it by a spelling we do not know.
  await tx.query(
    `insert into places (entity_id, kind, geo_key, country_code, lat, lon, parent_id)
     select r.id, r.kind, r.geo, r.cc, r.lat, r.lon, r.parent
     from jsonb_to_recordset($1::jsonb) as r(id text, kind text, geo text, cc text, lat float8, lon float8, parent text)
     on conflict (entity_id) do update set
       parent_id = coalesce(places.parent_id, excluded.parent_id),
       kind = case when excluded.kind = 'site' then places.kind else excluded.kind end,
       geo_key = coalesce(excluded.geo_key, places.geo_key),
       country_code = coalesce(excluded.country_code, places.country_code),
       lat = coalesce(excluded.lat, places.lat), lon = coalesce(excluded.lon, places.lon),
       updated_at = now()`,
    [JSON.stringify([...rows.values()])],
  );
}

/** The members of a canonical entity (itself and every entity merged into it), for SQL. */
const MEMBERS = (id: string) => `(select id from entities where canonical_id = ${id})`;

/**
 * A canonical place's kind, read through merges: the gazetteer's facts may sit on an entity merged
 * into it (Sabratah merged into Sabratha). A known kind (country, city) wins over "site".
 */
const PLACE_FACTS = (id: string) => `(select p.kind, p.country_code, p.lat, p.lon from places p
   join entities m on m.id = p.entity_id where m.canonical_id = ${id}
   order by case p.kind when 'country' then 0 when 'city' then 1 else 2 end, (p.entity_id = ${id}) desc, p.entity_id
   limit 1)`;

/** One link of the place hierarchy around some places, as `placeHierarchyLinks` finds it. */
export interface PlaceLink {
  id: string;
  name: string;
  kind: string;
  lat: number | null;
  lon: number | null;
  /** The place this one was reached from; null for the places the walk started at. */
  from: string | null;
  /** "located_in" (a statement), "country" (the gazetteer's country code), "same" (one gazetteer entry). */
  via: "located_in" | "country" | "same" | null;
  /** "up": `id` contains `from`; "down": `from` contains `id`. */
  direction: "up" | "down";
}

/**
 * The place hierarchy around some canonical place ids in one recursive query: the seeds
 * themselves (from = null), then every link out of a place `depth - 1` or fewer steps away, going
 * up (what contains them) and, with `down`, down (what they contain). Links are statements
 * (`located_in`), the gazetteer's country code, and one gazetteer entry under two spellings.
 * Place facts are read through merges.
 */
export async function placeHierarchyLinks(
  db: Queryable,
  seeds: readonly string[],
  options: { down: boolean; depth: number },
): Promise<PlaceLink[]> {
  if (seeds.length === 0) return [];
  const member = MEMBERS("w.id");
  return db.query<PlaceLink>(
    `with recursive walk(id, direction, d, "from", via) as (
       select distinct x, dir, 0, null::text, null::text
       from unnest($1::text[]) x cross join unnest($2::text[]) dir
       union
       select l.id, w.direction, w.d + 1, w.id, l.via
       from walk w cross join lateral (
         select o.canonical_id as id, 'located_in' as via from statements s join entities o on o.id = s.object_id
         where w.direction = 'up' and s.predicate = 'located_in' and s.subject_id in ${member}
         union all
         select s0.canonical_id, 'located_in' from statements s join entities s0 on s0.id = s.subject_id
         where w.direction = 'down' and s.predicate = 'located_in' and s.object_id in ${member}
           and s.object_id is not null
         union all
         select pe.canonical_id, 'located_in' from places p join entities pe on pe.id = p.parent_id
         where w.direction = 'up' and p.entity_id in ${member}
         union all
         select se.canonical_id, 'located_in' from places p join entities se on se.id = p.entity_id
         where w.direction = 'down' and p.parent_id in ${member}         union all
         select c.canonical_id, 'country' from places p
           join places cp on cp.country_code = p.country_code and cp.kind = 'country'
           join entities c on c.id = cp.entity_id
         where w.direction = 'up' and p.kind <> 'country' and p.entity_id in ${member}
         union all
         select c.canonical_id, 'country' from places p
           join places cp on cp.country_code = p.country_code and cp.kind <> 'country'
           join entities c on c.id = cp.entity_id
         where w.direction = 'down' and p.kind = 'country' and p.entity_id in ${member}
         union all
         select t.canonical_id, 'same' from places p
           join places tp on tp.geo_key = p.geo_key join entities t on t.id = tp.entity_id
         where p.geo_key is not null and p.entity_id in ${member}
       ) l
       where w.d < $3 and l.id <> w.id
     ), links as (select distinct id, direction, "from", via from walk)
     select l.id, e.name, coalesce(f.kind, 'site') as kind, f.lat, f.lon, l."from", l.via, l.direction
     from links l join entities e on e.id = l.id left join lateral ${PLACE_FACTS("l.id")} f on true
     order by l.direction desc, l."from" nulls first, l.id, l.via`,
    [seeds, options.down ? ["up", "down"] : ["up"], options.depth],
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
         (select pe.canonical_id from places sp join entities se on se.id = sp.entity_id
            join entities pe on pe.id = sp.parent_id
          where se.canonical_id = e.id order by sp.entity_id limit 1),
         (select c.canonical_id from places cp join entities c on c.id = cp.entity_id
          where p.kind <> 'country' and cp.kind = 'country' and cp.country_code = p.country_code
          order by c.canonical_id limit 1)
       ) as "parentId"
     from entities e left join lateral ${PLACE_FACTS("e.id")} p on true
     where e.canonical_id = e.id and e.type in ('location', 'facility')
     order by e.name, e.id`,
  );
}
