/**
 * Cross-document entity resolution (issue 4). Merges are soft: a merged entity keeps its rows and
 * points at the entity it was merged into (`merged_into`, a tree), and `canonical_id` names the root
 * of that tree so that reads can present a merged group as one entity with one join. Every merge is
 * logged with who made it and why, and an undo only clears the pointer, so nothing is ever lost.
 */
export const migration = {
  version: 2,
  name: "resolution",
  sql: `
alter table entities add column merged_into text references entities(id);
alter table entities add column canonical_id text;
update entities set canonical_id = id;
alter table entities alter column canonical_id set not null;
create index entities_canonical_idx on entities (canonical_id);
create index entities_merged_into_idx on entities (merged_into);

-- A new entity is its own canonical entity; inserts need not know about resolution.
create function tessera_entity_canonical() returns trigger language plpgsql as $$
begin
  if new.canonical_id is null then new.canonical_id := new.id; end if;
  return new;
end $$;
create trigger entities_canonical before insert on entities
  for each row execute function tessera_entity_canonical();

create table merges (
  id text primary key,
  keep_id text not null references entities(id),
  merged_id text not null references entities(id),
  made_by text not null,
  reason text not null default '',
  score double precision,
  features jsonb not null default '{}'::jsonb,
  made_at timestamptz not null default now(),
  undone_at timestamptz,
  undone_by text,
  check (keep_id <> merged_id)
);
create index merges_keep_idx on merges (keep_id);
create index merges_merged_idx on merges (merged_id);

-- "Not the same": an analyst's cannot-link, stored with the smaller id first.
create table distinct_pairs (
  a_id text not null references entities(id),
  b_id text not null references entities(id),
  made_by text not null,
  made_at timestamptz not null default now(),
  primary key (a_id, b_id),
  check (a_id < b_id)
);
create index distinct_pairs_b_idx on distinct_pairs (b_id);

-- Pairs a resolution pass scored between its two thresholds, for an analyst to decide.
create table review_pairs (
  id text primary key,
  a_id text not null references entities(id),
  b_id text not null references entities(id),
  score double precision not null,
  features jsonb not null default '{}'::jsonb,
  status text not null default 'open' check (status in ('open', 'merged', 'distinct', 'stale')),
  created_at timestamptz not null default now(),
  decided_at timestamptz,
  decided_by text,
  unique (a_id, b_id),
  check (a_id < b_id)
);
create index review_pairs_status_idx on review_pairs (status, score desc);
`,
};
