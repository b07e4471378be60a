import { isBackground } from "./event-places.js";
import { isAnchor } from "./implicit-events.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/** Verbs of saying: a date right after one dates the saying ("said on Tuesday"), not the event. */
const SAYING = new Set(["said", "says", "told", "announced", "added", "confirmed", "stated", "reported"]);
/** A date followed by "N days after" anchors a relative time ("on Saturday, eight days after …"). */
const ANCHORING = /^,? ?(?:\S+ )?(?:days?|weeks?|months?|years?|hours?) (?:after|before|since|ago)\b/;

/**
 * Dates the one event a sentence speaks of from a date later in the same clause: "two gunmen killed
 * 20 tourists … in an attack on the Bardo National Museum in Tunis on Wednesday". Only a date
 * introduced by "on" or "in" after the event's cue counts, not one that dates a saying ("told
 * reporters on Tuesday") or anchors another time ("on Saturday, eight days after a gunman killed …"),
 * and only when the sentence speaks of a single event and the phrase itself gave no date.
 */
export function dateEvents(ctx: SentenceContext): void {
  const { words, tokens, text, graph } = ctx;
  // An event named only to anchor a time ("… after the killing of Chokri Belaid") is not dated here.
  // Nor is an event named in passing as history ("organised last year's attacks").
  const cues = ctx.eventCues.filter((c) => !isAnchor(ctx, c.at) && !isBackground(graph.get(c.entity)!));
  const events = [...new Set(cues.map((c) => c.entity))];
  if (events.length !== 1 || graph.has(events[0]!, "occurred_on")) return;
  const cue = Math.min(...cues.map((c) => c.at));
  // A date after an anchoring event's phrase belongs to that event ("after the killings at the Bardo
  // Museum in March").
  const anchors = ctx.eventCues.filter((c) => isAnchor(ctx, c.at) && c.at > cue).map((c) => c.at);
  const limit = anchors.length > 0 ? Math.min(...anchors) : Number.POSITIVE_INFINITY;
  for (const date of ctx.dates) {
    const at = tokens.findIndex((t) => t.start >= date.start);
    if (at <= cue || at > limit) continue;
    const before = /\b(?:on|in)\s*$/i.test(text.slice(tokens[at - 1]?.start ?? 0, date.start));
    if (!before && !/^(?:on|in)\b/i.test(date.text)) continue;
    const link = /^(?:on|in)\b/i.test(date.text) ? at : at - 1;
    if (SAYING.has(words[link - 1] ?? "") || SAYING.has(words[link - 2] ?? "")) continue;
    if (ANCHORING.test(text.slice(date.end, ctx.sentence.end).toLowerCase())) continue;
    const between = words.slice(cue, at);
    if (between.some((w) => w === ";" || w === "but" || w === "while" || SAYING.has(w))) continue;
    emit(ctx, { subject: events[0]!, predicate: "occurred_on", value: date.value, time: date.time }, at);
    return;
  }
}
