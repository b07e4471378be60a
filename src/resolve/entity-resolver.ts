import type { Extraction } from "../extract/extraction.js";
import type { Queryable } from "../store/database.js";
import { addAliases, createEntity, findEntityByKey } from "../store/repositories/entities.js";
import { nameKey } from "./name-key.js";

/** The resolve stage: maps a document's local entities to entities in the store. */
export interface EntityResolver {
  readonly name: string;
  /** Returns store entity ids by local entity key, creating entities that are new. */
  resolve(tx: Queryable, extraction: Extraction): Promise<Map<string, string>>;
}

/**
 * The baseline resolver: an entity joins a stored one of the same type when their names or aliases
 * share a folded key (case, diacritics, punctuation); otherwise it is new. Every name the document
 * uses for it becomes an alias. The resolution issue replaces this with scored, reversible merging.
 */
export const keyResolver: EntityResolver = {
  name: "name-key",
  async resolve(tx, extraction) {
    const ids = new Map<string, string>();
    const names = new Map<string, Set<string>>();
    for (const m of extraction.mentions) {
      if (m.nominal) continue;
      const set = names.get(m.entity) ?? new Set<string>();
      set.add(m.text);
      names.set(m.entity, set);
    }
    for (const entity of extraction.entities) {
      const keys = [entity.name, ...(names.get(entity.key) ?? [])].map(nameKey).filter((k) => k.length > 0);
      let id: string | undefined;
      for (const key of new Set(keys)) {
        id = await findEntityByKey(tx, entity.type, key);
        if (id) break;
      }
      id ??= await createEntity(tx, { type: entity.type, name: entity.name });
      await addAliases(tx, id, [entity.name, ...(names.get(entity.key) ?? [])]);
      ids.set(entity.key, id);
    }
    return ids;
  },
};
