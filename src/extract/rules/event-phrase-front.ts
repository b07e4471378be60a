// Step two of `addEvents`: the words in front of an event head, back to its determiner.
import type { EventCandidate, EventHead } from "./event-candidate.js";
import { type Occasion, occasionEndingAt } from "./event-names.js";
import {
  COUNTED,
  DETERMINERS,
  DURATION,
  MODIFIERS,
  NOT_MODIFIERS,
  QUANTITY_NOUNS,
  RELATIVE_UNITS,
} from "./event-phrase-words.js";
import { placeChunkEndingAt } from "./event-place-chunks.js";
import { DATE_WORDS, UNNAMED_FACILITY_HEADS } from "./lexicon.js";
import type { Chunk, SentenceContext } from "./sentence-context.js";

/**
 * The phrase in front of the head at `i`: a place ("the Sousse attack"), an occasion ("the Boston
 * Marathon bombing"), a site's kind ("the museum attack"), dates, counts and modifiers, back to its
 * determiner or possessive. The candidate it starts has no place after the head yet.
 */
export function phraseFront(ctx: SentenceContext, i: number, eventHead: EventHead): EventCandidate {
  const { words } = ctx;
  const { weapon } = eventHead;
  let j = i - 1;
  let place: Chunk | undefined;
  let modifier: string | undefined;
  let determiner: string | undefined;
  // "Monday's bombing", "last week's attacks": a possessive in front makes the phrase definite.
  let possessive = false;
  // "Monday's Boston Marathon bombing", "the Easter Sunday bombings": an occasion names the event.
  let occasion: Occasion | undefined;
  while (j >= 0) {
    const w = words[j]!;
    const chunk = placeChunkEndingAt(ctx, j + 1);
    if (!chunk && !place && !occasion && !modifier) {
      occasion = occasionEndingAt(ctx, j + 1);
      if (occasion) {
        j = occasion.first - 1;
        continue;
      }
    }
    if (chunk && !place) {
      place = chunk;
      j = chunk.first - 1;
      continue;
    }
    if (
      DATE_WORDS.has(w) ||
      MODIFIERS.has(w) ||
      COUNTED.test(w) ||
      DURATION.test(w) ||
      /^(?:19|20)\d\d$/.test(w)
    ) {
      if (w === "'s" || w === "’s") possessive = true;
      j--;
      continue;
    }
    // "last week's attack", "last year's attacks": a relative date in front is part of the phrase.
    if (RELATIVE_UNITS.has(w) && (words[j - 1] === "last" || words[j - 1] === "this")) {
      j -= 2;
      continue;
    }
    if (UNNAMED_FACILITY_HEADS.has(w) && !modifier) {
      modifier = w;
      j--;
      continue;
    }
    // "A string of bombs", "a series of explosions", "a wave of attacks": the quantity is the article.
    if (
      w === "of" &&
      QUANTITY_NOUNS.has(words[j - 1] ?? "") &&
      (words[j - 2] === "a" || words[j - 2] === "an")
    ) {
      determiner = words[j - 2];
      j -= 3;
      break;
    }
    if (DETERMINERS.has(w)) determiner = w;
    break;
  }
  // "A gas canister … blew up", "A poison gas attack on five subway trains": one or two noun
  // modifiers the list does not know may stand between the article and the head.
  if (!determiner && j > 0) {
    const noun = (w: string | undefined) =>
      w !== undefined && /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !NOT_MODIFIERS.has(w) && !w.endsWith("ly");
    // Any article for a weapon ("the gas canister"); for other heads only "a"/"an", as a definite
    // phrase's words say which event it is ("the racist massacre").
    const article = (w: string | undefined) => (weapon ? DETERMINERS.has(w ?? "") : w === "a" || w === "an");
    const k = noun(words[j]) && noun(words[j - 1]) && article(words[j - 2]) ? j - 1 : j;
    if (noun(words[k]) && article(words[k - 1])) {
      determiner = words[k - 1];
      j = k - 1;
    }
  }
  const first = j + 1 + (determiner && j >= 0 && words[j] === determiner ? 0 : 0);
  if (possessive && !determiner) determiner = "the";
  return {
    ...eventHead,
    i,
    first,
    end: eventHead.headEnd,
    place,
    nearPlace: false,
    modifier,
    determiner,
    possessive,
    occasion,
    victims: false,
    plural: false,
    counted: false,
    canonicalHead: eventHead.head,
    past: undefined,
  };
}
