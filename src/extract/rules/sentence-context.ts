import type { EntityType } from "../../model/entity-types.js";
import type { Predicate } from "../../model/predicates.js";
import type { Bound, Sentence, TimeInterval } from "../../model/types.js";
import type { Token } from "../text/tokens.js";
import type { SentenceStance } from "./credibility.js";
import type { DateMention } from "./dates.js";
import type { DocumentGraph } from "./document-graph.js";

/** An entity mention placed on a sentence's tokens, [first, end). */
export interface Chunk {
  first: number;
  end: number;
  entity: string;
  type: EntityType;
  /** For an unnamed site ("a camp near Sabratha"), the named place it lies in. */
  anchor?: string;
  nominal: boolean;
  kind: "name" | "event" | "group" | "site" | "description";
  /** For an anaphor that stands for several entities ("Both had travelled …"), the others. */
  others?: string[];
}

/** One sentence as the rules see it. */
export interface SentenceContext {
  text: string;
  sentence: Sentence;
  tokens: Token[];
  /** Lowercase token texts. */
  words: string[];
  chunks: Chunk[];
  dates: DateMention[];
  stance: SentenceStance;
  /** Parenthetical spans [first, end) after a noun phrase: ", a 23-year-old student from Gaafour,". */
  appositives: [number, number][];
  /** Where the sentence speaks of an event: its phrase, or the cue of a casualty figure given to it. */
  eventCues: { entity: string; at: number }[];
  graph: DocumentGraph;
}

/** Tokens that end a clause for argument search. */
const CLAUSE_STOPS = new Set([
  ";",
  ":",
  "—",
  "–",
  "(",
  ")",
  "but",
  "while",
  "whereas",
  "although",
  "because",
  "since",
  "after",
  "before",
  "when",
  "where",
]);
/** Prepositions that make a noun phrase an adjunct rather than a subject. */
const ADJUNCT_PREPOSITIONS = new Set([
  "in",
  "at",
  "near",
  "from",
  "into",
  "to",
  "of",
  "for",
  "on",
  "with",
  "by",
  "as",
  "against",
  "about",
  "than",
  "outside",
]);

export function tokenIndexAt(ctx: SentenceContext, offset: number): number {
  return ctx.tokens.findIndex((t) => t.start <= offset && offset < t.end);
}

/** Whether the words at `i` spell `phrase` (split on spaces). */
export function matchesAt(words: readonly string[], i: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => words[i + k] === w);
}

function insideAppositive(ctx: SentenceContext, chunk: Chunk, except: number): boolean {
  return ctx.appositives.some(([a, b]) => chunk.first >= a && chunk.end <= b && !(except >= a && except < b));
}

/**
 * Whether `chunk` is the antecedent of a "who" that opens the clause of token `from`: "named the man
 * as Khalid Masood, 52, who had lived in the West Midlands" (an age in apposition may stand between).
 * The name after "as" is then the subject of "lived", though a preposition precedes it (only "as",
 * which names: after "by gunmen loyal to X, who" the antecedent is unclear).
 */
function antecedentOfWho(ctx: SentenceContext, chunk: Chunk, from: number): boolean {
  const { words } = ctx;
  let k = chunk.end;
  while (k < from && (words[k] === "," || /^\d+$/.test(words[k]!))) k++;
  if (words[k] !== "who") return false;
  return !words.slice(k + 1, from).some((w) => w === "who" || w === "which" || CLAUSE_STOPS.has(w));
}

/**
 * The nearest chunk of an allowed type before token `from`, within the clause: appositives are
 * stepped over, and a noun phrase right after a preposition ("from Gaafour") is not a subject,
 * unless it is a name after "as" whose "who" clause holds `from`.
 */
export function chunkBefore(
  ctx: SentenceContext,
  from: number,
  types: readonly EntityType[],
  limit = 30,
): Chunk | undefined {
  let best: Chunk | undefined;
  for (const c of ctx.chunks) {
    if (c.end > from || from - c.end > limit || !types.includes(c.type)) continue;
    if (insideAppositive(ctx, c, from)) continue;
    const prev = ctx.words[c.first - 1];
    if (
      prev !== undefined &&
      ADJUNCT_PREPOSITIONS.has(prev) &&
      !(prev === "as" && antecedentOfWho(ctx, c, from))
    )
      continue;
    if (
      ctx.chunks.some(
        (o) =>
          o !== c &&
          o.first <= c.first &&
          o.end >= c.end &&
          o.end - o.first > c.end - c.first &&
          o.end <= from &&
          types.includes(o.type),
      )
    )
      continue;
    let blocked = false;
    for (let i = c.end; i < from && !blocked; i++)
      if (CLAUSE_STOPS.has(ctx.words[i]!) && !ctx.appositives.some(([a, b]) => i >= a && i < b))
        blocked = true;
    if (blocked) continue;
    if (!best || c.end > best.end || (c.end === best.end && c.first < best.first)) best = c;
  }
  return best;
}

