import { cueEvent, placeAfter } from "./event-cues.js";
import { canonicalPlace, eventAt } from "./event-references.js";
import { readCount } from "./numbers.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/** Heads of killing whose "of" phrase counts the dead: "the massacre of 57 people", "the killing of 10 shoppers". */
const KILLING_HEADS = new Set([
  "killing",
  "killings",
  "massacre",
  "murder",
  "murders",
  "slaughter",
  "execution",
  "executions",
  "beheading",
  "beheadings",
]);
/** Words in front of the head that make it no act that happened: "plotting the killing of 20 people". */
const UNREAL = new Set(["plot", "plotting", "plotted", "planned", "planning", "threatened", "attempted"]);

/**
 * The dead counted in an event's own phrase: "the massacre of 57 people in the southern province" (57
 * dead), "called the killing of 10 shoppers at a supermarket on Saturday domestic terrorism". The
 * figure goes to the event phrase the other rules read there; with none (no place, no named victim),
 * the phrase is an event of its own, "killing", dated by the usual rules. A single victim ("the
 * killing of a policeman") is left to the rules for named and single victims.
 */
export function addVictimCounts(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  for (let i = 1; i < words.length - 2; i++) {
    if (!KILLING_HEADS.has(words[i]!) || words[i + 1] !== "of") continue;
    const count = readCount(words, i + 2);
    if (!count || count.value < 2) continue;
    if (words.slice(Math.max(0, i - 3), i).some((w) => UNREAL.has(w))) continue;
    let event = ctx.chunks.find((c) => c.type === "event" && c.first <= i && c.end > i);
    if (!event) {
      const place = placeAfter(ctx, count.end, 6);
      const made = place
        ? eventAt(
            graph,
            canonicalPlace(graph.get(place.anchor ?? place.entity)!.name),
            "attack",
            ctx.sentence.index,
          )
        : graph.entity("event", "killing", ctx.sentence.index);
      const first = ["the", "a", "an"].includes(words[i - 1] ?? "") ? i - 1 : i;
      cueEvent(ctx, made, first, count.end);
      if (place) emit(ctx, { subject: made.key, predicate: "occurred_at", object: place.entity }, i);
      event = ctx.chunks.at(-1);
    }
    if (!event) continue;
    // "the killings of two opposition politicians, Chokri Belaid and Mohamed Brahmi": an event named
    // after its victims is one killing each, and two dead are no one event's toll.
    if (/ of /.test(graph.get(event.entity)!.name)) continue;
    emit(ctx, { subject: event.entity, predicate: "killed", value: count.value, bound: count.bound }, i);
  }
}
