import { placeChunkAt } from "./event-phrases.js";
import { isBackground } from "./event-places.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/** Nouns for an event's victims as a group: "the dead at X", "most of the victims at X". */
const CASUALTY_NOUNS = new Set(["dead", "victims", "wounded", "injured", "casualties"]);
/** Sites victims are taken to, not where they fell: "the wounded at a hospital in X". */
const AFTERMATH_WORDS = /\b(?:hospital|clinic|morgue|mortuary|hospice)\b/i;

/**
 * "Among the dead at the Tops Friendly Market was …", "Most of the victims at the mosque were …": the
 * site the report's victims are told at is the scene of the report's latest event. Never a hospital or
 * a morgue, where victims are taken.
 */
export function placeEventsByCasualties(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  for (let i = 1; i < words.length - 2; i++) {
    if (words[i - 1] !== "the" || !CASUALTY_NOUNS.has(words[i]!) || words[i + 1] !== "at") continue;
    const at = words[i + 2] === "the" || words[i + 2] === "a" ? i + 3 : i + 2;
    const site = placeChunkAt(ctx.chunks, at);
    if (site?.type !== "facility") continue;
    const name = graph.get(site.entity)?.name ?? "";
    if (AFTERMATH_WORDS.test(name)) continue;
    const event = graph.latest("event", (e) => !e.provisional && !isBackground(e));
    if (event && !graph.has(event.key, "occurred_at", site.entity))
      emit(ctx, { subject: event.key, predicate: "occurred_at", object: site.entity }, i);
  }
}
