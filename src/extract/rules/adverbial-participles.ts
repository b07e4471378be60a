import type { EntityType } from "../../model/entity-types.js";
import { type Chunk, chunkBefore, type SentenceContext } from "./sentence-context.js";

/** Subordinators that open a participle clause whose subject is the main clause's. */
const OPENERS = new Set(["before", "after"]);

/**
 * The subject of a participle clause opened by "before" or "after" at the trigger `at`: "Hussein Ali
 * flew to Istanbul before crossing into Syria" crosses as Hussein Ali, the actor of the clause the
 * adverbial hangs on (a plain search stops at "before", which ends a clause). Undefined unless the
 * trigger is an "-ing" word right after the subordinator.
 */
export function adverbialHost(
  ctx: SentenceContext,
  at: number,
  types: readonly EntityType[],
): Chunk | undefined {
  const { words } = ctx;
  if (!OPENERS.has(words[at - 1] ?? "") || !words[at]?.endsWith("ing")) return undefined;
  return chunkBefore(ctx, at - 1, types);
}
