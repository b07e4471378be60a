import { cueEvent, placeAfter } from "./event-cues.js";
import { agentAfterBy } from "./force-actions.js";
import { ATTACKER_DESCRIPTIONS, FORCE_BODY_HEADS, GROUP_NOUNS, REPORTING_VERBS } from "./lexicon.js";
import { type Chunk, chunkBefore, emit, matchesAt, type SentenceContext } from "./sentence-context.js";

/**
 * Passive verbs of harm to one named person that the passive killings of `implicit-events.ts` leave
 * unread: "was hacked to death", "was beaten to death" (a killing, one dead), and "was shot by
 * unidentified gunmen" (a shooting, one wounded — the agent after "by" is required, so that "was shot
 * in the leg" alone, often told of an attacker, makes no event).
 */
const HARMS: readonly { words: string[]; killed: boolean; needsAgent: boolean }[] = [
  { words: "was hacked to death", killed: true, needsAgent: false },
  { words: "was beaten to death", killed: true, needsAgent: false },
  { words: "was burned to death", killed: true, needsAgent: false },
  { words: "was lynched", killed: true, needsAgent: false },
  { words: "was shot by", killed: false, needsAgent: true },
  { words: "was shot and wounded by", killed: false, needsAgent: true },
  { words: "was shot and injured by", killed: false, needsAgent: true },
].map((h) => ({ ...h, words: h.words.split(" ") }));

/** Whether a name is the verb's subject: right before it, or before an appositive set off by commas. */
function subjectOf(words: readonly string[], name: Chunk, verb: number): boolean {
  if (name.end === verb) return true;
  if (words[name.end] !== "," || words[verb - 1] !== ",") return false;
  return !words.slice(name.end + 1, verb - 1).some((w) => w === "," || REPORTING_VERBS.has(w));
}

/**
 * A harm to a named person told only by a passive verb: "Ali Haidari was hacked to death in Mazar on
 * Friday" (the killing of Ali Haidari, one dead, at Mazar), "Ana Ruiz was shot by unidentified gunmen
 * outside her office in Cali" (the shooting of Ana Ruiz, one wounded, by the gunmen). The agent after
 * "by" perpetrates it and attacks the person. Not read: an attacker harmed (police stopping a suspect
 * is the force's own act, see `force-actions.ts`), an agent that is a force, a negated or unasserted
 * act (left to `emit`). Returns whether an event was made.
 */
export function addHarmVerbEvent(ctx: SentenceContext): boolean {
  const { words, graph } = ctx;
  for (let i = 1; i < words.length; i++) {
    const harm = HARMS.find((h) => matchesAt(words, i, h.words));
    if (!harm) continue;
    const victim = chunkBefore(ctx, i, ["person"]);
    const person = victim && graph.get(victim.entity);
    if (!person || victim.kind !== "name" || !subjectOf(words, victim, i)) continue;
    if (
      [...person.descriptors].some((d) => ATTACKER_DESCRIPTIONS.has(d)) ||
      graph.has(person.key, "perpetrated")
    )
      continue;
    if (ctx.stance.negated(i) || ctx.stance.unasserted(i)) continue;
    const end = i + harm.words.length;
    // "was shot by …" ends on its "by"; "was hacked to death by a mob" has it a little later.
    const byAt = words[end - 1] === "by" ? end - 1 : words.indexOf("by", end);
    const by = byAt >= 0 && byAt - end <= 12 ? agentAfterBy(ctx, byAt) : undefined;
    if (by && FORCE_BODY_HEADS.has(words[by.end - 1] ?? "")) continue;
    // "was shot by unidentified gunmen": an attackers' noun the agent rules make a group of later.
    const attackers =
      byAt >= 0 && words.slice(byAt + 1, byAt + 4).some((w) => GROUP_NOUNS.has(w) && w !== "men");
    if (harm.needsAgent && !by && !attackers) continue;
    const name = harm.killed ? `killing of ${person.name}` : `shooting of ${person.name}`;
    const event = graph.entity("event", name, ctx.sentence.index);
    cueEvent(ctx, event, i + 1, harm.killed ? end : i + 2);
    emit(
      ctx,
      { subject: event.key, predicate: harm.killed ? "killed" : "wounded", value: 1, bound: "exact" },
      i,
    );
    const place = placeAfter(ctx, end, 16);
    if (place) emit(ctx, { subject: event.key, predicate: "occurred_at", object: place.entity }, i);
    if (by) {
      emit(ctx, { subject: by.entity, predicate: "perpetrated", object: event.key }, i);
      emit(ctx, { subject: by.entity, predicate: "attacked", object: person.key }, i);
    }
    return true;
  }
  return false;
}
