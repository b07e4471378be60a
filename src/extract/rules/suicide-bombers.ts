import { readNumber } from "./numbers.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/**
 * Suicide bombers die in the attack they carry out, so a report counts them where it counts the dead
 * ("killing nine people, including two suspected suicide bombers") or names them beside the attack
 * ("Two bomb blasts … two suicide bombers whom prosecutors linked to …"). Whatever the clause says of
 * them, a group of suicide bombers in a sentence that speaks of one event carried that event out.
 */

/** Words that say the bombers never struck: "two would-be suicide bombers", "trained suicide bombers". */
const UNREALISED = new Set([
  "would-be",
  "failed",
  "trained",
  "training",
  "recruited",
  "recruiting",
  "recruit",
]);

/** Links each group of suicide bombers in the sentence to its one event. */
export function linkSuicideBombers(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  const events = [...new Set(ctx.eventCues.map((c) => c.entity))];
  if (events.length !== 1) return;
  for (const c of ctx.chunks) {
    if (c.type !== "group" || words[c.end - 1] !== "bombers" || words[c.end - 2] !== "suicide") continue;
    if (words.slice(Math.max(0, c.first - 2), c.end).some((w) => UNREALISED.has(w))) continue;
    // A count says which bombers ("two suicide bombers"); bare "suicide bombers" may be anyone's
    // ("threatened to meet her with suicide bombers").
    if (readNumber(words, c.first) === undefined) continue;
    if (graph.perpetratedBy(c.entity).length > 0) continue;
    emit(ctx, { subject: c.entity, predicate: "perpetrated", object: events[0]! }, c.first);
  }
}
