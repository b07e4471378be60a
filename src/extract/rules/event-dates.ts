import { CUSTODY_DATES } from "./custody-events.js";
import type { DateMention } from "./dates.js";
import { isBackground } from "./event-places.js";
import { isAnchor } from "./implicit-events.js";
import { DATING_DISTANCE } from "./lexicon.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/** Verbs of saying: a date right after one dates the saying ("said on Tuesday"), not the event. */
export const SAYING: ReadonlySet<string> = new Set([
  "said",
  "says",
  "told",
  "announced",
  "added",
  "confirmed",
  "stated",
  "reported",
]);
/** A date followed by "N days after" anchors a relative time ("on Saturday, eight days after …"). */
export const ANCHORING = /^,? ?(?:\S+ )?(?:days?|weeks?|months?|years?|hours?) (?:after|before|since|ago)\b/;

/** Verbs that tell a toll's change: a date after one dates the count ("the toll … rose to 20 on Saturday"). */
const TOLL_CHANGE: ReadonlySet<string> = new Set([
  "rose",
  "risen",
  "climbed",
  "jumped",
  "increased",
  "reached",
]);

/** Finite auxiliaries that open a clause's main verb phrase. */
const FINITE: ReadonlySet<string> = new Set(["was", "were", "is", "are", "has", "have", "had"]);

/** Whether a word that sets an event at a distance ("suspected of", "sentenced over") stands just before `at`. */
function atDistance(words: readonly string[], at: number): boolean {
  return words.slice(Math.max(0, at - 3), at).some((w) => DATING_DISTANCE.has(w));
}

/**
 * Dates the one event a sentence speaks of from a date later in the same clause: "two gunmen killed
 * 20 tourists … in an attack on the Bardo National Museum in Tunis on Wednesday". Only a date
 * introduced by "on" or "in" after the event's cue counts, not one that dates a saying ("told
 * reporters on Tuesday") or anchors another time ("on Saturday, eight days after a gunman killed …"),
 * and only when the sentence speaks of a single event and the phrase itself gave no date.
 */
