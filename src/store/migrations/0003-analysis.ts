/**
 * Analysis: the place hierarchy. A location or facility entity the gazetteer knows gets its kind,
 * country and coordinates; containment comes from the country code (a city is in its country) and
 * from `located_in` statements (a camp near Sabratha is in Sabratha), so it follows the evidence
 * instead of being copied here. Indexes serve conflicts, co-presence, paths and timelines.
 */
export const migration = {
  version: 3,
  name: "analysis",
  sql: `
create table places (
  entity_id text primary key references entities(id) on delete cascade,
  kind text not null check (kind in ('country', 'city', 'site')),
  geo_key text,
  country_code text,
  lat double precision,
  lon double precision,
  updated_at timestamptz not null default now()
);
create index places_country_idx on places (country_code, kind);
create index places_geo_key_idx on places (geo_key);

-- Placements and containment read a place's statements by object and predicate.
create index statements_object_predicate_idx on statements (object_id, predicate) where object_id is not null;
`,
};
