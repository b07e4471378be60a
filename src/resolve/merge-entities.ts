import { notFound, TesseraError } from "../errors/errors.js";
import type { Database, Queryable } from "../store/database.js";
import { addAliases } from "../store/repositories/entities.js";
import {
  findActiveMergeOf,
  findCanonicalId,
  findLatestMergeInto,
  findMerge,
  listMerges,
  type MergeRecord,
  recordDistinct,
  recordMerge,
  undoMerge,
} from "../store/repositories/merges.js";

export type { MergeRecord };

async function canonicalOf(db: Queryable, id: string): Promise<string> {
  const canonical = await findCanonicalId(db, id);
  if (!canonical) throw notFound("entity", id);
  return canonical;
}

async function typeOf(db: Queryable, id: string): Promise<string> {
  const rows = await db.query<{ type: string }>("select type from entities where id = $1", [id]);
  return rows[0]!.type;
}

/**
 * Merges the entity `mergeId` (and whatever was merged into it) into `keepId`, recorded with who
 * made it and why. Soft and reversible: nothing is rewritten, reads go through the canonical id.
 * Overrides an earlier "not the same" between the two.
 */
export async function mergeEntities(
  db: Database,
  keepId: string,
  mergeId: string,
  options: { by: string; reason?: string; score?: number | null; features?: Record<string, number> },
): Promise<MergeRecord> {
  return db.transaction(async (tx) => {
    const keep = await canonicalOf(tx, keepId);
    const merged = await canonicalOf(tx, mergeId);
    if (keep === merged) {
      throw new TesseraError("TESSERA_INVALID_INPUT", `${mergeId}: already the same entity as ${keepId}`, {
        input: mergeId,
      });
    }
    const [kt, mt] = [await typeOf(tx, keep), await typeOf(tx, merged)];
    if (kt !== mt) {
      throw new TesseraError(
        "TESSERA_INVALID_INPUT",
        `${mergeId}: a ${mt} cannot be merged into a ${kt} (${keepId})`,
        { input: mergeId },
      );
    }
    return recordMerge(tx, {
      keepId: keep,
      mergedId: merged,
      by: options.by,
      reason: options.reason ?? "merged by hand",
      score: options.score ?? null,
      features: options.features ?? {},
    });
  });
}

/**
 * Undoes a merge, given its id (mrg_…) or an entity: an entity that was merged into another is
 * taken out again (with what was merged into it); an entity others were merged into loses the
 * latest of them. The two are then remembered as "not the same", so no automatic pass re-merges
 * what an analyst split. Returns the ids of the two entities that stand apart again.
 */
export async function splitEntity(
  db: Database,
  entityOrMergeId: string,
  options: { by: string },
): Promise<{ restored: string[] }> {
  return db.transaction(async (tx) => {
    let merge: MergeRecord | undefined;
    if (entityOrMergeId.startsWith("mrg_")) {
      merge = await findMerge(tx, entityOrMergeId);
      if (!merge) throw notFound("merge", entityOrMergeId);
      if (merge.undoneAt) {
        throw new TesseraError("TESSERA_INVALID_INPUT", `${entityOrMergeId}: this merge was already undone`, {
          input: entityOrMergeId,
        });
      }
    } else {
      await canonicalOf(tx, entityOrMergeId);
      merge =
        (await findActiveMergeOf(tx, entityOrMergeId)) ?? (await findLatestMergeInto(tx, entityOrMergeId));
      if (!merge) {
        throw new TesseraError(
          "TESSERA_INVALID_INPUT",
          `${entityOrMergeId}: nothing is merged into or from this entity`,
          {
            input: entityOrMergeId,
          },
        );
      }
    }
    await undoMerge(tx, merge, options.by);
    await recordDistinct(tx, merge.keep.id, merge.merged.id, options.by);
    return { restored: [await canonicalOf(tx, merge.keep.id), merge.merged.id] };
  });
}

/** Records an analyst's "not the same": every later automatic pass keeps the two apart. */
export async function markDistinct(
  db: Database,
  a: string,
  b: string,
  options: { by: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [ra, rb] = [await canonicalOf(tx, a), await canonicalOf(tx, b)];
    if (ra === rb) {
      throw new TesseraError("TESSERA_INVALID_INPUT", `${b}: is merged with ${a}; split them first`, {
        input: b,
      });
    }
    await recordDistinct(tx, ra, rb, options.by);
  });
}

/** Adds a name an analyst knows an entity by; later reports using it join the entity. */
export async function addAlias(
  db: Database,
  entityId: string,
  name: string,
  options: { by: string },
): Promise<void> {
  if (name.trim().length === 0) {
    throw new TesseraError("TESSERA_INVALID_INPUT", `alias: an empty name cannot be an alias`, {
      input: name,
    });
  }
  await db.transaction(async (tx) => {
    await addAliases(tx, await canonicalOf(tx, entityId), [name], "analyst", options.by);
  });
}

/** Every merge that made or touched an entity's group, oldest first, undone ones included. */
export async function mergeHistory(db: Queryable, entityId: string): Promise<MergeRecord[]> {
  await canonicalOf(db, entityId);
  return listMerges(db, entityId);
}
