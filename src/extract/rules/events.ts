import { eventHeadAt } from "./event-head-at.js";
import { phraseFront } from "./event-phrase-front.js";
import { phrasePlace, placeNearby } from "./event-phrase-place.js";
import { recordEventPhrase } from "./event-phrase-record.js";
import { SCENE_WORDS } from "./event-references.js";
import { harmedEvent, resolveEvent } from "./event-resolution.js";
import { ATTACK_VERBS } from "./patterns.js";
import type { SentenceContext } from "./sentence-context.js";

export { placeChunkEndingAt } from "./event-place-chunks.js";
export { canonicalPlace, eventAt } from "./event-references.js";

/**
 * Event phrases: "the Sousse attack", "Friday's attack in Sousse", "the March attack on the Bardo
 * National Museum", "the museum attack" (the latest event at a museum), "the massacre" (the latest
 * event). Each names its event after its place and dates it from the words around it.
 */
export function addEvents(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  if (words.some((w) => SCENE_WORDS.has(w) || ATTACK_VERBS.has(w))) graph.scenes.add(ctx.sentence.index);
  for (let i = 0; i < words.length; i++) {
    const eventHead = eventHeadAt(ctx, i);
    if (!eventHead) continue;
    const phrase = phraseFront(ctx, i, eventHead);
    if (!phrasePlace(ctx, phrase)) continue;
    placeNearby(ctx, phrase);
    const event = resolveEvent(ctx, phrase) ?? harmedEvent(ctx, phrase);
    if (!event) continue;
    recordEventPhrase(ctx, phrase, event);
  }
}
