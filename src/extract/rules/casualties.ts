import type { DocumentEntity } from "./document-graph.js";
import { isBackground } from "./event-places.js";
import { canonicalPlace, eventAt } from "./events.js";
import { DATE_WORDS, GROUP_NOUNS, UNNAMED_FACILITY_HEADS } from "./lexicon.js";
import { type Count, readCount, VAGUE_PLURALS } from "./numbers.js";
import { ATTACK_VERBS, CASUALTY_PATTERNS } from "./patterns.js";
import { emit, matchesAt, type SentenceContext } from "./sentence-context.js";

const TRIGGERS = CASUALTY_PATTERNS.flatMap((p) =>
  p.triggers.map((t) => ({ pattern: p, words: t.split(" ") })),
);
/** Words allowed between a count and a following cue ("38 holidaymakers were killed"). */
const FILLER = new Set([
  "were",
  "was",
  "have",
  "has",
  "been",
  "had",
  "are",
  "is",
  "reportedly",
  "also",
  "people",
  "later",
  "all",
  "seriously",
  "critically",
  "slightly",
  "badly",
  "fatally",
  "lightly",
  // "20 hostages were found dead"
  "found",
]);
/** "A 17-year-old boy was seriously wounded", "One officer was wounded": a single victim. */
const ONE = new Set(["a", "an", "one", "another"]);

/** A single victim before the trigger at `i`: "A fourth person was critically wounded" is 1. */
function singleVictim(words: readonly string[], i: number): Count | undefined {
  let k = i - 1;
  while (k > 0 && FILLER.has(words[k]!)) k--;
  if (!["was", "has", "had"].some((w) => words.slice(k + 1, i).includes(w))) return undefined;
  for (let s = k; s >= Math.max(0, k - 3); s--) {
    if (ONE.has(words[s]!) && (s === 0 || words[s - 1] === ",")) {
      if (words.slice(s + 1, k + 1).some((w) => !/^[\p{L}-]+$/u.test(w))) return undefined;
      return { value: 1, bound: "exact", end: k + 1 };
    }
  }
  return undefined;
}
const PLACE_LINKS = new Set(["in", "at", "near", "on"]);

/**
 * Whether the place at token `first` is where the figure's event happened: after "in", "at", "near",
 * "on", after an attack verb ("stormed the US diplomatic compound"), or after "the beach of the".
 */
const PLACE_ADJECTIVES = new Set([
  "central",
  "northern",
  "southern",
  "eastern",
  "western",
  "downtown",
  "coastal",
]);
/** "A suicide bomber", "a gunman": an attacker brought in with an indefinite article starts a new attack. */
const NEW_ATTACKER = new Set([
  "bomber",
  "gunman",
  "gunmen",
  "attacker",
  "attackers",
  "militant",
  "militants",
]);

function newAttackerBefore(words: readonly string[], at: number): boolean {
  for (let k = 0; k < at; k++) {
    if (words[k] !== "a" && words[k] !== "an") continue;
    const next = words[k + 1] === "suicide" ? words[k + 2] : words[k + 1];
    if (NEW_ATTACKER.has(next ?? "")) return true;
  }
  return false;
}

function placeLink(words: readonly string[], first: number): boolean {
  let k = first - 1;
  if (PLACE_ADJECTIVES.has(words[k] ?? "")) k--;
  if (words[k] === "the" || words[k] === "a" || words[k] === "an") k--;
  if (words[k] === "of" && UNNAMED_FACILITY_HEADS.has(words[k - 1] ?? "")) {
    k -= 2;
    if (words[k] === "the") k--;
  }
  return PLACE_LINKS.has(words[k] ?? "") || ATTACK_VERBS.has(words[k] ?? "");
}

