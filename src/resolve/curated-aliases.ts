import type { EntityType } from "../model/entity-types.js";
import { KNOWN_ALIASES, type KnownAlias } from "../model/known-aliases.js";
import { nameForm } from "./name-forms.js";

/** Curated alias groups by folded name, per type: which names are known to be one entity. */
export interface CuratedIndex {
  groupsOf(type: EntityType, name: string): number[];
  /** The name a group is shown by. */
  preferred(group: number): string;
}

/**
 * The key under which two names of one type count as the same name in an alias group: the folded
 * form resolution compares (case, diacritics, punctuation, script and Arabic articles aside).
 *
 * @example aliasKey("organization", "Al-Qaeda!") === aliasKey("organization", "al Qaeda")
 */
export function aliasKey(type: EntityType, name: string): string {
  return nameForm(name, type).folded;
}

const keyOf = (type: EntityType, name: string) => `${type}\u241f${aliasKey(type, name)}`;

export function curatedIndex(entries: readonly KnownAlias[] = KNOWN_ALIASES): CuratedIndex {
  const byKey = new Map<string, number[]>();
  entries.forEach((entry, group) => {
    for (const name of entry.names) {
      const key = keyOf(entry.type, name);
      const list = byKey.get(key) ?? [];
      if (!list.includes(group)) list.push(group);
      byKey.set(key, list);
    }
  });
  return {
    groupsOf: (type, name) => byKey.get(keyOf(type, name)) ?? [],
    preferred: (group) => entries[group]?.names[0] ?? "",
  };
}

/**
 * The index a resolution pass uses: the curated list followed by the user's own groups (from the
 * store's `user_alias_groups`). A user group counts exactly as a curated one: names in one group
 * are one entity, and names only in different groups are never merged (a cannot-link).
 */
export function aliasIndex(userGroups: readonly KnownAlias[]): CuratedIndex {
  return curatedIndex(userGroups.length === 0 ? KNOWN_ALIASES : [...KNOWN_ALIASES, ...userGroups]);
}
