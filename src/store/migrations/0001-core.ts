import { ENTITY_TYPE_NAMES } from "../../model/entity-types.js";
import { MARKING_NAMES } from "../../model/markings.js";
import { PREDICATE_NAMES } from "../../model/predicates.js";

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(", ");

/**
 * The provenance-first core: sources, documents with their sentences, entities with aliases,
 * mentions, statements and their evidence. The vocabularies in the CHECK constraints come from the
 * declared model, so the store refuses what the model does not know.
 */
export const migration = {
  version: 1,
  name: "core",
  sql: `
create table sources (
  id text primary key,
  name text not null unique,
  reliability char(1) not null check (reliability in ('A','B','C','D','E','F')),
  created_at timestamptz not null default now()
);

create table documents (
  id text primary key,
  source_id text references sources(id),
  title text not null,
  text text not null,
  url text,
  published date,
  language text not null default 'en',
  ts_config regconfig not null default 'english',
  content_hash text not null unique,
  marking text not null check (marking in (${list(MARKING_NAMES)})),
  format text not null,
  origin text,
  ingested_at timestamptz not null default now(),
  tsv tsvector generated always as (
    setweight(to_tsvector(ts_config, title), 'A') || setweight(to_tsvector(ts_config, text), 'B')
  ) stored
);
create index documents_tsv_idx on documents using gin (tsv);
create index documents_published_idx on documents (published);

create table sentences (
  document_id text not null references documents(id) on delete cascade,
  idx int not null,
  start_offset int not null,
  end_offset int not null check (end_offset >= start_offset),
  primary key (document_id, idx)
);

create table entities (
  id text primary key,
  type text not null check (type in (${list(ENTITY_TYPE_NAMES)})),
  name text not null,
  name_key text not null,
  created_by text not null default 'extraction',
  created_at timestamptz not null default now()
);
create index entities_key_idx on entities (type, name_key);
create index entities_name_trgm_idx on entities using gin (name gin_trgm_ops);

create table aliases (
  entity_id text not null references entities(id) on delete cascade,
  name text not null,
  name_key text not null,
  origin text not null default 'mention' check (origin in ('mention', 'analyst', 'curated', 'report')),
  added_by text,
  added_at timestamptz not null default now(),
  primary key (entity_id, name)
);
create index aliases_key_idx on aliases (name_key);
create index aliases_name_trgm_idx on aliases using gin (name gin_trgm_ops);

create table mentions (
  id bigint generated always as identity primary key,
  document_id text not null references documents(id) on delete cascade,
  entity_id text not null references entities(id),
  sentence_idx int not null,
  start_offset int not null,
  end_offset int not null check (end_offset > start_offset),
  text text not null,
  label text not null,
  unique (document_id, start_offset, end_offset)
);
create index mentions_entity_idx on mentions (entity_id);

create table statements (
  id text primary key,
  fingerprint text not null unique,
  subject_id text not null references entities(id),
  predicate text not null check (predicate in (${list(PREDICATE_NAMES)})),
  object_id text references entities(id),
  value_number double precision,
  value_text text,
  unit text,
  bound text not null default 'exact' check (bound in ('exact', 'at_least', 'at_most')),
  role text,
  time_from date,
  time_to date,
  time_precision text check (time_precision in ('day', 'month', 'year')),
  created_at timestamptz not null default now(),
  check ((object_id is not null)::int + (value_number is not null)::int + (value_text is not null)::int = 1),
  check ((time_from is null) = (time_precision is null) and (time_from is null) = (time_to is null))
);
create index statements_subject_idx on statements (subject_id, predicate);
create index statements_object_idx on statements (object_id);
create index statements_predicate_idx on statements (predicate);

create table evidence (
  id bigint generated always as identity primary key,
  statement_id text not null references statements(id) on delete cascade,
  document_id text references documents(id) on delete cascade,
  sentence_idx int,
  start_offset int,
  end_offset int,
  quote text not null,
  credibility smallint not null check (credibility between 1 and 6),
  marking text not null check (marking in (${list(MARKING_NAMES)})),
  analyst text,
  created_at timestamptz not null default now(),
  -- Evidence is either a span of a document or an analyst's own entry, with who made it.
  check (
    (document_id is not null and sentence_idx is not null and start_offset is not null and end_offset is not null)
    or (document_id is null and analyst is not null)
  ),
  unique (statement_id, document_id, start_offset, end_offset)
);
create index evidence_statement_idx on evidence (statement_id);
create index evidence_document_idx on evidence (document_id);

-- Nothing in the graph exists without evidence: checked when the transaction commits.
create function tessera_statement_needs_evidence() returns trigger language plpgsql as $$
begin
  if exists (select 1 from statements where id = new.id)
     and not exists (select 1 from evidence where statement_id = new.id) then
    raise exception 'statement % has no evidence', new.id using errcode = 'check_violation';
  end if;
  return null;
end $$;
create constraint trigger statements_need_evidence after insert on statements
  deferrable initially deferred for each row execute function tessera_statement_needs_evidence();

-- A statement whose last evidence goes (its document deleted) goes with it.
create function tessera_drop_unsupported_statement() returns trigger language plpgsql as $$
begin
  delete from statements s where s.id = old.statement_id
    and not exists (select 1 from evidence e where e.statement_id = old.statement_id);
  return null;
end $$;
create trigger evidence_keeps_statements after delete on evidence
  for each row execute function tessera_drop_unsupported_statement();
`,
};
