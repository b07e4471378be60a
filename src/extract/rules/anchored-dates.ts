import { type AnchoredSpan, findAnchoredSpans, intervalValue, shiftInterval } from "./dates.js";
import { emit, type SentenceContext } from "./sentence-context.js";
import { addHourAnchoredDates, dateSequels } from "./sequel-dates.js";

/** Words that make a span a bound or a guess: "less than six months after" fixes no date. */
const BOUNDED =
  /\b(?:(?:less|more|fewer) than|nearly|almost|over|under|about|around|some|within|up to|roughly)\s*$/i;

function isBounded(ctx: SentenceContext, span: AnchoredSpan): boolean {
  return BOUNDED.test(ctx.text.slice(ctx.sentence.start, span.start));
}

function tokenAfter(ctx: SentenceContext, offset: number): number {
  const i = ctx.tokens.findIndex((t) => t.start >= offset);
  return i < 0 ? ctx.tokens.length : i;
}

/**
 * "three months before the attack", "eight days after the siege": a span counted from an event the
 * report has dated becomes a date the sentence's statements can take (the attack's date shifted by
 * the span). Runs before the relations, so "crossed into Libya three months before the attack" is
 * dated. Spans whose event has no date stay undated: a wrong date is worse than none.
 */
export function addEventAnchoredDates(ctx: SentenceContext): void {
  const { sentence, text, words } = ctx;
  for (const span of findAnchoredSpans(text, sentence.start, sentence.end)) {
    if (isBounded(ctx, span)) continue;
    let k = tokenAfter(ctx, span.end);
    if (words[k] === "the") k++;
    const first = tokenAfter(ctx, span.start);
    // "was killed five days after them in a police raid": the pronoun is the latest event named
    // before it in the sentence ("last Friday's attacks in Paris").
    const pronoun = words[k] === "them" || words[k] === "it";
    const event = pronoun
      ? ctx.chunks.filter((c) => c.type === "event" && c.end <= first).sort((a, b) => b.end - a.end)[0]
      : ctx.chunks.find((c) => c.type === "event" && c.first <= k && k < c.end);
    const dated = event && ctx.graph.find(event.entity, "occurred_on");
    if (!dated?.time) continue;
    const time = shiftInterval(dated.time, span, span.sign === 1 ? 1 : -1);
    if (!time) continue;
    ctx.dates.push({
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      time,
      value: intervalValue(time),
    });
    if (!pronoun) continue;
    // … and the event the clause goes on to name ("in a police raid …") happened then.
    const next = ctx.chunks
      .filter((c) => c.type === "event" && c.kind === "event" && c.first > k && c.first - k <= 4)
      .sort((a, b) => a.first - b.first)[0];
    if (next && next.entity !== event?.entity && !ctx.graph.has(next.entity, "occurred_on"))
      emit(ctx, { subject: next.entity, predicate: "occurred_on", value: intervalValue(time), time }, k);
  }
  addHourAnchoredDates(ctx);
}

/**
 * The time a span counts from when no date is written right before it: the event the sentence named
 * and dated before the span ("struck a trolleybus … during the Monday morning rush hour, killing 14,
 * a day after a blast …" counts from Monday).
 */
function datedEventBefore(ctx: SentenceContext, span: AnchoredSpan) {
  const first = tokenAfter(ctx, span.start);
  const cue = ctx.eventCues.filter((c) => c.at < first).sort((a, b) => b.at - a.at)[0];
  if (!cue) return undefined;
  const dated = ctx.graph.find(cue.entity, "occurred_on");
  if (!dated?.time || dated.sentence !== ctx.sentence.index) return undefined;
  // The anchor's clause runs on to the span: no saying or new clause in between.
  if (ctx.words.slice(cue.at, first).some((w) => w === ";" || w === "said" || w === "says")) return undefined;
  return { time: dated.time };
}

/** How many words may stand between a clause's date and the span counted from it. */
const CLAUSE_REACH = 10;

/**
 * The date of the clause a span closes, when words stand between them: "announced on Monday the end of
 * combat operations in Marawi, five months to the day after the fighting began" counts from Monday.
 * Only the one date before the span in the sentence, in the same clause (no semicolon, no second
 * clause opened by "and", "but", "while", "when"), and within a few words.
 */
function clauseDateBefore(ctx: SentenceContext, span: AnchoredSpan) {
  const before = ctx.dates.filter((d) => d.end <= span.start);
  if (before.length !== 1) return undefined;
  const date = before[0]!;
  const from = tokenAfter(ctx, date.end);
  const to = tokenAfter(ctx, span.start);
  if (to - from > CLAUSE_REACH) return undefined;
  const between = ctx.words.slice(from, to);
  if (between.some((w) => [";", "and", "but", "while", "when", "who", "which"].includes(w))) return undefined;
  return date;
}

/** Words that put a clause in the future: "will visit", "is due to", "is expected to", "plans to". */
const FUTURE = /\b(?:will|shall|(?:is|are) (?:due|set|scheduled|expected) to|plans? to)\b|['’]ll\b/i;

/**
 * Whether the date at `offset` sits in a clause told in the future ("The president will visit Kidal on
 * Monday, three days after the attack"): a weekday there is the coming one, not the last, and counts
 * back to no known day.
 */
function inFutureClause(ctx: SentenceContext, offset: number): boolean {
  const head = ctx.text.slice(ctx.sentence.start, offset);
  return FUTURE.test(head.slice(head.lastIndexOf(";") + 1));
}

/**
 * "declared a state of emergency on Saturday, eight days after a gunman killed 38 tourists": the
 * date written before the span is the anchor, and the event the rest of the clause speaks of happened
 * the span before it (Saturday − 8 days). Runs once the sentence's events are known.
 */
export function dateEventsFromAnchors(ctx: SentenceContext): void {
  const { sentence, text } = ctx;
  for (const span of findAnchoredSpans(text, sentence.start, sentence.end) as AnchoredSpan[]) {
    if (span.sign !== 1 || !/after$/i.test(text.slice(span.start, span.end)) || isBounded(ctx, span))
      continue;
    const written =
      ctx.dates.filter((d) => d.end <= span.start && /^[\s,]*$/.test(text.slice(d.end, span.start))).pop() ??
      clauseDateBefore(ctx, span);
    if (written && inFutureClause(ctx, written.start)) continue;
    const anchor = written ?? datedEventBefore(ctx, span);
    if (!anchor) continue;
    const at = tokenAfter(ctx, span.end);
    const cue = ctx.eventCues.filter((c) => c.at >= at).sort((a, b) => a.at - b.at)[0];
    if (!cue || ctx.graph.has(cue.entity, "occurred_on")) continue;
    const time = shiftInterval(anchor.time, span, -1);
    if (time)
      emit(ctx, { subject: cue.entity, predicate: "occurred_on", value: intervalValue(time), time }, at);
  }
  dateSequels(ctx);
}
