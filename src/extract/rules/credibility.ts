import type { Credibility } from "../../model/grades.js";
import type { Token } from "../text/tokens.js";

/**
 * How sure a sentence is of what it says, on the Admiralty credibility scale: a plain assertion is
 * "probably true", a claim attributed to someone ("officials said") "possibly true", a hedged one
 * ("reportedly", "is thought to") "doubtful". Negated claims ("did not train") are not asserted.
 */
export const DEFAULTS = Object.freeze({
  asserted: 2 as Credibility,
  attributed: 3 as Credibility,
  hedged: 4 as Credibility,
  /** A negation this many tokens before a trigger negates it. */
  negationReach: 4,
});

export type CredibilityOptions = typeof DEFAULTS;

const HEDGES = [
  "reportedly",
  "allegedly",
  "alleged",
  "suspected",
  "is thought to",
  "are thought to",
  "was thought to",
  "were thought to",
  "is believed to",
  "are believed to",
  "was believed to",
  "were believed to",
  "believed to have",
  "may have",
  "might have",
  "possibly",
  "probably",
  "likely",
  "unconfirmed",
  "apparently",
  "rumoured",
  "rumored",
  "purportedly",
  "unverified",
  "it is understood",
  "is said to",
  "are said to",
  "was said to",
].map((h) => h.split(" "));

const ATTRIBUTIONS = [
  "said",
  "says",
  "say",
  "told",
  "according to",
  "stated",
  "announced",
  "reported",
  "quoted",
  "added",
  "claimed that",
  "confirmed",
  "named",
].map((a) => a.split(" "));

const NEGATIONS = new Set(["not", "n't", "never", "no", "neither", "nor", "without"]);
/** "There is no evidence that he ever travelled": the whole that-clause is unasserted, however long. */
const NO_EVIDENCE = ["no evidence", "no proof", "no sign", "no indication"].map((a) => a.split(" "));
const DENIALS = new Set(["denied", "denies", "deny", "denying", "rejected", "refuted", "dismissed"]);

function positions(words: readonly string[], phrases: readonly string[][]): number[] {
  const out: number[] = [];
  for (let i = 0; i < words.length; i++) {
    if (phrases.some((p) => p.every((w, k) => words[i + k] === w))) out.push(i);
  }
  return out;
}

/** The credibility cues of one sentence, computed once and asked per statement. */
export interface SentenceStance {
  credibility(trigger: number): Credibility;
  /**
   * For what a noun phrase presupposes ("the 2012 attack on the US mission in Benghazi" happened in
   * Benghazi): a hedge on the sentence's verb ("He is suspected of playing a role in …") does not
   * reach it; an attribution does.
   */
  phraseCredibility(trigger: number): Credibility;
  negated(trigger: number): boolean;
}

/**
 * Reads hedges, attributions and negations in a sentence's tokens. An attribution covers what
 * follows it ("X told reporters that …") or, when it closes the sentence ("…, officials said."),
 * everything before it; the speaker's own appositive ("Rafik Chelli, secretary of state, told …")
 * stays a plain assertion.
 */
export function readStance(tokens: readonly Token[], options: CredibilityOptions = DEFAULTS): SentenceStance {
  const words = tokens.map((t) => t.text.toLowerCase());
  const hedges = positions(words, HEDGES);
  const attributions = positions(words, ATTRIBUTIONS);
  const closing = attributions.filter((a) => words.length - a <= 4);
  const denials = [...words.flatMap((w, i) => (DENIALS.has(w) ? [i] : [])), ...positions(words, NO_EVIDENCE)];
  return {
    credibility(trigger) {
      // A hedge qualifies what follows it and the verb it sits next to ("was reportedly trained").
      if (hedges.some((h) => h < trigger + 3)) return options.hedged;
      if (closing.length > 0 || attributions.some((a) => a < trigger)) return options.attributed;
      return options.asserted;
    },
    phraseCredibility(trigger) {
      if (closing.length > 0 || attributions.some((a) => a < trigger)) return options.attributed;
      return options.asserted;
    },
    negated(trigger) {
      if (denials.some((d) => d < trigger)) return true;
      for (let i = trigger - 1; i >= Math.max(0, trigger - options.negationReach); i--) {
        if (words[i] === "," || words[i] === "and" || words[i] === "but") break;
        if (NEGATIONS.has(words[i]!)) return true;
      }
      return false;
    },
  };
}
