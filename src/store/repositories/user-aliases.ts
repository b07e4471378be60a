import { notFound } from "../../errors/errors.js";
import type { EntityType } from "../../model/entity-types.js";
import type { Queryable } from "../database.js";
import { newId } from "../ids.js";

/** A group of names the user says are one entity: the store-held companion of KNOWN_ALIASES. */
export interface UserAliasGroup {
  id: string;
  type: EntityType;
  /** The name the group is known and shown by first, then the others. */
  names: string[];
  addedBy: string;
  addedAt: string;
  note: string | null;
}

interface UserAliasRow {
  id: string;
  type: EntityType;
  names: string[];
  added_by: string;
  added_at: string;
  note: string | null;
}

const SELECT = "select id, type, names, added_by, added_at, note from user_alias_groups";

function toGroup(r: UserAliasRow): UserAliasGroup {
  return { id: r.id, type: r.type, names: r.names, addedBy: r.added_by, addedAt: r.added_at, note: r.note };
}

/** The user's alias groups, oldest first (the order a resolution pass numbers them in). */
export async function listUserAliasGroups(
  db: Queryable,
  filter: { type?: EntityType } = {},
): Promise<UserAliasGroup[]> {
  const rows = filter.type
    ? await db.query<UserAliasRow>(`${SELECT} where type = $1 order by added_at, id`, [filter.type])
    : await db.query<UserAliasRow>(`${SELECT} order by added_at, id`);
  return rows.map(toGroup);
}

export async function findUserAliasGroup(db: Queryable, id: string): Promise<UserAliasGroup | undefined> {
  const rows = await db.query<UserAliasRow>(`${SELECT} where id = $1`, [id]);
  return rows[0] ? toGroup(rows[0]) : undefined;
}

/** The group a type and folded first name identify, if the user has one. */
export async function findUserAliasGroupByHead(
  db: Queryable,
  type: EntityType,
  headKey: string,
): Promise<UserAliasGroup | undefined> {
  const rows = await db.query<UserAliasRow>(`${SELECT} where type = $1 and head_key = $2`, [type, headKey]);
  return rows[0] ? toGroup(rows[0]) : undefined;
}

/**
 * Stores a new group. `headKey` is the folded key of `names[0]` (the caller folds, as resolution
 * does); a second group with the same type and head key is refused by the store.
 */
export async function insertUserAliasGroup(
  tx: Queryable,
  group: { type: EntityType; headKey: string; names: readonly string[]; by: string; note?: string | null },
): Promise<UserAliasGroup> {
  const rows = await tx.query<UserAliasRow>(
    `insert into user_alias_groups (id, type, head_key, names, added_by, note)
     values ($1, $2, $3, $4::jsonb, $5, $6)
     returning id, type, names, added_by, added_at, note`,
    [newId("uag"), group.type, group.headKey, JSON.stringify(group.names), group.by, group.note ?? null],
  );
  return toGroup(rows[0]!);
}

/** Replaces a group's names; the first stays the one it is known by. */
export async function updateUserAliasGroupNames(
  tx: Queryable,
  id: string,
  names: readonly string[],
): Promise<void> {
  await tx.query("update user_alias_groups set names = $2::jsonb where id = $1", [id, JSON.stringify(names)]);
}

/** Takes a group back; throws TESSERA_NOT_FOUND when there is no such group. */
export async function deleteUserAliasGroup(tx: Queryable, id: string): Promise<UserAliasGroup> {
  const rows = await tx.query<UserAliasRow>(
    `delete from user_alias_groups where id = $1 returning id, type, names, added_by, added_at, note`,
    [id],
  );
  if (!rows[0]) throw notFound("user alias group", id);
  return toGroup(rows[0]);
}
