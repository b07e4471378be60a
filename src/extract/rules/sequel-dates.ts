import { type AnchoredSpan, findAnchoredSpans, intervalValue, shiftInterval } from "./dates.js";
import { isAnchor } from "./implicit-events.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/**
 * A sentence that opens on a span counted from the story told so far: "Two days later, gunmen
 * attacked …", "A week earlier, …", "The previous day, …", "The next day, …", "Hours later, …".
 * Day spans only; "hours later" is the anchor's own day.
 */
const OPENING_DAYS: readonly { re: RegExp; days: number }[] = [
  {
    re: /^(?:the )?(?:previous|preceding) day\b|^the day before\b(?! (?:the|a|an|his|her|its|their)\b)/i,
    days: -1,
  },
  {
    re: /^(?:the )?(?:next|following) day\b|^the day after\b(?! (?:the|a|an|his|her|its|their)\b)/i,
    days: 1,
  },
  { re: /^(?:(?:just |only |a few )?hours|minutes|moments) (?:later|earlier)\b/i, days: 0 },
];

/** How many sentences back the dated event a span counts from may lie. */
const REACH = 2;

/** The span the sentence opens with, in days from the anchor, and where it ends; none when bounded. */
function openingSpan(ctx: SentenceContext): { days: number; end: number } | undefined {
  const { text, sentence } = ctx;
  const head = text.slice(sentence.start, sentence.end);
  for (const { re, days } of OPENING_DAYS) {
    const m = head.match(re);
    if (m) return { days, end: sentence.start + m[0].length };
  }
  const span: AnchoredSpan | undefined = findAnchoredSpans(text, sentence.start, sentence.end)[0];
  if (!span || !/^\s*$/.test(text.slice(sentence.start, span.start))) return undefined;
  if (!/(?:later|earlier)$/i.test(text.slice(span.start, span.end))) return undefined;
  if (span.unit !== "day" && span.unit !== "week") return undefined;
  const days = span.amount * span.sign * (span.unit === "week" ? 7 : 1);
  return { days, end: span.end };
}

/**
 * "A suicide bomber killed 14 people in Maiduguri on Tuesday. Two days later, gunmen attacked a police
 * station in Damaturu": a sentence that opens on a span counted from the story so far dates the first
 * event it then names from the latest event dated to a day in the sentence before or the one before
 * that (Tuesday + 2 days). A month-level anchor, or none near, dates nothing: a wrong date is worse.
 */
export function dateSequels(ctx: SentenceContext): void {
  const opening = openingSpan(ctx);
  if (!opening) return;
  // The span must close its own adverbial: "Two days later, …" or "The next day police …".
  const rest = ctx.text.slice(opening.end, ctx.sentence.end);
  if (/^\s*(?:after|before|since|than|of|that|when)\b/i.test(rest)) return;
  const index = ctx.sentence.index;
  const anchor = ctx.graph
    .byPredicate("occurred_on")
    .filter((s) => s.sentence < index && index - s.sentence <= REACH && s.time)
    .sort((a, b) => b.sentence - a.sentence)[0];
  if (anchor?.time?.precision !== "day" || anchor.time.from !== anchor.time.to) return;
  // Two events dated in the anchor's sentence to different days leave the count ambiguous.
  const days = new Set(
    ctx.graph
      .byPredicate("occurred_on")
      .filter((s) => s.sentence === anchor.sentence)
      .map((s) => s.value),
  );
  if (days.size > 1) return;
  const at = ctx.tokens.findIndex((t) => t.start >= opening.end);
  if (at < 0) return;
  const cue = ctx.eventCues.filter((c) => c.at >= at && !isAnchor(ctx, c.at)).sort((a, b) => a.at - b.at)[0];
  if (!cue || ctx.graph.has(cue.entity, "occurred_on")) return;
  if (ctx.words.slice(at, cue.at).some((w) => w === ";" || w === "said" || w === "says")) return;
  const span: AnchoredSpan = { start: 0, end: 0, amount: Math.abs(opening.days), unit: "day", sign: 1 };
  const time = shiftInterval(anchor.time, span, opening.days < 0 ? -1 : 1);
  if (time)
    emit(ctx, { subject: cue.entity, predicate: "occurred_on", value: intervalValue(time), time }, cue.at);
}

/** "hours after the bombing", "just hours before the attack": the same day as that event. */
const HOURS = /\b(?:just |only |a few |several )?hours (?:after|before) (?:the )?/gi;

/**
 * "Hours after the market bombing in Maiduguri, a second blast hit Kano": a span of hours counted
 * from an event the report dated to a day is a date the sentence's statements can take (that day).
 * Runs with the other anchored spans, before the sentence's events are dated.
 */
export function addHourAnchoredDates(ctx: SentenceContext): void {
  const { text, sentence } = ctx;
  for (const m of text.slice(sentence.start, sentence.end).matchAll(HOURS)) {
    const start = sentence.start + m.index!;
    const end = start + m[0].length;
    const k = ctx.tokens.findIndex((t) => t.start >= end);
    const event = ctx.chunks.find((c) => c.type === "event" && c.first <= k && k < c.end);
    const dated = event && ctx.graph.find(event.entity, "occurred_on");
    if (dated?.time?.precision !== "day" || dated.time.from !== dated.time.to) continue;
    const span = text.slice(start, end).trimEnd();
    ctx.dates.push({
      start,
      end: start + span.length,
      text: span,
      time: dated.time,
      value: dated.value as string,
    });
  }
}
