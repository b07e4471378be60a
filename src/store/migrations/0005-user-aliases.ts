import { ENTITY_TYPE_NAMES } from "../../model/entity-types.js";

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(", ");

/**
 * The user's alias list: groups of names an analyst says are one entity, the store-held companion
 * of the curated list in `src/model/known-aliases.ts`, read by every resolution pass. A group is
 * known by its first name (`head_key`, that name's folded key, computed by the importer), so
 * importing the same group again extends it instead of adding a second one. `added_at` is the
 * statement's clock, not the transaction's, so the groups of one import keep their order.
 */
export const migration = {
  version: 5,
  name: "user-aliases",
  sql: `
create table user_alias_groups (
  id text primary key,
  type text not null check (type in (${list(ENTITY_TYPE_NAMES)})),
  head_key text not null check (head_key <> ''),
  names jsonb not null check (jsonb_typeof(names) = 'array' and jsonb_array_length(names) >= 2),
  added_by text not null,
  added_at timestamptz not null default clock_timestamp(),
  note text,
  unique (type, head_key)
);
`,
};
