import { bareAge } from "./appositives.js";
import { ATTACKER_DESCRIPTIONS, FORCE_BODY_HEADS } from "./lexicon.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";

/**
 * The token after a name and its bare age, if one is apposed: "Salman Abedi, 22, detonated …" gives
 * the token of "detonated"; otherwise `end` itself.
 */
export function pastBareAge(words: readonly string[], end: number): number {
  if (words[end] === "," && bareAge(words, end + 1) !== undefined && words[end + 2] === ",") return end + 3;
  return end;
}

/**
 * A named person who does an attacker's act in a sentence that names no event ("A suicide bomber
 * killed 22 people at a concert in Manchester. Salman Abedi, 22, detonated a device in the foyer.")
 * is the report's one unnamed attacker of that event: the description's mentions and statements move
 * to the name. Not when the sentence speaks of the attacker too ("Officer X opened fire on the
 * gunman"), nor for a name after a title or holding a post, nor when the event has two perpetrators or a named one. Returns whether it merged.
 */
export function nameActingAttacker(ctx: SentenceContext, name: Chunk, event: string): boolean {
  const { graph, words } = ctx;
  // The name opens the sentence, with no title before it ("Officer X, 30, opened fire" is police).
  if (name.first !== 0 || graph.get(name.entity)?.official) return false;
  if (words.some((w) => ATTACKER_DESCRIPTIONS.has(w))) return false;
  const doers = graph.perpetratorsOf(event);
  if (doers.length !== 1 || doers[0] === name.entity) return false;
  const attacker = graph.get(doers[0]!);
  const person = graph.get(name.entity);
  if (!attacker || !person || attacker.type !== "person" || !attacker.described) return false;
  if (![...attacker.descriptors].some((d) => ATTACKER_DESCRIPTIONS.has(d))) return false;
  if (ctx.chunks.some((c) => c.entity === attacker.key)) return false;
  graph.merge(attacker, person);
  return true;
}

/**
 * A named person, group or organisation right after "by" behind an event's phrase carried it out:
 * "since the attack by Brent Tallis on two mosques in Dunedin", "the 2015 siege by Ali Omar", "an
 * attack by al-Shabaab on a base". Not a state's official, nor a state's force ("a raid by police" is
 * the force's own operation, `force-actions.ts`).
 */
export function linkEventAgents(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  for (const e of ctx.chunks) {
    if (e.kind !== "event" || words[e.end] !== "by") continue;
    const at = words[e.end + 1] === "the" ? e.end + 2 : e.end + 1;
    // The widest name there: "the US military", not "US".
    const agent = ctx.chunks
      .filter(
        (c) =>
          c.first === at &&
          c.kind === "name" &&
          (c.type === "person" || c.type === "group" || c.type === "organization") &&
          !ctx.chunks.some((o) => o !== c && o.first <= c.first && o.end > c.end && o.type !== "event"),
      )
      .sort((a, b) => b.end - a.end)[0];
    if (!agent || graph.get(agent.entity)?.official) continue;
    if (agent.type === "organization" && FORCE_BODY_HEADS.has(words[agent.end - 1] ?? "")) continue;
    emit(ctx, { subject: agent.entity, predicate: "perpetrated", object: e.entity }, e.end);
  }
}
