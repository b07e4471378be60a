import type { Queryable } from "../store/database.js";
import { findConflicts } from "./find-conflicts.js";
import { findCopresence } from "./find-copresence.js";
import { findPaths } from "./find-paths.js";
import type { Conflict, Copresence, Path } from "./types.js";

export const DEFAULTS = Object.freeze({ copresence: 5 });

/**
 * What the demo shows after ingesting: every conflict, the strongest co-presences, and one path
 * between the two people at the top of the co-presence list (or, failing that, between the
 * subjects of the first two conflicts).
 */
export async function demoFindings(
  db: Queryable,
): Promise<{ conflicts: Conflict[]; copresence: Copresence[]; path: Path | null }> {
  const conflicts = await findConflicts(db);
  const copresence = await findCopresence(db, { limit: DEFAULTS.copresence });
  const ends =
    copresence[0]?.entities.map((e) => e.id) ??
    (conflicts.length >= 2 ? [conflicts[0]!.subject.id, conflicts[1]!.subject.id] : []);
  let path: Path | null = null;
  if (ends.length === 2) {
    const [a, b] = ends as [string, string];
    path = (await findPaths(db, a, b, { k: 1 }))[0] ?? null;
  }
  return { conflicts, copresence, path };
}
