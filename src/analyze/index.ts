/**
 * Analysis over the store: conflicts and corroboration, co-presence, paths and neighbourhoods,
 * timelines, places. Pure cores (conflicts.ts, corroboration.ts, copresence.ts, paths.ts,
 * time-interval.ts) take plain data; the find-* shells read the store and call them.
 */
export { type ConflictOptions, DEFAULTS as CONFLICT_DEFAULTS, detectConflicts } from "./conflicts.js";
export { findCopresences, type Placement } from "./copresence.js";
export { attributedOrigins, type Corroboration, corroborate, quotations } from "./corroboration.js";
export { demoFindings } from "./demo-findings.js";
export { findConflicts } from "./find-conflicts.js";
export { findCopresence } from "./find-copresence.js";
export { corroboration } from "./find-corroboration.js";
export { findPaths, neighborhood } from "./find-paths.js";
export { ANALYSIS_PREDICATES } from "./predicates.js";
export { intersect, overlaps, overlapTightness, timeLabel } from "./time-interval.js";
export { timeline } from "./timeline.js";
export type * from "./types.js";

import type { Queryable } from "../store/database.js";
import { listPlaces as listPlaceRows } from "../store/repositories/places.js";
import type { PlaceRecord } from "./types.js";

/** Every place with its coordinates, country and the place containing it. */
export function listPlaces(db: Queryable): Promise<PlaceRecord[]> {
  return listPlaceRows(db);
}