function plausible(words: readonly string[], count: Count, from: number): boolean {
  const w = words[from] ?? "";
  if (/^(?:19|20)\d\d$/.test(w) && !/^(?:people|persons|civilians|tourists)$/.test(words[from + 1] ?? ""))
    return false; // a year
  if (DATE_WORDS.has(words[from + 1] ?? "") || DATE_WORDS.has(words[from - 1] ?? "")) return false; // "26 June", "June 27"
  // "was killed five days after them": a span of time, not a toll.
  if (/^(?:hours?|days?|weeks?|months?|years?|minutes?)$/.test(words[count.end] ?? "")) return false;
  // "The two men shot dead by security forces": the attackers' own deaths are not the attack's toll.
  if (words.slice(from + 1, count.end).some((w) => GROUP_NOUNS.has(w))) return false;
  // "one of the dead", "12 of the 14 bombers died": a part of another figure.
  if (words[from + 1] === "of" && !(w in VAGUE_PLURALS)) return false;
  return count.value > 0 && count.value < 1_000_000;
}

/** Nouns after "a" that are no single victim: "the killing of a number of …", "a group of …". */
const NOT_ONE = new Set(["number", "group", "dozen", "few", "total", "series", "string", "wave", "couple"]);

/** "the killing of a paratrooper": one victim after a killing noun's "of". */
function oneVictim(words: readonly string[], trigger: readonly string[], from: number): Count | undefined {
  if (trigger[trigger.length - 1] !== "of" || (words[from] !== "a" && words[from] !== "an")) return undefined;
  const noun = words[from + 1] ?? "";
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(noun) || NOT_ONE.has(noun)) return undefined;
  return { value: 1, bound: "exact", end: from + 2 };
}

/** "plus the gunman" adds one; "including the gunman" is already counted. */
function withPlus(words: readonly string[], count: Count): number {
  return words[count.end] === "plus" || (words[count.end] === "," && words[count.end + 1] === "plus")
    ? count.value + 1
    : count.value;
}

/** The event a casualty figure belongs to: one in the sentence, the latest in the document, or "<place> attack". */
function eventFor(ctx: SentenceContext, at: number, verbFirst = false): DocumentEntity | undefined {
  // A pronoun or description standing for an earlier event ("… imposed after it") does not claim a
  // figure that a newly introduced attacker's clause gives ("a suicide bomber killed 12 …").
  const fresh = newAttackerBefore(ctx.words, at);
  // "… the hostage-taking at the Bataclan, where … dozens died; officials say the attacks …": an
  // event across a semicolon is another clause's.
  const sameClause = (c: { first: number }) =>
    !ctx.words.slice(Math.min(c.first, at), Math.max(c.first, at)).includes(";");
  // "…, killing at least 14 people, a day after a blast at the station killed 17": a figure after its
  // verb is the toll of the event that verb tells of, the subject before it, not the next event.
  const before = (c: { first: number }) => verbFirst && c.first < at;
  const inSentence = ctx.chunks
    .filter((c) => c.type === "event" && !(fresh && c.kind === "description"))
    .sort(
      (a, b) =>
        Number(sameClause(b)) - Number(sameClause(a)) ||
        Number(before(b)) - Number(before(a)) ||
        Math.abs(a.first - at) - Math.abs(b.first - at),
    )[0];
  if (inSentence) return ctx.graph.get(inSentence.entity);
  // "Local officials in Sabratha said more than 40 were killed", after a raid near Sabratha and a
  // mention of other attacks: the figure goes with the event at the place the sentence names.
  const named = new Set(
    ctx.chunks
      .filter((c) => (c.type === "location" || c.type === "facility") && c.kind === "name")
      .map((c) => canonicalPlace(ctx.graph.get(c.entity)!.name)),
  );
  const there = ctx.graph.latest(
    "event",
    (e) => !e.provisional && e.place !== undefined && named.has(e.place),
  );
  if (there) return there;
  const latest = ctx.graph.latest("event", (e) => !e.provisional && !isBackground(e));
  if (latest && !fresh) return latest;
  // Only a place after the figure: "killed 38 people in Sousse", not "Officials in Tunis said … killed".
  const place = ctx.chunks
    .filter(
      (c) =>
        c.first > at &&
        (c.type === "location" || c.type === "facility") &&
        (c.kind === "name" || c.kind === "site") &&
        placeLink(ctx.words, c.first),
    )
    .sort((a, b) => a.first - b.first || b.end - a.end)[0];
  if (!place) return undefined;
  // An unnamed site names its event after the place it lies in ("beach at Port El Kantaoui").
  const event = eventAt(
    ctx.graph,
    canonicalPlace(ctx.graph.get(place.anchor ?? place.entity)!.name),
    "attack",
    ctx.sentence.index,
  );
  emit(ctx, { subject: event.key, predicate: "occurred_at", object: place.entity }, place.first);
  // The words that tell of it ("killed 12 members of the presidential guard on a bus in central
  // Tunis") are its mention: an event known only by its figure still shows where it was read.
  const from = /^(?:killed|killing|kills|kill)$/.test(ctx.words[at - 1] ?? "") ? at - 1 : at;
  ctx.graph.mention(
    event,
    ctx.text,
    ctx.tokens[from]!.start,
    ctx.tokens[place.end - 1]!.end,
    "EVENT",
    ctx.sentence.index,
    true,
  );
  return event;
}

