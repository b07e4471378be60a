import type { EntitySummary } from "../model/index.js";
import type { Queryable } from "../store/database.js";
import { findEntitySummary } from "../store/repositories/entities.js";
import { listOpenReviewPairs, mentionQuotes } from "../store/repositories/merges.js";

/** A pair a pass scored between its thresholds, with what an analyst needs to decide. */
export interface ReviewPair {
  id: string;
  score: number;
  a: EntitySummary;
  b: EntitySummary;
  features: Record<string, number>;
  evidence: { entityId: string; documentId: string; quote: string }[];
}

/** The open review queue, best score first, read through merges (pairs since merged drop out). */
export async function listReviewQueue(
  db: Queryable,
  options: { limit?: number; offset?: number } = {},
): Promise<ReviewPair[]> {
  const pairs = await listOpenReviewPairs(db, options);
  const out: ReviewPair[] = [];
  for (const p of pairs) {
    const [a, b] = [await findEntitySummary(db, p.a), await findEntitySummary(db, p.b)];
    if (!a || !b) continue;
    const evidence = [...(await mentionQuotes(db, a.id, 2)), ...(await mentionQuotes(db, b.id, 2))];
    out.push({ id: p.id, score: p.score, a, b, features: p.features, evidence });
  }
  return out;
}
