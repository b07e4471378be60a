import type { DateMention } from "./dates.js";
import { SAYING } from "./event-dates.js";
import { NOT_EVENT_AFTER_HEAD } from "./lexicon.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";

/** Relative dates that need no preposition to modify a phrase: "last March", "yesterday", "last week". */
const BARE_RELATIVE = /^(?:last|yesterday|earlier this|this (?:week|month|year))\b/i;

const firstToken = (ctx: SentenceContext, date: DateMention): number =>
  ctx.tokens.findIndex((t) => t.start >= date.start);

const lastToken = (ctx: SentenceContext, date: DateMention): number => {
  const i = ctx.tokens.findIndex((t) => t.start >= date.end);
  return (i < 0 ? ctx.tokens.length : i) - 1;
};

function eventChunks(ctx: SentenceContext): Chunk[] {
  return ctx.chunks.filter((c) => c.type === "event" && c.kind === "event");
}

function date(ctx: SentenceContext, event: string, d: DateMention, trigger: number): void {
  if (ctx.graph.has(event, "occurred_on")) return;
  emit(ctx, { subject: event, predicate: "occurred_on", value: d.value, time: d.time }, trigger, true);
}

/**
 * "was captured on Friday in a police raid in Molenbeek", "died on Sunday in an attack on …": the
 * event that a date's clause goes on to name with "in" or "during" happened on that date. Not after a
 * saying ("said on Friday in a statement …"), and not when the event word only modifies another noun
 * ("on Friday in the bombing investigation").
 */
export function dateFramedEvents(ctx: SentenceContext): void {
  const { words } = ctx;
  for (const d of ctx.dates) {
    const at = firstToken(ctx, d);
    const link = /^(?:on|in|during)\b/i.test(d.text) ? at : at - 1;
    if (!["on", "in", "during"].includes(words[link] ?? "") && !BARE_RELATIVE.test(d.text)) continue;
    if (SAYING.has(words[link - 1] ?? "") || SAYING.has(words[link - 2] ?? "")) continue;
    let k = lastToken(ctx, d) + 1;
    if (words[k] === ",") k++;
    if (words[k] !== "in" && words[k] !== "during") continue;
    // An article, as an event's phrase has: "last year in Syria fighting …" is a place, not an event.
    if (!["a", "an", "the"].includes(words[k + 1] ?? "")) continue;
    k += 2;
    const event = eventChunks(ctx).find((c) => c.first >= k && c.first - k <= 2);
    if (!event || words.slice(k, event.first).some((w) => w === "," || SAYING.has(w))) continue;
    if (NOT_EVENT_AFTER_HEAD.has(words[event.end] ?? "")) continue;
    date(ctx, event.entity, d, event.first);
  }
}

/**
 * A relative date that needs no preposition, right after an event's phrase, is part of it: "since the
 * metro bombings last March", "the mosque shootings last month". A phrase named only to anchor a time
 * is still dated by its own words.
 */
export function dateTrailingRelatives(ctx: SentenceContext): void {
  for (const d of ctx.dates) {
    if (!BARE_RELATIVE.test(d.text)) continue;
    const at = firstToken(ctx, d);
    const event = eventChunks(ctx).find((c) => c.end === at);
    if (event) date(ctx, event.entity, d, event.first);
  }
}

/**
 * "last year's Bardo Museum and Sousse attacks", "Monday's twin bombings": a date in the possessive
 * dates the event phrase it determines, across a list of names ("X and Y attacks") when the phrase
 * is one noun phrase of names and modifiers.
 */
export function datePossessives(ctx: SentenceContext): void {
  const { words, tokens } = ctx;
  for (const d of ctx.dates) {
    const k = lastToken(ctx, d) + 1;
    if (words[k] !== "'s" && words[k] !== "’s") continue;
    const event = eventChunks(ctx).find((c) => c.first > k && c.first - k <= 6);
    if (!event) continue;
    const between = tokens.slice(k + 1, event.first);
    const nounPhrase = between.every((t) => /^\p{Lu}/u.test(t.text) || t.text === "and" || t.text === ",");
    if (nounPhrase) date(ctx, event.entity, d, event.first);
  }
}

/** The phrase-level dating rules of this module, in order of confidence; run before `dateEvents`. */
export function dateEventPhrases(ctx: SentenceContext): void {
  datePossessives(ctx);
  dateTrailingRelatives(ctx);
  dateFramedEvents(ctx);
}
