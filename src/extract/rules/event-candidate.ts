// An event phrase at one head word, as `addEvents` works it out step by step.
import type { DateMention } from "./dates.js";
import type { Occasion } from "./event-names.js";
import type { Chunk } from "./sentence-context.js";

/** An event phrase's head: "attack" of "Friday's attack in Sousse", "air strike", "bombing" for a weapon. */
export interface EventHead {
  head: string;
  /** The token after the head. */
  headEnd: number;
  /** The verb a weapon that stands for its bombing takes: "A suicide bomb … killed 35". */
  weaponAt: number | undefined;
  weapon: boolean;
  /** Where the object of "attempt to <attack verb>" starts. */
  attempt: number | undefined;
  /** Whether the head names an event only with a determiner or modifier in front ("the capture"). */
  determined: boolean;
}

/** An event phrase under way: its head, the words in front of it, and the place and span found so far. */
export interface EventCandidate extends EventHead {
  /** The head word's token. */
  i: number;
  /** The phrase's first token, after a plain determiner ("the", "a"). */
  first: number;
  /** The token after the phrase, with the place its own words give. */
  end: number;
  place: Chunk | undefined;
  /** Whether the place was found near the phrase rather than in it (the phrase then ends at its head). */
  nearPlace: boolean;
  /** An unnamed site's kind in front of the head: "the museum attack". */
  modifier: string | undefined;
  determiner: string | undefined;
  possessive: boolean;
  occasion: Occasion | undefined;
  /** Whether the head's "of" phrase names its victim: "the killing of Chokri Belaid". */
  victims: boolean;
  plural: boolean;
  counted: boolean;
  /** The head an event is named by: "attack" for "massacre". */
  canonicalHead: string;
  /** An earlier year's attack told in passing has its date: "…, where a truck bomb killed 500 in 2017". */
  past: DateMention | undefined;
}
