import type { Queryable } from "../store/database.js";
import { weighedEvidence } from "../store/repositories/analysis.js";
import { type Corroboration, corroborate } from "./corroboration.js";

/**
 * How many independent sources support each statement: outlets repeating one agency's quote count
 * once. Statements the store does not have are absent from the map.
 */
export async function corroboration(
  db: Queryable,
  statementIds: string[],
): Promise<Map<string, Corroboration>> {
  const evidence = await weighedEvidence(db, statementIds);
  const out = new Map<string, Corroboration>();
  for (const [id, items] of evidence) out.set(id, corroborate(items));
  return out;
}
