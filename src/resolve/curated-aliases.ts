import type { EntityType } from "../model/entity-types.js";
import { KNOWN_ALIASES, type KnownAlias } from "../model/known-aliases.js";
import { nameForm } from "./name-forms.js";

/** Curated alias groups by folded name, per type: which names are known to be one entity. */
export interface CuratedIndex {
  groupsOf(type: EntityType, name: string): number[];
  /** The name a group is shown by. */
  preferred(group: number): string;
}

const keyOf = (type: EntityType, name: string) => `${type}\u241f${nameForm(name, type).folded}`;

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
