import type { Queryable } from "../store/database.js";
import { findConflicts } from "./find-conflicts.js";
import { findCopresence } from "./find-copresence.js";
import { findPaths } from "./find-paths.js";
import type { Conflict, Copresence, Path } from "./types.js";

export const DEFAULTS = Object.freeze({ copresence: 5, candidates: 100 });

/**
 * The co-presences worth showing first: two entities placed by their own statements (trained at a
 * camp, travelled to a town) rather than by carrying out one attack together, and not already
 * linked to each other by a statement (a gunman and the group he belonged to). Those come after.
 */
async function telling(db: Queryable, found: readonly Copresence[]): Promise<Copresence[]> {
  const ids = [...new Set(found.flatMap((c) => c.statements))];
  if (ids.length === 0) return [];
  const rows = await db.query<{ id: string; predicate: string }>(
    "select id, predicate from statements where id = any($1::text[])",
    [ids],
  );
  const predicate = new Map(rows.map((r) => [r.id, r.predicate]));
  const entities = [...new Set(found.flatMap((c) => c.entities.map((e) => e.id)))];
  const links = await db.query<{ a: string; b: string }>(
    `select s.canonical_id as a, o.canonical_id as b from statements st
       join entities s on s.id = st.subject_id join entities o on o.id = st.object_id
     where s.canonical_id = any($1::text[]) and o.canonical_id = any($1::text[])`,
    [entities],
  );
  const linked = new Set(links.flatMap((l) => [`${l.a} ${l.b}`, `${l.b} ${l.a}`]));
  const obvious = (c: Copresence) =>
    c.statements.some((id) => predicate.get(id) === "perpetrated") ||
    linked.has(`${c.entities[0].id} ${c.entities[1].id}`);
  return [...found.filter((c) => !obvious(c)), ...found.filter(obvious)].slice(0, DEFAULTS.copresence);
}

/**
 * What the demo shows after ingesting: every conflict, the strongest co-presences, and one path
 * between the two people at the top of the co-presence list (or, failing that, between the
 * subjects of the first two conflicts).
 */
export async function demoFindings(
  db: Queryable,
): Promise<{ conflicts: Conflict[]; copresence: Copresence[]; path: Path | null }> {
  const conflicts = await findConflicts(db);
  const copresence = await telling(db, await findCopresence(db, { limit: DEFAULTS.candidates }));
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