/**
 * Casualty figures: "the death toll … rose to 39", "left 20 tourists and a security guard dead" (21),
 * "38 holidaymakers were killed", "wounding 39". A revision ("rose to") is the same predicate with the
 * later figure; which figure stands is for conflict detection across statements to decide.
 */
export function addCasualties(ctx: SentenceContext): void {
  const { words } = ctx;
  for (let i = 0; i < words.length; i++) {
    for (const { pattern, words: trigger } of TRIGGERS) {
      if (!matchesAt(words, i, trigger)) continue;
      if (pattern.after && !words.slice(Math.max(0, i - 10), i).includes(pattern.after)) continue;
      let count: Count | undefined;
      let at = i;
      if (pattern.count === "count-first") {
        for (let s = Math.max(0, i - 10); s < i && !count; s++) {
          // "A gunman and two accomplices killed …": a sum opened by "a" is read only after its verb.
          if (words[s] === "a" || words[s] === "an") continue;
          const c = readCount(words, s);
          if (!c || c.end > i || !plausible(words, c, s)) continue;
          let k = c.end;
          while (k < i && FILLER.has(words[k]!)) k++;
          if (k === i) {
            count = c;
            at = s;
          }
        }
        if (!count && pattern.predicate === "wounded") {
          count = singleVictim(words, i);
          if (count) at = i;
        }
      } else {
        const from = i + trigger.length;
        const c = readCount(words, from) ?? oneVictim(words, trigger, from);
        // "the killings of seven people in Toulouse and Montauban": a count after "of" is the toll only
        // inside an event phrase that goes on past it to its place (not "blaming it for the killings
        // of two opposition politicians, …", nor "the first killing of a serving US ambassador").
        const ofPhrase = trigger[trigger.length - 1] === "of";
        if (ofPhrase && !ctx.chunks.some((e) => e.type === "event" && e.first <= i && c && e.end > c.end))
          continue;
        if (c && plausible(words, c, from)) {
          if (!pattern.completion) count = c;
          else {
            let k = c.end;
            while (FILLER.has(words[k] ?? "")) k++;
            if (pattern.completion.includes(words[k] ?? "")) count = c;
          }
        }
      }
      if (!count) continue;
      const event = eventFor(ctx, at, pattern.count !== "count-first");
      if (!event) continue;
      ctx.eventCues.push({ entity: event.key, at: i });
      emit(
        ctx,
        {
          subject: event.key,
          predicate: pattern.predicate,
          value: withPlus(words, count),
          bound: count.bound,
        },
        i,
      );
    }
  }
}
