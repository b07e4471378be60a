import type { Queryable } from "../store/database.js";
import { contestedFacts } from "../store/repositories/analysis.js";
import { detectConflicts } from "./conflicts.js";
import { loadPlaceHierarchy } from "./place-hierarchy-loader.js";
import { ANALYSIS_PREDICATES } from "./predicates.js";
import type { Conflict } from "./types.js";

/**
 * Contradictions in the store: the Sousse toll as 38 in one report and 39 in another. With
 * `entityId`, only conflicts about that entity (as subject, or as the object of an
 * inverse-functional predicate). Place-valued sides that lie within one another, or within a few
 * kilometres of each other (`NEAR_KM`), are compatible.
 */
export async function findConflicts(
  db: Queryable,
  options: { entityId?: string; limit?: number; offset?: number } = {},
): Promise<Conflict[]> {
  const entityId = options.entityId
    ? ((
        await db.query<{ id: string }>("select canonical_id as id from entities where id = $1", [
          options.entityId,
        ])
      )[0]?.id ?? options.entityId)
    : undefined;
  const facts = await contestedFacts(db, ANALYSIS_PREDICATES, entityId);
  const placeIds = [
    ...new Set(facts.flatMap((f) => (f.object && isPlace(f.object.type) ? [f.object.id] : []))),
  ];
  const places = placeIds.length > 0 ? await loadPlaceHierarchy(db, placeIds) : null;
  const conflicts = detectConflicts(
    facts,
    places
      ? {
          samePlace: (a, b) => places.meet(a, b) !== null || places.mayBeOneSite(a, b) || places.near(a, b),
        }
      : {},
  );
  const offset = options.offset ?? 0;
  return conflicts.slice(offset, offset + (options.limit ?? 1000));
}

const isPlace = (type: string) => type === "location" || type === "facility";
