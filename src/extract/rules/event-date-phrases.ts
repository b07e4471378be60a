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
 * A date inside an event's noun phrase is presupposed, and a presupposition survives the negation of
 * its clause: "the group denied any part in last week's carnage in Karachi" still says the carnage was
 * last week. Only for the phrase's own date (possessive, fronted), not for a clause's date.
 */
function datePresupposed(ctx: SentenceContext, event: string, d: DateMention, trigger: number): void {
  if (ctx.graph.has(event, "occurred_on")) return;
  const credibility = ctx.stance.phraseCredibility(trigger);
  ctx.graph.statement({
    subject: event,
    predicate: "occurred_on",
    value: d.value,
    time: d.time,
    credibility,
    sentence: ctx.sentence.index,
  });
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
    // The event's phrase may take the possessive in ("last week's carnage in Karachi").
    const first = firstToken(ctx, d);
    const holding = eventChunks(ctx).find((c) => c.first <= first && c.end > k + 1);
    if (holding) {
      datePresupposed(ctx, holding.entity, d, k + 1);
      continue;
    }
    const event = eventChunks(ctx).find((c) => c.first > k && c.first - k <= 6);
    if (!event) continue;
    const between = tokens.slice(k + 1, event.first);
    const nounPhrase = between.every((t) => /^\p{Lu}/u.test(t.text) || t.text === "and" || t.text === ",");
    if (nounPhrase || modifierNouns(ctx.words.slice(k + 1, event.first)))
      datePresupposed(ctx, event.entity, d, event.first);
  }
}

/** Words that end a noun's pre-modifiers: a determiner, a preposition, a verb form or a clause word. */
const NOT_MODIFIER =
  /^(?:the|a|an|this|that|these|those|its|their|his|her|of|in|on|at|from|to|for|with|by|after|before|since|and|or|but|which|who|was|were|is|are|has|had|have|been|toll|death|said|says)$/;

/**
 * Whether the words between a date and an event's head are at most two lowercase modifier nouns:
 * "Saturday's ambulance bombing", "Monday's tram shooting", "the 2008 seminary shooting", but not
 * "Saturday's toll from the bombing".
 */
function modifierNouns(between: readonly string[]): boolean {
  return between.length <= 2 && between.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !NOT_MODIFIER.test(w));
}

/**
 * "the August 3, 2019, attack at a Walmart", "the October bombing of a peace rally", "the 2008
 * seminary shooting": a date between the article and the event's head, with at most two modifier
 * nouns after it, dates the event. A date after "of" or "since" ("the attacks of July 2011") is not
 * in front of a head and is left to the other rules.
 */
export function dateFrontedDates(ctx: SentenceContext): void {
  const { words } = ctx;
  for (const d of ctx.dates) {
    const at = firstToken(ctx, d);
    if (!["the", "a", "an"].includes(words[at - 1]?.toLowerCase() ?? "")) continue;
    let k = lastToken(ctx, d) + 1;
    if (words[k] === ",") k++;
    const event = eventChunks(ctx).find((c) => c.first >= k && c.first - k <= 2);
    if (event && modifierNouns(words.slice(k, event.first)))
      datePresupposed(ctx, event.entity, d, event.first);
  }
}

/** The phrase-level dating rules of this module, in order of confidence; run before `dateEvents`. */
export function dateEventPhrases(ctx: SentenceContext): void {
  datePossessives(ctx);
  dateFrontedDates(ctx);
  dateTrailingRelatives(ctx);
  dateFramedEvents(ctx);
}
