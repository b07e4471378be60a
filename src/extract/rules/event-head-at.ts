// Step one of `addEvents`: whether a token heads an event phrase, and which head it is.
import type { EventHead } from "./event-candidate.js";
import {
  attemptAt,
  DETERMINED_EVENT_NOUNS,
  episode,
  MORE_EVENT_NOUNS,
  PLURAL_HEADS,
  STRIKE_WEAPONS,
  VERB_SUBJECTS,
} from "./event-head-words.js";
import { EVENT_NOUNS } from "./lexicon.js";
import type { SentenceContext } from "./sentence-context.js";
import { weaponVerb } from "./weapon-events.js";
import { compoundHead, notAnEvent } from "./wire-event-heads.js";

/**
 * The event head at token `i` ("attacks", "air strike", "a suicide bomb" as a bombing), or undefined
 * where the word names no event: a verb ("it attacks", "to attack"), "strike" alone, "an offensive weapon".
 */
export function eventHeadAt(ctx: SentenceContext, i: number): EventHead | undefined {
  const { words, tokens } = ctx;
  let head = PLURAL_HEADS[words[i]!] ?? words[i]!;
  let headEnd = i + 1;
  if (head !== words[i] && VERB_SUBJECTS.has(words[i - 1] ?? "")) return undefined;
  // "a US air strike", "a drone strike", "a missile strike": the weapon makes "strike" an event.
  if (STRIKE_WEAPONS.has(head) && words[i + 1] === "strike") {
    head = `${head} strike`;
    headEnd = i + 2;
  }
  // "declared a 30-day state of emergency": a government's measure the guide counts as an event.
  if (head === "state" && words[i + 1] === "of" && words[i + 2] === "emergency") {
    head = "state of emergency";
    headEnd = i + 3;
  }
  // "a coup attempt", "rocket fire": two words that make one head.
  ({ head, headEnd } = compoundHead(words, i) ?? { head, headEnd });
  // "A suicide bomb … killed 35": the weapon stands for its bombing.
  const weaponAt = weaponVerb(words, i);
  const weapon = weaponAt !== undefined;
  if (weapon) head = "bombing";
  const eventNoun = EVENT_NOUNS.has(head) || MORE_EVENT_NOUNS.has(head);
  // "the attempt to storm the synagogue", "the failed attempt to blow up a jet": an attempt at an
  // attack is an event, and what it aimed at is where it happened.
  const attempt = attemptAt(words, i);
  const determined =
    (DETERMINED_EVENT_NOUNS.has(head) || episode(words, head, headEnd) || attempt !== undefined) &&
    !eventNoun;
  if ((!eventNoun && !determined) || head === "strike" || notAnEvent(words, tokens, i, head))
    return undefined;
  // "an offensive in South Waziristan", not "an offensive weapon".
  if (head === "offensive" && !["in", "against", "on", "into", ",", "."].includes(words[headEnd] ?? "."))
    return undefined;
  const prev = words[i - 1];
  if (prev === "to" || prev === "would" || prev === "will" || prev === "could") return undefined; // a verb
  return { head, headEnd, weaponAt, weapon, attempt, determined };
}
