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
  const events = [...new Set(ctx.eventCues.map((c) => c.entity))];
  if (events.length !== 1 || graph.has(events[0]!, "occurred_on")) return;
  const cue = Math.min(...ctx.eventCues.map((c) => c.at));
  for (const date of ctx.dates) {
    const at = tokens.findIndex((t) => t.start >= date.start);
    if (at <= cue) continue;
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
