import { MORE_CASUALTY_PATTERNS } from "./casualty-cues.js";
import type { DocumentEntity } from "./document-graph.js";
import { topicPlace } from "./event-places.js";
import { settlementBefore } from "./event-references.js";
import { canonicalPlace, eventAt } from "./events.js";
import { ATTACKER_DESCRIPTIONS, DATE_WORDS, GROUP_NOUNS, UNNAMED_FACILITY_HEADS } from "./lexicon.js";
import { type Count, readCount, readNumber, sharesLowerBound, VAGUE_PLURALS } from "./numbers.js";
import { ATTACK_VERBS, CASUALTY_PATTERNS } from "./patterns.js";
import { emit, matchesAt, type SentenceContext } from "./sentence-context.js";
import { objectVictim, oneVictim, ordinalVictim } from "./single-victims.js";
import { anchoredAway, apart, clauseSplits } from "./toll-anchors.js";
import { eventForLoneToll } from "./toll-events.js";

const TRIGGERS = [...CASUALTY_PATTERNS, ...MORE_CASUALTY_PATTERNS].flatMap((p) =>
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
  // "33 people are being treated in hospital"
  "being",
  "still",
]);
/**
 * Whether the figure at `i` is what would have happened: "An explosion would have killed dozens",
 * "could have killed hundreds if it had gone off". ("may have killed" is a hedge, and stays.)
 */
function counterfactual(words: readonly string[], i: number): boolean {
  const k = words[i - 1] === "been" ? i - 2 : i - 1;
  return (
    words[k] === "have" && (words[k - 1] === "would" || words[k - 1] === "could" || words[k - 1] === "might")
  );
}

/** Single people whose death is no victim's: "a suspect was killed", "a militant was killed". */
const NOT_VICTIMS = new Set(["suspect", "militant", "jihadist", "fighter", "insurgent"]);
/** "A 17-year-old boy was seriously wounded", "One officer was wounded": a single victim. */
const ONE = new Set(["a", "an", "one", "another"]);

