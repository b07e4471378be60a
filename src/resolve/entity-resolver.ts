import type { Extraction } from "../extract/extraction.js";
import type { EntityType } from "../model/index.js";
import type { Queryable } from "../store/database.js";
import {
  addAliasesToMany,
  createEntities,
  findEntitiesByKeys,
  renameEntity,
} from "../store/repositories/entities.js";
import { betterName, canonicalName } from "./canonical-name.js";
import { isGenericEventKey } from "./event-match.js";
import { nameKey } from "./name-key.js";

/** The resolve stage: maps a document's local entities to entities in the store. */
export interface EntityResolver {
  readonly name: string;
  /** Returns store entity ids by local entity key, creating entities that are new. */
  resolve(tx: Queryable, extraction: Extraction): Promise<Map<string, string>>;
}

/** Types whose fullest spelling is the best name; events and unnamed groups keep the extractor's. */
const NAMED: ReadonlySet<EntityType> = new Set(["person", "organization", "location", "facility"]);

const pairKey = (type: EntityType, key: string) => `${type}\u241f${key}`;

/**
 * The ingest-time resolver: an entity joins a stored one of the same type when their names or
 * aliases share a folded key (case, diacritics, punctuation), or one met earlier in the same report;
 * otherwise it is new. Every name the report uses for it becomes an alias. Cross-report merging with
 * scores, transliteration and a review queue runs after each batch (`runResolution`).
 *
 * It costs a fixed handful of queries per report, whatever the number of entities: one look-up of
 * every key, one insert of the new entities, one of the aliases, and a rename where a better
 * spelling turns up.
 */
export const keyResolver: EntityResolver = {
  name: "name-key",
  async resolve(tx, extraction) {
    const names = new Map<string, Set<string>>();
    const nominalOnly = new Set<string>();
    for (const m of extraction.mentions) {
      if (m.nominal) {
        nominalOnly.add(m.entity);
        continue;
      }
      const set = names.get(m.entity) ?? new Set<string>();
      set.add(m.text);
      names.set(m.entity, set);
    }
    const plans = extraction.entities.map((entity) => {
      const spellings = [entity.name, ...(names.get(entity.key) ?? [])];
      // "the attack" of one report and "the attack" of another are not one attack by that alone, nor
      // are two reports' "gunmen" one band: an unnamed group is known by its event ("Bardo Museum
      // attackers") or not at all.
      const generic = (k: string) => entity.type === "event" && isGenericEventKey(k);
      const unnamedGroup = entity.type === "group" && !/\p{Lu}/u.test(entity.name);
      // A person known in this report only by descriptions ("the gunman") has no name to match on
      // or to lend as an alias: the context pass joins it to a named person, if its facts agree.
      const described = entity.type === "person" && !names.has(entity.key) && nominalOnly.has(entity.key);
      const keys =
        unnamedGroup || described
          ? []
          : [...new Set(spellings.map(nameKey).filter((k) => k.length > 0 && !generic(k)))];
      return { entity, spellings, keys, described };
    });
    const stored = await findEntitiesByKeys(
      tx,
      plans.flatMap((p) => p.keys.map((key) => ({ type: p.entity.type, key }))),
    );
    // Entities met earlier in this report, by key: two local entities sharing a key are one.
    const local = new Map<string, number>();
    const targets: ({ kind: "stored"; id: string; name: string } | { kind: "new"; index: number })[] = [];
    const fresh: { type: EntityType; spellings: string[] }[] = [];
    for (const plan of plans) {
      const type = plan.entity.type;
      let target: (typeof targets)[number] | undefined;
      for (const key of plan.keys) {
        const seen = local.get(pairKey(type, key));
        if (seen !== undefined) {
          target = targets[seen];
          break;
        }
        const hit = stored.get(pairKey(type, key));
        if (hit) {
          target = { kind: "stored", ...hit };
          break;
        }
      }
      if (!target) {
        target = { kind: "new", index: fresh.length };
        fresh.push({ type, spellings: [] });
      }
      if (target.kind === "new") fresh[target.index]!.spellings.push(...plan.spellings);
      targets.push(target);
      for (const key of plan.keys) local.set(pairKey(type, key), targets.length - 1);
    }
    const newIds = await createEntities(
      tx,
      fresh.map((f) => ({ type: f.type, name: canonicalName(f.spellings, { fuller: NAMED.has(f.type) }) })),
    );
    const ids = new Map<string, string>();
    const renamed = new Map<string, string>();
    plans.forEach((plan, i) => {
      const target = targets[i]!;
      if (target.kind === "new") {
        ids.set(plan.entity.key, newIds[target.index]!);
        return;
      }
      ids.set(plan.entity.key, target.id);
      const current = renamed.get(target.id) ?? target.name;
      const fuller = NAMED.has(plan.entity.type);
      const better = betterName(current, canonicalName(plan.spellings, { fuller }), { fuller });
      if (better !== current) renamed.set(target.id, better);
    });
    for (const [id, name] of renamed) await renameEntity(tx, id, name);
    await addAliasesToMany(
      tx,
      plans.map((plan) => ({
        entityId: ids.get(plan.entity.key)!,
        names: plan.described ? [] : plan.spellings,
      })),
    );
    return ids;
  },
};
