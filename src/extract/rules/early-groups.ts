import { isBackground } from "./event-places.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/**
 * A group seen acting before the report names any attack ("13:10 Security sources say gunmen have
 * taken hostages inside the Bardo Museum." … "15:05 … killed in the attack") carried out the first
 * attack the report names, when that is the report's only event and nobody has carried it out yet.
 * Live blogs and wire leads often give the act first and the noun for it only later.
 */

/** The descriptor `actingGroup` (groups.ts) gives a group that is the subject of an attacker's act. */
export const ACTED = "acted";

/** Links groups that acted in earlier sentences to the sentence's event, if it is the report's first and only one. */
export function linkEarlyGroups(ctx: SentenceContext): void {
  const { graph } = ctx;
  const cued = [...new Set(ctx.eventCues.map((c) => c.entity))];
  if (cued.length !== 1) return;
  const event = graph.get(cued[0]!);
  if (!event || isBackground(event)) return;
  const events = graph.entities.filter((e) => e.type === "event" && !e.provisional && !isBackground(e));
  if (events.length > 1 || (events.length === 1 && events[0] !== event)) return;
  if (graph.perpetratorsOf(event.key).length > 0) return;
  // "Gunmen have taken hostages inside a bank." … "A bomb exploded at the bus station": an event at a
  // site first met after the group acted is another act.
  const sites = graph
    .byPredicate("occurred_at")
    .filter((s) => s.subject === event.key && s.object !== undefined)
    .map((s) => graph.get(s.object!))
    .filter((e) => e?.type === "facility");
  const at = ctx.eventCues.find((c) => c.entity === event.key)!.at;
  for (const group of graph.entities) {
    if (group.type !== "group" || !group.descriptors.has(ACTED)) continue;
    if (group.firstSentence >= ctx.sentence.index || graph.perpetratedBy(group.key).length > 0) continue;
    if (sites.some((site) => site!.firstSentence > group.firstSentence)) continue;
    emit(ctx, { subject: group.key, predicate: "perpetrated", object: event.key }, at);
  }
}