/** A single victim before the trigger at `i`: "A fourth person was critically wounded" is 1. */
function singleVictim(words: readonly string[], i: number): Count | undefined {
  let k = i - 1;
  while (k > 0 && FILLER.has(words[k]!)) k--;
  if (!["was", "has", "had"].some((w) => words.slice(k + 1, i).includes(w))) return undefined;
  for (let s = k; s >= Math.max(0, k - 3); s--) {
    if (ONE.has(words[s]!) && (s === 0 || words[s - 1] === ",")) {
      // "A 17-year-old boy was seriously wounded": an age in front of the noun is part of it.
      if (words.slice(s + 1, k + 1).some((w) => !/^(?:\d+-)?[\p{L}-]+$/u.test(w))) return undefined;
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
  // "in a historic Charleston church", "at the busy Zobe junction"
  "historic",
  "busy",
  "crowded",
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
  // "killed 12 soldiers in the northern town of Boulkessi": the settlement's description is stepped over.
  k = settlementBefore(words, first) ?? k;
  if (PLACE_ADJECTIVES.has(words[k] ?? "")) k--;
  if (words[k] === "the" || words[k] === "a" || words[k] === "an") k--;
  if (words[k] === "of" && UNNAMED_FACILITY_HEADS.has(words[k - 1] ?? "")) {
    k -= 2;
    if (words[k] === "the") k--;
  }
  return PLACE_LINKS.has(words[k] ?? "") || ATTACK_VERBS.has(words[k] ?? "");
}

/** Nouns of things a report counts near a toll: "five subway trains", "two car bombs", "three buses". */
const COUNTED_THINGS = new Set([
  "trains",
  "buses",
  "cars",
  "vehicles",
  "trucks",
  "bombs",
  "explosions",
  "blasts",
  "devices",
  "grenades",
  "rockets",
  "buildings",
  "houses",
  "mosques",
  "churches",
  "stations",
  "lines",
  "hotels",
]);

function plausible(words: readonly string[], count: Count, from: number): boolean {
  const w = words[from] ?? "";
  if (/^(?:19|20)\d\d$/.test(w) && !/^(?:people|persons|civilians|tourists)$/.test(words[from + 1] ?? ""))
    return false; // a year
  if (DATE_WORDS.has(words[from + 1] ?? "") || DATE_WORDS.has(words[from - 1] ?? "")) return false; // "26 June", "June 27"
  // "was killed five days after them": a span of time, not a toll.
  if (/^(?:hours?|days?|weeks?|months?|years?|minutes?)$/.test(words[count.end] ?? "")) return false;
  // "The two men shot dead by security forces": the attackers' own deaths are not the attack's toll.
  if (words.slice(from + 1, count.end).some((w) => GROUP_NOUNS.has(w))) return false;
  // "an attack on five crowded subway trains … killed at least six": things counted are no victims.
  if (words.slice(from + 1, count.end).some((w) => COUNTED_THINGS.has(w))) return false;
  // "one of the dead", "12 of the 14 bombers died": a part of another figure.
  if (words[from + 1] === "of" && !(w in VAGUE_PLURALS)) return false;
  return count.value > 0 && count.value < 1_000_000;
}

/** How far before a count-first cue its count may start, an appositive between them included. */
const REACH = 24;
/** The longest appositive allowed between a count and its cue ("305 people, 27 of them children, were killed"). */
const APPOSITIVE_LENGTH = 14;
/** Words that end an appositive's reach: a new clause or a second figure's verb. */
const CLAUSE_WORDS = new Set([
  ";",
  ":",
  "said",
  "says",
  "killed",
  "wounded",
  "injured",
  "died",
  "dead",
  "when",
]);
/** Auxiliaries of the passive: "A sailor, a Marine and a police officer were wounded". */
const PASSIVE = new Set(["were", "was", "been"]);
/**
 * Nouns that make an addend of a split the attackers' ("23 hostages and 32 militants had died"): the
 * guide leaves them out of the victims' toll. "men" is not among them: "two men and a woman were
 * killed" may be victims, so a split with "men" in it is not read (see `plausible`).
 */
const ATTACKER_NOUNS: ReadonlySet<string> = new Set([
  ...[...GROUP_NOUNS].filter((w) => w !== "men"),
  ...ATTACKER_DESCRIPTIONS,
  "hostage-takers",
  "insurgents",
  "jihadists",
  "accomplices",
]);

/** Finite verbs and clause breaks that end the phrase a figure's place is looked for in. */
const CLAUSE_VERBS = new Set(["was", "were", "is", "are", "has", "have", "had", ";"]);

/** Whether only fillers stand between token `k` and the cue at `i`. */
function reaches(words: readonly string[], k: number, i: number): boolean {
  while (k < i && FILLER.has(words[k]!)) k++;
  return k === i;
}

/**
 * The end of an appositive that opens at the comma at `k` and closes before the cue at `i`: "Ten
 * people, all foreigners and at least eight of them German, were killed". Undefined when the words
 * after the count are no such aside.
 */
function appositiveBefore(words: readonly string[], k: number, i: number): number | undefined {
  if (words[k] !== ",") return undefined;
  for (let m = k + 1; m < i && m - k <= APPOSITIVE_LENGTH; m++) {
    if (CLAUSE_WORDS.has(words[m]!)) return undefined;
    if (words[m] === "," && m > k + 1) return reaches(words, m + 1, i) ? m + 1 : undefined;
  }
  return undefined;
}

/** The addends of a sum or split in `words[from, end)`: each number (or "a") and the nouns after it. */
function addends(words: readonly string[], from: number, end: number): { value: number; nouns: string[] }[] {
  const parts: { value: number; nouns: string[] }[] = [];
  for (let k = from; k < end; k++) {
    const opens = k === from || words[k - 1] === "," || words[k - 1] === "and" || words[k - 1] === "least";
    const n = opens ? readNumber(words, k) : undefined;
    const single = opens && (words[k] === "a" || words[k] === "an") && !n;
    if (n || single) {
      parts.push({ value: n ? n.value : 1, nouns: [] });
      if (n) k = n.end - 1;
    } else parts.at(-1)?.nouns.push(words[k]!);
  }
  return parts;
}

const isAttackers = (part: { nouns: string[] }) => part.nouns.some((w) => ATTACKER_NOUNS.has(w));

/**
 * The victims of a split: "at least 23 hostages and 32 militants had died" is 23, "920 militants, 165
 * soldiers and police officers, and 47 civilians" is 212 (the guide sums victims and leaves attackers
 * out). Undefined unless the words split the dead between attackers and others.
 */
function victimsOf(words: readonly string[], from: number, end: number): number | undefined {
  const parts = addends(words, from, end);
  if (parts.length < 2 || parts.some((p) => p.nouns.includes("men"))) return undefined;
  const victims = parts.filter((p) => !isAttackers(p));
  if (victims.length === 0 || victims.length === parts.length) return undefined;
  return victims.reduce((sum, p) => sum + p.value, 0);
}

/**
 * "The US ambassador, J. Christopher Stevens, and three other Americans were killed": "other" after a
 * count joined to a victim named before it adds that victim. Not when the conjunct before is a clause
 * with its own figure ("two people died and three other people were wounded") or an attacker.
 */
function otherAddsOne(words: readonly string[], s: number): boolean {
  const n = readNumber(words, s);
  if (!n || words[n.end] !== "other" || words[s - 1] !== "and" || s < 2) return false;
  const before = words.slice(Math.max(0, s - 9), s - 1);
  return !before.some(
    (w) =>
      readNumber([w], 0) !== undefined ||
      CLAUSE_WORDS.has(w) ||
      ATTACKER_NOUNS.has(w) ||
      w === "men" ||
      w === "." ||
      w === "and",
  );
}

/**
 * A count at token `s` that a count-first cue at `i` gives: right before it but for fillers ("38
 * holidaymakers were killed"), or with an appositive between ("305 people, 27 of them children, were
 * killed"; "Two hostages, a man aged 34 and a woman aged 38, died").
 */
function countBefore(words: readonly string[], s: number, i: number): Count | undefined {
  if (words[s] === "a" || words[s] === "an") {
    // "A gunman and two accomplices killed …": a sum opened by "a" is read only in the passive, of
    // victims: "A sailor, a Marine and a police officer were wounded".
    const c = readCount(words, s);
    if (!c || c.end > i || !reaches(words, c.end, i)) return undefined;
    if (!words.slice(c.end, i).some((w) => PASSIVE.has(w))) return undefined;
    if (words.slice(s, c.end).some((w) => ATTACKER_NOUNS.has(w) || w === "men")) return undefined;
    return c;
  }
  // The count's nouns end at the cue: "33 people are being treated in hospital".
  const whole = readCount(words.slice(0, i), s);
  if (!whole) return undefined;
  // A sum read across the appositive's comma ("Two hostages, a man …") is read again up to the comma.
  const comma = words.indexOf(",", s);
  const head = comma > s && comma < whole.end ? readCount(words.slice(0, comma), s) : undefined;
  for (const c of head ? [whole, head] : [whole]) {
    // An aside needs a counted noun before it: "Abdulazeez, 24, a Kuwaiti-born …, was shot" is an age.
    const nouned = c.end > (readNumber(words, s)?.end ?? s + 1);
    const victims = victimsOf(words, s, c.end);
    const counted = victims === undefined ? c : { ...c, value: victims };
    if (victims === undefined && !plausible(words, c, s)) continue;
    if (victims !== undefined && !plausible(words, { ...c, end: s + 1 }, s)) continue;
    const value = otherAddsOne(words, s) ? counted.value + 1 : counted.value;
    if (reaches(words, c.end, i) || (nouned && appositiveBefore(words, c.end, i) !== undefined))
      return { ...counted, value };
  }
  return undefined;
}

/**
 * "killed more than 1,100 people: 920 militants, 165 soldiers and police officers, and 47 civilians":
 * the breakdown after a colon, when it splits attackers from victims, gives the victims' toll too.
 */
function breakdownAfter(words: readonly string[], count: Count): Count | undefined {
  const colon = words[count.end] === ":" ? count.end : words[count.end - 1] === ":" ? count.end - 1 : -1;
  if (colon < 0) return undefined;
  let end = colon + 1;
  while (end < words.length && ![".", ";", ":"].includes(words[end]!)) end++;
  const victims = victimsOf(words, colon + 1, end);
  return victims === undefined ? undefined : { value: victims, bound: "exact", end };
}

/**
 * Whether `word` ("toll") comes before the cue at `i` in its clause: within ten words, or further
 * back with no comma between ("The death toll from Saturday's twin car bombings near the ministry
 * has risen to 121").
 */
function cueWordBefore(words: readonly string[], word: string, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 18); k--) {
    if (words[k] === word) return true;
    if (i - k >= 10 && [",", ";", ":", "."].includes(words[k]!)) return false;
  }
  return false;
}