export function dateEvents(ctx: SentenceContext): void {
  dateAnchorClauses(ctx);
  const { words, tokens, text, graph } = ctx;
  // An event named only to anchor a time ("… after the killing of Chokri Belaid") is not dated here.
  // Nor is an event named in passing as history ("organised last year's attacks").
  const cues = ctx.eventCues.filter((c) => !isAnchor(ctx, c.at) && !isBackground(graph.get(c.entity)!));
  const events = [...new Set(cues.map((c) => c.entity))];
  if (events.length > 1) {
    dateNearestEvents(ctx, cues);
    return;
  }
  if (events.length !== 1 || graph.has(events[0]!, "occurred_on")) return;
  const cue = Math.min(...cues.map((c) => c.at));
  // A date after an anchoring event's phrase belongs to that event ("after the killings at the Bardo
  // Museum in March").
  const anchors = ctx.eventCues.filter((c) => isAnchor(ctx, c.at) && c.at > cue).map((c) => c.at);
  const limit = anchors.length > 0 ? Math.min(...anchors) : Number.POSITIVE_INFINITY;
  // A date an arrest or a sentence in this sentence took is that act's, not the event's.
  for (const date of ctx.dates.filter((d) => !CUSTODY_DATES.has(d))) {
    const at = tokens.findIndex((t) => t.start >= date.start);
    if (at <= cue || at > limit) continue;
    const link = adverbialStart(ctx, date, at);
    if (link < 0) continue;
    if (SAYING.has(words[link - 1] ?? "") || SAYING.has(words[link - 2] ?? "")) continue;
    // "killed nine people in Kidal on Thursday, two days before the elections": a span that counts
    // forward to no event named after it leaves the date the clause's own. Not one that counts back
    // ("were holding hundreds hostage on Thursday, a day after they drove into the town"): the state
    // the clause tells of may have begun then.
    const rest = text.slice(date.end, ctx.sentence.end).toLowerCase();
    if (
      ANCHORING.test(rest) &&
      (!/^\W*(?:\S+ )?\S+ before\b/.test(rest) || ctx.eventCues.some((c) => c.at > at))
    )
      continue;
    // "…, and on Saturday gunmen attacked …": a date that opens a coordinated clause governs that clause.
    if (words[link - 1] === "and" && words[link - 2] === ",") continue;
    const between = words.slice(cue, at);
    if (between.some((w) => w === ";" || w === "but" || w === "while" || SAYING.has(w) || TOLL_CHANGE.has(w)))
      continue;
    // "The man suspected of shooting dead nine worshippers … was arrested on Thursday": past the
    // main verb, a date is the clause's own act, not the event its subject is suspected of.
    if (atDistance(words, cue) && between.some((w) => FINITE.has(w))) continue;
    emit(ctx, { subject: events[0]!, predicate: "occurred_on", value: date.value, time: date.time }, at);
    return;
  }
  // "… struck a camp near Sabratha on Friday, in a raid that …": the event named in the phrase that
  // follows the dated clause happened then.
  const cueStart = tokens[cue]!.start;
  const framing = ctx.dates.find(
    (d) => d.end <= cueStart && /^\s*,\s*(?:in|during)\s+(?:an?|the)?\s*$/i.test(text.slice(d.end, cueStart)),
  );
  if (framing) {
    const at = tokens.findIndex((t) => t.start >= framing.start);
    if (!words.slice(0, at).some((w) => SAYING.has(w)) && !isAnchorDate(ctx, framing.start)) {
      emit(
        ctx,
        { subject: events[0]!, predicate: "occurred_on", value: framing.value, time: framing.time },
        cue,
      );
      return;
    }
  }
  // A date that opens the sentence frames its one event: "In November a suicide bomber killed 12 …",
  // "On Saturday, two gunmen stormed …" — unless someone is said to speak before the event's words
  // ("On Tuesday, police said the attack …" dates the saying).
  const opening = ctx.dates[0];
  if (
    !opening ||
    CUSTODY_DATES.has(opening) ||
    !opensSentence(text.slice(ctx.sentence.start, opening.start), opening)
  )
    return;
  const at = tokens.findIndex((t) => t.start >= opening.end);
  if (at < 0 || at > cue || words.slice(at, cue).some((w) => SAYING.has(w) || w === ";")) return;
  if (ANCHORING.test(text.slice(opening.end, ctx.sentence.end).toLowerCase())) return;
  emit(ctx, { subject: events[0]!, predicate: "occurred_on", value: opening.value, time: opening.time }, cue);
}

/**
 * A sentence that speaks of several events: a date introduced by "on" or "in" dates the event whose
 * phrase comes right before it, in the same clause ("the shooting of three soldiers in Montauban, …,
 * on Thursday"; "the assault, which began on Tuesday afternoon with an explosion at the complex").
 */
function dateNearestEvents(ctx: SentenceContext, cues: readonly { entity: string; at: number }[]): void {
  const { words, tokens, text, graph } = ctx;
  for (const date of ctx.dates.filter((d) => !CUSTODY_DATES.has(d))) {
    const at = tokens.findIndex((t) => t.start >= date.start);
    const before = cues.filter((c) => c.at < at).sort((a, b) => b.at - a.at)[0];
    if (!before || graph.has(before.entity, "occurred_on")) continue;
    if (ctx.eventCues.some((c) => c.at > before.at && c.at < at)) continue;
    const link = adverbialStart(ctx, date, at);
    if (link < 0) continue;
    if (SAYING.has(words[link - 1] ?? "") || SAYING.has(words[link - 2] ?? "")) continue;
    if (ANCHORING.test(text.slice(date.end, ctx.sentence.end).toLowerCase())) continue;
    if (words[link - 1] === "and" && words[link - 2] === ",") continue;
    const between = words.slice(before.at, at);
    if (
      between.some(
        (w) => w === ";" || w === "but" || w === "while" || w === "after" || w === "before" || SAYING.has(w),
      )
    )
      continue;
    emit(ctx, { subject: before.entity, predicate: "occurred_on", value: date.value, time: date.time }, at);
  }
}