/** The first chunk of an allowed type at or after token `from`, within `window` tokens and the clause. */
export function chunkAfter(
  ctx: SentenceContext,
  from: number,
  types: readonly EntityType[],
  window = 10,
): Chunk | undefined {
  let best: Chunk | undefined;
  for (const c of ctx.chunks) {
    if (c.first < from || c.first - from > window || !types.includes(c.type)) continue;
    let blocked = false;
    for (let i = from; i < c.first && !blocked; i++) {
      const w = ctx.words[i]!;
      if (CLAUSE_STOPS.has(w) || w === "who" || w === "which" || w === "that" || w === ".") blocked = true;
    }
    if (blocked) continue;
    if (!best || c.first < best.first || (c.first === best.first && c.end > best.end)) best = c;
  }
  return best;
}

/** The date mention nearest to token `at` in the sentence, if any, leaving out dates inside `exclude`. */
export function nearestDate(
  ctx: SentenceContext,
  at: number,
  exclude: readonly Chunk[] = [],
): DateMention | undefined {
  const offset = ctx.tokens[at]?.start ?? ctx.sentence.start;
  let best: DateMention | undefined;
  for (const d of ctx.dates) {
    if (exclude.some((c) => ctx.tokens[c.first]!.start <= d.start && d.end <= ctx.tokens[c.end - 1]!.end))
      continue;
    if (!best || Math.abs(d.start - offset) < Math.abs(best.start - offset)) best = d;
  }
  return best;
}

/** A statement as the rules propose it; `emit` adds stance, time and sentence. */
export interface Proposal {
  subject: string;
  predicate: Predicate;
  object?: string;
  value?: number | string;
  bound?: Bound;
  role?: string;
  time?: TimeInterval | null;
}

/** Who did what and who belongs where: asserted only by a sentence that asserts, never asks or supposes. */
const TIES = new Set([
  "perpetrated",
  "claimed_responsibility_for",
  "member_of",
  "leader_of",
  "affiliated_with",
  "allegiance_to",
  "attacked",
]);
/** Acts a sentence that disavows involvement anywhere does not assert ("X, which has carried out attacks in the past, denied …"). */
const DISAVOWABLE = new Set(["perpetrated", "claimed_responsibility_for"]);

/**
 * Adds a statement the sentence asserts at token `trigger`, unless the sentence negates it there.
 * `phrase`: the statement is presupposed by a noun phrase (an event's place, a site's town), which
 * the verb's hedge does not reach.
 * A tie or an act is also dropped when the sentence asks, doubts or supposes it, and an act when the
 * sentence disavows involvement.
 */
export function emit(ctx: SentenceContext, proposal: Proposal, trigger: number, phrase = false): boolean {
  if (ctx.stance.negated(trigger)) return false;
  if (!phrase && TIES.has(proposal.predicate) && ctx.stance.unasserted(trigger)) return false;
  if (DISAVOWABLE.has(proposal.predicate) && ctx.stance.disavows()) return false;
  const credibility = phrase ? ctx.stance.phraseCredibility(trigger) : ctx.stance.credibility(trigger);
  const s = { ...proposal, credibility, sentence: ctx.sentence.index };
  if (s.time === undefined) delete s.time;
  return ctx.graph.statement(s);
}

/**
 * Gives a name chunk another type when its entity is new in this sentence and no other chunk of the
 * sentence stands for it (a name the recogniser mistyped, met nowhere else): an entity of the new type
 * takes over its name, mentions and statements. Returns the new entity's key, else undefined.
 *
 * @example retypeFreshName(ctx, chunk, "person") // "Kadyrov's son Ramzan", Ramzan tagged a place
 */
export function retypeFreshName(ctx: SentenceContext, chunk: Chunk, type: EntityType): string | undefined {
  const { graph } = ctx;
  const entity = graph.get(chunk.entity);
  if (!entity || entity.firstSentence !== ctx.sentence.index) return undefined;
  if (ctx.chunks.some((c) => c !== chunk && c.entity === entity.key)) return undefined;
  const retyped = graph.entity(type, entity.name, ctx.sentence.index);
  graph.merge(entity, retyped);
  chunk.entity = retyped.key;
  chunk.type = type;
  return retyped.key;
}