/** "plus the gunman" adds one; "including the gunman" is already counted. */
function withPlus(words: readonly string[], count: Count): number {
  return words[count.end] === "plus" || (words[count.end] === "," && words[count.end + 1] === "plus")
    ? count.value + 1
    : count.value;
}

/**
 * Whether a provisional event ("the attack", named by a bare noun) has already been told of: given a
 * figure, a place or a perpetrator. Such an event is the report's, and a toll in a sentence of its
 * own ("Fifty-three people were wounded.") is its too.
 */
function told(ctx: SentenceContext, event: DocumentEntity): boolean {
  const { graph } = ctx;
  return (
    graph.has(event.key, "killed") ||
    graph.has(event.key, "occurred_at") ||
    graph.byPredicate("perpetrated").some((s) => s.object === event.key)
  );
}

/** The event a casualty figure belongs to: one in the sentence, the latest in the document, or "<place> attack". */
function eventFor(
  ctx: SentenceContext,
  at: number,
  verbFirst = false,
  cueEnd = at,
): DocumentEntity | undefined {
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
  // "killed 12 people in Kidal, two years after the 2019 attack in Boulkessi": a past event named as
  // the time of the figure's own is not its event.
  // "Gunmen killed 12 people in Solhan and a bomb killed three in Gao": each conjunct its own attack.
  const splits = clauseSplits(ctx.words, ctx.chunks);
  const anchored = new Set(
    ctx.chunks
      .filter((c) => c.type === "event" && (anchoredAway(ctx.words, c, at) || apart(splits, c.first, at)))
      .map((c) => c.entity),
  );
  const inSentence = ctx.chunks
    .filter((c) => c.type === "event" && !(fresh && c.kind === "description") && !anchored.has(c.entity))
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
      .filter(
        (c) =>
          (c.type === "location" || c.type === "facility") &&
          c.kind === "name" &&
          !apart(splits, c.first, at),
      )
      .map((c) => canonicalPlace(ctx.graph.get(c.entity)!.name)),
  );
  const there = ctx.graph.latest(
    "event",
    (e) => !e.provisional && e.place !== undefined && named.has(e.place) && !anchored.has(e.key),
  );
  if (there) return there;
  // "For Sousse, 38 victims is the figure we use": about a place with no event of its own here.
  if (topicPlace(ctx) !== undefined) return undefined;
  const latest = eventForLoneToll(ctx.graph, (e) => (!e.provisional || told(ctx, e)) && !anchored.has(e.key));
  if (latest && !fresh) return latest;
  // Only a place after the figure: "killed 38 people in Sousse", not "Officials in Tunis said … killed",
  // and before the clause's own verb: "suspected of shooting dead nine worshippers in a Charleston
  // church was arrested … in Shelby" was not an attack in Shelby.
  // The figure's own verb ("Two policemen were killed in Kidal") is no later clause's.
  const verb = ctx.words.findIndex((w, k) => k >= Math.max(at + 1, cueEnd) && CLAUSE_VERBS.has(w));
  const place = ctx.chunks
    .filter(
      (c) =>
        c.first > at &&
        (verb < 0 || c.first < verb) &&
        // "Two soldiers were killed on Friday, officials in Kidal said": a place past a comma after
        // the figure's own verb is the source's.
        (cueEnd <= at + 1 || !ctx.words.slice(cueEnd, c.first).includes(",")) &&
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
      if (pattern.after && !cueWordBefore(words, pattern.after, i)) continue;
      if (counterfactual(words, i)) continue;
      let count: Count | undefined;
      let at = i;
      if (pattern.count === "count-first") {
        for (let s = Math.max(0, i - REACH); s < i && !count; s++) {
          count = countBefore(words, s, i);
          if (count) at = s;
        }
        // "A French soldier was killed": one victim, not an attacker ("a gunman was killed by police").
        if (!count && (pattern.predicate === "wounded" || pattern.predicate === "killed")) {
          count = singleVictim(words, i) ?? ordinalVictim(words, i);
          const head = count && words[count.end - 1];
          // "A woman was killed in the street and a man in a kebab shop": one of several, no toll.
          const more = words
            .slice(i + 1, i + 12)
            .some((w, k, rest) => w === "and" && ONE.has(rest[k + 1] ?? ""));
          if (
            pattern.predicate === "killed" &&
            head &&
            (ATTACKER_DESCRIPTIONS.has(head) || NOT_VICTIMS.has(head) || more)
          )
            count = undefined;
          if (count) at = i;
        }
      } else {
        const from = i + trigger.length;
        const c =
          readCount(words, from) ??
          oneVictim(words, trigger, from) ??
          objectVictim(words, trigger, from, (w) => ATTACKER_NOUNS.has(w) || NOT_VICTIMS.has(w));
        // "the killings of seven people in Toulouse and Montauban": a count after "of" is the toll only
        // inside an event phrase that goes on past it to its place (not "blaming it for the killings
        // of two opposition politicians, …", nor "the first killing of a serving US ambassador").
        const ofPhrase = trigger[trigger.length - 1] === "of";
        if (ofPhrase && !ctx.chunks.some((e) => e.type === "event" && e.first <= i && c && e.end > c.end))
          continue;
        const victims = c && victimsOf(words, from, c.end);
        const read = c && victims !== undefined ? { ...c, value: victims } : c;
        if (read && (victims !== undefined || plausible(words, read, from))) {
          if (!pattern.completion) count = read;
          else {
            let k = read.end;
            while (FILLER.has(words[k] ?? "")) k++;
            // "claimed 12 lives": the completing word may be the count's own noun.
            if (
              pattern.completion.includes(words[k] ?? "") ||
              pattern.completion.includes(words[read.end - 1]!)
            )
              count = read;
          }
        }
      }
      if (!count) continue;
      const event = eventFor(ctx, at, pattern.count !== "count-first", i + trigger.length);
      if (!event) continue;
      ctx.eventCues.push({ entity: event.key, at: i });
      emit(
        ctx,
        {
          subject: event.key,
          predicate: pattern.predicate,
          value: withPlus(words, count),
          bound:
            count.bound === "exact" && at !== i && sharesLowerBound(words, at) ? "at_least" : count.bound,
        },
        i,
      );
      const split = pattern.count === "count-after" ? breakdownAfter(words, count) : undefined;
      if (split) emit(ctx, { subject: event.key, predicate: pattern.predicate, ...split }, i);
    }
  }
}