/**
 * A date phrase that is an adverbial on its own: "last Friday", "yesterday", "at the weekend", "tonight",
 * "that morning", "later that day", "overnight", "today", "three days ago".
 */
const SELF_LINKED =
  /^(?:on|in|during|tonight|today|overnight|this|the night|last|yesterday|at the|over the|earlier|later that|that (?:morning|afternoon|evening|night))\b|\bago$/i;
/** Words of the time of day that may stand between a preposition and its date: "late on Friday", "early Sunday". */
const DAY_TIME: ReadonlySet<string> = new Set(["late", "early"]);

/**
 * Where the adverbial of time that holds the date at token `at` starts, or −1 when the date is none:
 * introduced by "on", "in" or "during" ("during the Monday morning rush hour", "on the night of 13
 * November"), or a phrase that needs no preposition ("last Friday", "yesterday"). A bare "Friday" or
 * "2003" modifies a noun ("the 2003 bombings") or sits in a list, and dates nothing here.
 */
export function adverbialStart(ctx: SentenceContext, date: DateMention, at: number): number {
  if (SELF_LINKED.test(date.text)) return at;
  const { words } = ctx;
  if (["on", "in", "during"].includes(words[at - 1] ?? "")) return at - 1;
  // "which began late Friday", "struck early Sunday": the time of day links the weekday as "on" would.
  if (DAY_TIME.has(words[at - 1] ?? "") && /^\p{Lu}\p{Ll}+day$/u.test(date.text)) return at - 1;
  if (bareWeekday(ctx, date, at)) return at;
  if (words[at - 1] === "the" && ["on", "during"].includes(words[at - 2] ?? "")) return at - 2;
  return -1;
}

/** Words after which a weekday is no adverbial of its own: "between Friday and", "since Friday", "the Friday". */
const NOT_BEFORE_BARE_DAY: ReadonlySet<string> = new Set([
  "the",
  "a",
  "and",
  "or",
  "of",
  "between",
  "from",
  "to",
  "until",
  "till",
  "since",
  "by",
  "before",
  "after",
  "until",
  "every",
  "each",
  "next",
  "late",
  "early",
  ",",
]);
/** Words that may follow a bare weekday that closes a clause's adverbial: "killed 12 people Friday in Solhan". */
const AFTER_BARE_DAY: ReadonlySet<string> = new Set([
  ".",
  "local",
  ",",
  ";",
  "in",
  "at",
  "near",
  "by",
  "when",
  "as",
  "morning",
  "afternoon",
  "evening",
  "night",
]);

/** A clock time that may stand before a bare weekday: "at 8:30 a.m. Friday", "at about 9pm Friday". */
const CLOCK = /^(?:[ap]\.m\.?|\d{1,2}(?:[:.]\d\d)?[ap]\.?m\.?|GMT|noon|midnight)$/i;

/**
 * A weekday with no preposition, as American wire copy writes it: "The attack was carried out Friday
 * by gunmen", "killed 12 people Friday in Solhan", "at 8:30 a.m. Friday". Not a weekday that modifies a noun ("Friday
 * prayers", "Friday's attack") or that a list or a span holds ("between Friday and Sunday").
 */
function bareWeekday(ctx: SentenceContext, date: DateMention, at: number): boolean {
  const { words } = ctx;
  if (!/^\p{Lu}\p{Ll}+day$/u.test(date.text) || at === 0) return false;
  const previous = words[at - 1]!;
  if (CLOCK.test(ctx.tokens[at - 1]!.text))
    return at + 1 >= words.length || AFTER_BARE_DAY.has(words[at + 1]!);
  if (NOT_BEFORE_BARE_DAY.has(previous) || !/^\p{Ll}+$/u.test(ctx.tokens[at - 1]!.text)) return false;
  return at + 1 >= words.length || AFTER_BARE_DAY.has(words[at + 1]!);
}

