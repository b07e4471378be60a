import { CUSTODY_DATES } from "./custody-events.js";
import type { DateMention } from "./dates.js";
import { SAYING } from "./event-dates.js";
import { isBackground } from "./event-places.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/** Verbs that tell a state of affairs going on: "clashes have continued since Friday". */
const CONTINUING: ReadonlySet<string> = new Set([
  "continued",
  "continues",
  "raged",
  "rages",
  "lasted",
  "persisted",
  "dragged",
  "gone",
  "held",
  "simmered",
  "been",
]);

/** Words that make a "since" the measure of a record, not the start of an event: "the deadliest since 2001". */
const RECORD = /^(?:first|only|last|most|worst|\p{Ll}+est)$/u;

/** Words that end the clause an event's phrase opens. */
const CLAUSE_BREAK: ReadonlySet<string> = new Set([
  ";",
  "but",
  "while",
  "when",
  "after",
  "before",
  "because",
]);

const tokenAt = (ctx: SentenceContext, offset: number): number => {
  const i = ctx.tokens.findIndex((t) => t.start >= offset);
  return i < 0 ? ctx.tokens.length : i;
};

function undated(ctx: SentenceContext, entity: string): boolean {
  const event = ctx.graph.get(entity);
  return !!event && !isBackground(event) && !ctx.graph.has(entity, "occurred_on");
}

/**
 * "Clashes between the army and rebels in Beni have continued since Friday", "a siege by gunmen who had
 * held 800 people hostage since Wednesday", "the fighting, which has raged since Tuesday": an event
 * said to go on since a date began then. Only the nearest event before the "since", in the same
 * clause, with a verb of going on between them; not a record ("the deadliest attack since 2001", "the
 * first attack in the city since March"), nor after another date in the sentence, nor a toll counted since a time ("attacks have killed 300
 * people since 2019").
 */
export function dateSinceClauses(ctx: SentenceContext): void {
  const { words } = ctx;
  for (const d of ctx.dates) {
    if (CUSTODY_DATES.has(d)) continue;
    const first = tokenAt(ctx, d.start);
    const since = words[first] === "since" ? first : first - 1;
    if (words[since] !== "since") continue;
    const cue = ctx.eventCues.filter((c) => c.at < since).sort((a, b) => b.at - a.at)[0];
    if (!cue || !undated(ctx, cue.entity)) continue;
    const between = words.slice(cue.at + 1, since);
    if (between.some((w) => CLAUSE_BREAK.has(w) || SAYING.has(w) || RECORD.test(w))) continue;
    if (!between.some((w) => CONTINUING.has(w))) continue;
    // "stormed a theatre on Saturday, ending a siege … since Wednesday": an earlier date may be the
    // same event's end, read as one with it.
    if (ctx.dates.some((o) => o !== d && o.end <= d.start)) continue;
    emit(ctx, { subject: cue.entity, predicate: "occurred_on", value: d.value, time: d.time }, cue.at);
  }
}

/** How many words a "when" clause may run before the event it tells of. */
const WHEN_REACH = 4;

/**
 * "the deadliest attack in Kabul since Friday, when a bombing killed eight people", "in March, when
 * gunmen stormed a hotel in Bamako": a clause that "when" adds to a date tells of what happened then,
 * and the event it names first, within a few words, is dated by it.
 */
export function dateWhenClauses(ctx: SentenceContext): void {
  const { words, text } = ctx;
  for (const d of ctx.dates as DateMention[]) {
    if (CUSTODY_DATES.has(d)) continue;
    const next = tokenAt(ctx, d.end);
    if (words[next] !== "," || words[next + 1] !== "when" || !/^\s*,/.test(text.slice(d.end))) continue;
    const from = next + 2;
    const cue = ctx.eventCues
      .filter((c) => c.at >= from && c.at - from <= WHEN_REACH)
      .sort((a, b) => a.at - b.at)[0];
    if (!cue || !undated(ctx, cue.entity)) continue;
    if (words.slice(from, cue.at).some((w) => w === "," || SAYING.has(w))) continue;
    emit(ctx, { subject: cue.entity, predicate: "occurred_on", value: d.value, time: d.time }, cue.at);
  }
}

/** The clause-level dating rules of this module; run before `dateEvents`. */
export function dateClauses(ctx: SentenceContext): void {
  dateWhenClauses(ctx);
  dateSinceClauses(ctx);
}
