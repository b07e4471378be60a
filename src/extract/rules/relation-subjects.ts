// Which chunk is a relation's subject: the head a relative clause hangs on, the sentence's opener, or none.
import type { EntityType } from "../../model/entity-types.js";
import { AUXILIARIES } from "./relation-speakers.js";
import type { Chunk, SentenceContext } from "./sentence-context.js";

/** Forms of "be" that make a perpetration verb passive. */
const PASSIVE_BE = new Set(["was", "were", "been", "being", "is", "are"]);

/**
 * "Sunday's attacks were carried out in retaliation for the Christchurch shootings": a passive act
 * without its "by" has no actor before it; whoever the sentence named earlier ("told parliament
 * that …") did not do it.
 */
export function passiveAct(words: readonly string[], trigger: number, predicate: string): boolean {
  // "was responsible for" is no passive: only a participle ("carried", "staged") after "be" is.
  return (
    predicate === "perpetrated" && PASSIVE_BE.has(words[trigger - 1] ?? "") && /ed$/.test(words[trigger]!)
  );
}

/**
 * "The Islamic State's Sinai Province, which has fought the Egyptian army …, has taken
 * responsibility": a subject found inside a relative clause that closes before the trigger is not
 * the subject; the noun phrase the clause hangs on is.
 */
export function outsideRelative(
  ctx: SentenceContext,
  s: Chunk,
  trigger: number,
  types: readonly EntityType[],
): Chunk | undefined {
  const { words } = ctx;
  for (let a = s.first - 1; a >= 1; a--) {
    if (words[a] !== "which" && words[a] !== "who" && words[a] !== "whose") continue;
    if (words[a - 1] !== ",") return s;
    const close = words.indexOf(",", s.end);
    if (close < 0 || close >= trigger) return s;
    const head = ctx.chunks
      .filter((c) => c.end === a - 1 && types.includes(c.type))
      .sort((x, y) => x.first - y.first)[0];
    return head ?? s;
  }
  return s;
}

/** "The cell … was made up of …, and was led by X": the subject of a coordinated verb opens the sentence. */
export function sentenceSubject(
  ctx: SentenceContext,
  trigger: number,
  types: readonly EntityType[],
): Chunk | undefined {
  let p = trigger - 1;
  while (p > 0 && AUXILIARIES.has(ctx.words[p]!)) p--;
  if (ctx.words[p] !== "and") return undefined;
  return ctx.chunks
    .filter((c) => c.first <= 2 && types.includes(c.type))
    .sort((a, b) => a.first - b.first || b.end - a.end)[0];
}

/** Words after which "the leader of X" is predicated of the subject ("X, the leader of", "is the leader of"). */
const PREDICATING = new Set([
  ",",
  "is",
  "was",
  "became",
  "becomes",
  "as",
  "be",
  "been",
  "named",
  "appointed",
  "elected",
  "(",
  "—",
]);
const DETERMINERS = new Set(["the", "a", "an", "its", "their"]);

/**
 * "pledged allegiance to the leader of Islamic State, Abu Bakr al-Baghdadi", "killed the leader of
 * the cell": a "leader of" phrase that is the object of a verb or a preposition is someone else, not
 * the subject before it. Only a copula, an apposition's comma or "as" predicates it of the subject.
 */
export function leaderPhraseOfSubject(ctx: SentenceContext, subject: Chunk, trigger: number): boolean {
  const { words } = ctx;
  let k = trigger - 1;
  while (k >= subject.end && !DETERMINERS.has(words[k]!) && !PREDICATING.has(words[k]!) && trigger - k <= 4)
    k--;
  if (k < subject.end) return true;
  if (DETERMINERS.has(words[k]!)) k--;
  return k < subject.end || PREDICATING.has(words[k]!) || words[k] === "who";
}

/** Words that may stand between a collective and a passive "led by" that is said of it. */
export const PASSIVE_LINKS = new Set([
  ",",
  "which",
  "that",
  "who",
  "was",
  "is",
  "were",
  "are",
  "has",
  "have",
  "been",
  "now",
  "then",
  "once",
  "also",
  "reportedly",
  "allegedly",
]);