/** A clock time that opens a sentence before its weekday: "At around 10 a.m. on Friday, …", "Shortly after 9pm Friday". */
const CLOCK_HEAD =
  /^\s*(?:at\s+)?(?:around\s+|about\s+|approximately\s+|roughly\s+|(?:shortly|just)\s+(?:before|after)\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|GMT)?\s*(?:local time\s*)?(?:on\s*)?$/i;

/**
 * Whether the words before a date leave it the sentence's opening adverbial: none, "On", "In", or a
 * time of day or an "earlier" before a date the report's own calendar fixes ("Late on Friday",
 * "Early Sunday", "Earlier this month", "Late last year"), or a clock time before a weekday ("At around 10 a.m. on
 * Friday"), not one a story's month holds ("Earlier in
 * the month" is the month the story tells of).
 */
function opensSentence(head: string, date: DateMention): boolean {
  if (/^\s*(?:on|in)?\s*$/i.test(head)) return true;
  if (CLOCK_HEAD.test(head)) return /^(?:on\s+)?\p{L}+day\b/iu.test(date.text);
  if (/^\s*(?:late|early)(?:\s+on)?\s*$/i.test(head))
    return /^(?:on\s+)?(?:\p{L}+day|last|this)\b/iu.test(date.text);
  return /^\s*(?:earlier|later)\s*$/i.test(head) && /^(?:this|last)\b/i.test(date.text);
}

/** Whether the date at `offset` follows "after", "before" or "since" (it dates another time). */
function isAnchorDate(ctx: SentenceContext, offset: number): boolean {
  return /\b(?:after|before|since)\s*$/i.test(ctx.text.slice(ctx.sentence.start, offset));
}

/** Past forms of verbs that tell an event happening, past the regular "-ed" ones ("a bomb went off"). */
const HAPPENED: ReadonlySet<string> = new Set(["went", "struck", "hit", "tore", "blew", "shook", "began"]);
/** Words that end the clause an "after"/"before" opens, before its date. */
const CLAUSE_END: ReadonlySet<string> = new Set([
  ",",
  ";",
  "and",
  "but",
  "when",
  "while",
  "who",
  "which",
  "as",
]);
/** How many words the clause may run from its verb to its date. */
const ANCHOR_CLAUSE_REACH = 6;

/**
 * "hunting for a man seen leaving a backpack moments before a bomb exploded there on Monday
 * evening": an event that is the subject of the clause "after" or "before" opens is dated by that
 * clause's own date, when its verb follows the event's phrase and the date follows the verb in the
 * same clause. An event named as a bare noun phrase after "after" ("arrested after the bombing on
 * Friday") is left alone: the date may be the arrest's.
 */
function dateAnchorClauses(ctx: SentenceContext): void {
  const { words, tokens, graph } = ctx;
  for (const cue of ctx.eventCues.filter((c) => isAnchor(ctx, c.at))) {
    const phrase = ctx.chunks.find((c) => c.type === "event" && c.first <= cue.at && cue.at < c.end);
    if (!phrase || graph.has(cue.entity, "occurred_on")) continue;
    let verb = phrase.end;
    if (words[verb] === "had") verb++;
    const w = words[verb] ?? "";
    if (!HAPPENED.has(w) && !/^[a-z]{3,}ed$/.test(w)) continue;
    for (const date of ctx.dates.filter((d) => !CUSTODY_DATES.has(d))) {
      const at = tokens.findIndex((t) => t.start >= date.start);
      if (at <= verb || at - verb > ANCHOR_CLAUSE_REACH) continue;
      const link = adverbialStart(ctx, date, at);
      if (link < 0 || words.slice(verb, link).some((x) => CLAUSE_END.has(x) || SAYING.has(x))) continue;
      emit(ctx, { subject: cue.entity, predicate: "occurred_on", value: date.value, time: date.time }, verb);
      break;
    }
  }
}
