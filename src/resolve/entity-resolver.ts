import type { Extraction } from "../extract/extraction.js";
import type { Queryable } from "../store/database.js";
import { addAliases, createEntity, findEntityByKey, renameEntity } from "../store/repositories/entities.js";
import { betterName, canonicalName } from "./canonical-name.js";
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
async function renameIfBetter(tx: Queryable, id: string, candidate: string): Promise<void> {
  const rows = await tx.query<{ name: string }>("select name from entities where id = $1", [id]);
  const current = rows[0]?.name;
  if (current !== undefined && betterName(current, candidate) !== current)
    await renameEntity(tx, id, candidate);
}

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
      const spellings = [entity.name, ...(names.get(entity.key) ?? [])];
      if (id) await renameIfBetter(tx, id, canonicalName(spellings));
      else id = await createEntity(tx, { type: entity.type, name: canonicalName(spellings) });
      await addAliases(tx, id, spellings);
      ids.set(entity.key, id);
    }
    return ids;
  },
};
