import type { Predicate } from "../../model/predicates.js";
import {
  type AnchoredSpan,
  type DateMention,
  findAnchoredSpans,
  intervalValue,
  shiftInterval,
} from "./dates.js";
import type { DocumentEntity } from "./document-graph.js";
import { ANCHORING, adverbialStart, SAYING } from "./event-dates.js";
import { isBackground } from "./event-places.js";
import { DATING_DISTANCE } from "./lexicon.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/** A live blog's entry opens with its time stamp: "14:25 An Interior Ministry spokesman says …". */
const TIME_STAMP = /^\s*\d{1,2}[:.]\d\d\b/;
/** How many sentences after the lead a first event may be named and still take the lead's date. */
const LEAD_REACH = 2;
/** Statements that keep an event in the extraction (an event nobody says anything of is dropped). */
const USES: readonly Predicate[] = ["killed", "wounded", "occurred_at", "perpetrated", "attacked"];

function kept(ctx: SentenceContext, event: DocumentEntity): boolean {
  const { graph } = ctx;
  return (
    !event.provisional ||
    USES.some((p) => graph.has(event.key, p) || graph.byPredicate(p).some((s) => s.object === event.key))
  );
}

/**
 * A live blog reports events as they happen: an event first named in a time-stamped entry and dated
 * by nothing in the report happened on the blog's day ("14:25 … at least 27 people were killed in the
 * attack"), past midnight too, since the blog keeps its date. Not an event the entry names in passing
 * ("the man suspected in the killings", "since the bombings", "after the siege began").
 */
function dateLiveEntries(contexts: readonly SentenceContext[], published: string): void {
  const stamped = contexts.filter((c) => TIME_STAMP.test(c.text.slice(c.sentence.start, c.sentence.end)));
  if (stamped.length < 2) return;
  const from = stamped[0]!.sentence.index;
  const day = { from: published, to: published, precision: "day" as const };
  for (const ctx of contexts) {
    if (ctx.sentence.index < from) continue;
    for (const cue of ctx.eventCues) {
      const event = ctx.graph.get(cue.entity);
      if (!event || event.firstSentence !== ctx.sentence.index || isBackground(event)) continue;
      if (ctx.graph.has(event.key, "occurred_on") || !kept(ctx, event)) continue;
      const before = ctx.words.slice(Math.max(0, cue.at - 3), cue.at);
      if (before.some((w) => DATING_DISTANCE.has(w))) continue;
      emit(ctx, { subject: event.key, predicate: "occurred_on", value: published, time: day }, cue.at);
    }
  }
}

/** The lead's date of a violent scene that dated nothing in the lead: "… on Monday afternoon, police said." */
function leadDate(lead: SentenceContext): DateMention | undefined {
  const { words, graph } = lead;
  if (!graph.scenes.has(lead.sentence.index) || lead.eventCues.length > 0) return undefined;
  if (graph.inSentence(lead.sentence.index).some((s) => s.predicate === "occurred_on")) return undefined;
  const spans = findAnchoredSpans(lead.text, lead.sentence.start, lead.sentence.end);
  const adverbial = (d: DateMention): boolean => {
    const at = lead.tokens.findIndex((t) => t.start >= d.start);
    const link = adverbialStart(lead, d, at);
    return link >= 0 && !SAYING.has(words[link - 1] ?? "") && !SAYING.has(words[link - 2] ?? "");
  };
  // "appeared in court on Saturday …, a day after a gunman killed 49": the lead orders two times,
  // and the violence is the one the span counts back to.
  if (spans.length > 0) return spans.length === 1 ? countedBack(lead, spans[0]!, adverbial) : undefined;
  return lead.dates.find(
    (d) => adverbial(d) && !ANCHORING.test(lead.text.slice(d.end, lead.sentence.end).toLowerCase()),
  );
}

/** Words between a lead's date and its span that leave them in one clause: none of these. */
const NEW_CLAUSE: ReadonlySet<string> = new Set([";", "and", "but", "while", "when", "who", "which"]);

/**
 * The time a lead's one "N days after" span counts back to from the one date written before it in
 * the same clause: "appeared in court on Saturday charged with murder, a day after a gunman killed
 * 49 worshippers" gives Friday. Not a bounded span ("less than a week after").
 */
function countedBack(
  lead: SentenceContext,
  span: AnchoredSpan,
  adverbial: (d: DateMention) => boolean,
): DateMention | undefined {
  if (span.sign !== 1 || !/after$/i.test(lead.text.slice(span.start, span.end))) return undefined;
  if (
    /\b(?:less|more|nearly|almost|about|around|some|within)\s+(?:than\s+)?$/i.test(
      lead.text.slice(lead.sentence.start, span.start),
    )
  )
    return undefined;
  const before = lead.dates.filter((d) => d.end <= span.start);
  const anchor = before.length === 1 ? before[0] : undefined;
  if (!anchor || !adverbial(anchor)) return undefined;
  const from = lead.tokens.findIndex((t) => t.start >= anchor.end);
  const to = lead.tokens.findIndex((t) => t.start >= span.start);
  if (lead.words.slice(from, to).some((w) => NEW_CLAUSE.has(w) || SAYING.has(w))) return undefined;
  const time = shiftInterval(anchor.time, span, -1);
  if (!time) return undefined;
  return {
    start: span.start,
    end: span.end,
    text: lead.text.slice(span.start, span.end),
    time,
    value: intervalValue(time),
  };
}

/**
 * A lead that tells of violence and its date without naming an event ("Twin blasts … killed three
 * people … on Monday afternoon, police said") dates the event the report goes on to name first, when
 * it names it as one already known ("The blasts …", "before the attack") within the next sentences.
 */
function dateFromLead(contexts: readonly SentenceContext[]): void {
  const lead = contexts[0];
  const date = lead && leadDate(lead);
  if (!date) return;
  for (const ctx of contexts.slice(1, 1 + LEAD_REACH)) {
    const cue = [...ctx.eventCues].sort((a, b) => a.at - b.at)[0];
    if (!cue) continue;
    const event = ctx.graph.get(cue.entity);
    const definite = ["the", "these", "those"].includes(ctx.words[cue.at - 1] ?? "");
    if (
      event &&
      definite &&
      !isBackground(event) &&
      !ctx.graph.has(event.key, "occurred_on") &&
      kept(ctx, event)
    )
      emit(ctx, { subject: event.key, predicate: "occurred_on", value: date.value, time: date.time }, cue.at);
    return;
  }
}

/**
 * Dates that only the whole report gives: the day of a live blog, the date of a lead that names no
 * event. Runs once every sentence has been read, on the sentences' contexts in order.
 */
export function dateAcrossReport(contexts: readonly SentenceContext[], published: string | null): void {
  dateFromLead(contexts);
  if (published) dateLiveEntries(contexts, published);
}
