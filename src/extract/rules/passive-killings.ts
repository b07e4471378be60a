import { cueEvent, placeAfter } from "./event-cues.js";
import { isBackground } from "./event-places.js";
import { canonicalPlace, eventAt } from "./event-references.js";
import { isAnchor } from "./implicit-events.js";
import { ATTACKER_DESCRIPTIONS } from "./lexicon.js";
import { readCount } from "./numbers.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/**
 * Passive verbs of killing that the casualty cues do not read ("were killed" and "were shot dead" are
 * theirs), with "to death" where the verb alone does not kill: "Two people were stabbed to death in a
 * church", "A teacher was beheaded near his school", "12 villagers were massacred".
 */
const KILLED: readonly (readonly string[])[] = [
  ["stabbed", "to", "death"],
  ["hacked", "to", "death"],
  ["beaten", "to", "death"],
  ["burned", "to", "death"],
  ["burnt", "to", "death"],
  ["clubbed", "to", "death"],
  ["beheaded"],
  ["decapitated"],
  ["massacred"],
  ["slaughtered"],
  ["gunned", "down"],
];
const AUXILIARIES = new Set(["was", "were"]);

/**
 * The dead of a passive verb of killing, counted in its subject: "Two people were stabbed to death in a
 * church in Nice" (2), "A teacher was beheaded near his school in X" (1). The figure goes to the event
 * the sentence tells of (a scene verb may have made it), else to an attack at the place after the verb.
 * An attacker is no victim ("a gunman was gunned down by police"), nor is one harmed by a force.
 */
export function addPassiveKillings(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  for (let i = 1; i < words.length; i++) {
    if (!AUXILIARIES.has(words[i]!)) continue;
    const verb = KILLED.find((v) => v.every((w, k) => words[i + 1 + k] === w));
    if (!verb) continue;
    // The subject: a count ("Two people", "12 villagers") or one person by a description ("A teacher").
    let start = i - 1;
    while (start > 0 && i - start < 5 && /^[\p{Ll}\d-]+$/u.test(words[start - 1]!)) start--;
    const count = readCount(words.slice(0, i), start) ?? readCount(words.slice(0, i), start + 1);
    const single = !count && /^(?:a|an)$/i.test(words[start]!) && i - start <= 3 ? 1 : undefined;
    const dead = count ?? (single ? { value: 1, bound: "exact" as const, end: i } : undefined);
    if (!dead || words.slice(start, i).some((w) => ATTACKER_DESCRIPTIONS.has(w))) continue;
    const end = i + 1 + verb.length;
    if (words[end] === "by" && /^(?:police|soldiers|troops|officers)$/.test(words[end + 1] ?? "")) continue;
    // The sentence's own event, not one told as its time ("a week after the bombing") or in passing.
    let event = ctx.chunks
      .filter((c) => c.type === "event" && !isAnchor(ctx, c.first) && !isBackground(graph.get(c.entity)!))
      .sort((a, b) => Math.abs(a.first - i) - Math.abs(b.first - i))[0];
    if (!event) {
      const place = placeAfter(ctx, end, 14);
      if (!place) continue;
      const made = eventAt(
        graph,
        canonicalPlace(graph.get(place.anchor ?? place.entity)!.name),
        "attack",
        ctx.sentence.index,
      );
      cueEvent(ctx, made, i + 1, end);
      emit(ctx, { subject: made.key, predicate: "occurred_at", object: place.entity }, i);
      event = ctx.chunks.at(-1);
    }
    if (event)
      emit(ctx, { subject: event.entity, predicate: "killed", value: dead.value, bound: dead.bound }, i);
  }
}
