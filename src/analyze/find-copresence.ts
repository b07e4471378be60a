import type { PlaceHierarchy } from "../places/hierarchy.js";
import type { Queryable } from "../store/database.js";
import { placements } from "../store/repositories/analysis.js";
import { findCopresences, type Placement } from "./copresence.js";
import { loadPlaceHierarchy } from "./place-hierarchy-loader.js";
import { ANALYSIS_PREDICATES } from "./predicates.js";
import type { Copresence } from "./types.js";

const canonical = async (db: Queryable, id: string) =>
  (await db.query<{ id: string }>("select canonical_id as id from entities where id = $1", [id]))[0]?.id ??
  id;

/**
 * Who was at the same place in the same period. With `entityId`: that entity's placements, the
 * places around them (containing and contained), and everyone else placed there. With `placeId`:
 * everyone placed at that place or within it. Otherwise every placement in the store.
 */
export async function findCopresence(
  db: Queryable,
  options: { entityId?: string; placeId?: string; from?: string; to?: string; limit?: number } = {},
): Promise<Copresence[]> {
  const entityId = options.entityId ? await canonical(db, options.entityId) : undefined;
  const placeId = options.placeId ? await canonical(db, options.placeId) : undefined;
  let rows: Awaited<ReturnType<typeof placements>>;
  let seeds: string[];
  let places: PlaceHierarchy | undefined;
  if (entityId) {
    const own = await placements(db, ANALYSIS_PREDICATES, { subjects: [entityId] });
    seeds = [...new Set(own.map((r) => r.place_id))];
    if (seeds.length === 0) return [];
    const around = await loadPlaceHierarchy(db, seeds, { down: true });
    const others = await placements(db, ANALYSIS_PREDICATES, { places: [...around.nodes.keys()] });
    const seen = new Set(own.map((r) => r.statements.join()));
    rows = [...own, ...others.filter((r) => !seen.has(r.statements.join()))];
    // Every place the others were found at is in the hierarchy already loaded around this entity.
    places = around;
  } else if (placeId) {
    const around = await loadPlaceHierarchy(db, [placeId], { down: true });
    rows = await placements(db, ANALYSIS_PREDICATES, { places: [...around.nodes.keys()] });
  } else {
    rows = await placements(db, ANALYSIS_PREDICATES, {});
  }
  const all = [...new Set([...rows.map((r) => r.place_id), ...(placeId ? [placeId] : [])])];
  places ??= await loadPlaceHierarchy(db, all);
  const list: Placement[] = rows.map((r) => ({
    entity: r.entity,
    placeId: r.place_id,
    time: r.time_from ? { from: r.time_from, to: r.time_to!, precision: r.time_precision! } : null,
    statements: r.statements,
  }));
  return findCopresences(list, places, {
    ...(entityId ? { entityId } : {}),
    ...(placeId ? { placeId } : {}),
    ...(options.from ? { from: options.from } : {}),
    ...(options.to ? { to: options.to } : {}),
    ...(options.limit ? { limit: options.limit } : {}),
  });
}
