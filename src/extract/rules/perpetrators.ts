import { ATTACKER_DESCRIPTIONS } from "./lexicon.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/**
 * Who carried out the sentence's event: a person described as its perpetrator ("a gunman killed 38
 * people", "the attacker, Seifeddine Rezgui,") and a group that acts in the sentence ("Two gunmen
 * killed …"). The event is the one the sentence speaks of, or, when it names none, the latest event
 * of the report ("the gunman had trained in Libya" in a report on the Sousse attack). A sentence
 * that speaks of two events links nobody: which one is meant is not for a word list to guess.
 */
export function linkPerpetrators(ctx: SentenceContext): void {
  const { graph } = ctx;
  const events = [...new Set(ctx.eventCues.map((c) => c.entity))];
  if (events.length > 1) return;
  const event = events[0] ?? graph.latest("event", (e) => !e.provisional)?.key;
  if (!event) return;
  for (const c of ctx.chunks) {
    if (c.kind !== "description" && c.kind !== "group") continue;
    const actor = graph.get(c.entity);
    if (!actor || graph.has(actor.key, "perpetrated")) continue;
    const perpetrator =
      c.kind === "group"
        ? actor.type === "group"
        : [...actor.descriptors].some((d) => ATTACKER_DESCRIPTIONS.has(d));
    if (perpetrator) emit(ctx, { subject: actor.key, predicate: "perpetrated", object: event }, c.first);
  }
}
