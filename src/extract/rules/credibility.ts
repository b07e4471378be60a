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
  /** A modal of the future or of a condition this many tokens before a trigger leaves it unasserted. */
  modalReach: 3,
});

export type CredibilityOptions = typeof DEFAULTS;

const HEDGES = [
  "reportedly",
  "allegedly",
  "alleged",
  "suspected",
  // "Police suspect X of carrying out the bombing" ("the suspect" alone is a noun, no hedge).
  "police suspect",
  "investigators suspect",
  "authorities suspect",
  "officials suspect",
  // "Officials believe X was behind it", "bore the hallmarks of X".
  "believe",
  "believes",
  "hallmarks",
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
/** A denial verb after one of these is a passive, no one's denial: "whose asylum claim had been rejected". */
const PASSIVE_AUXILIARIES = new Set(["be", "been", "being", "is", "are", "was", "were"]);
/** "said it had nothing to do with …", "had no links to …": a disavowal, wherever it stands. */
const DISAVOWALS = [
  "nothing to do with",
  "no involvement",
  "not involved",
  "no role in",
  "no links",
  "no link",
  "no connection",
  "no contact",
  "no ties",
].map((a) => a.split(" "));
/**
 * "No group has yet said it carried out the attack", "nobody has claimed that it …": a negative
 * quantifier speaking negates the clause it reports, however far, and the "it" there is nobody.
 */
const NOBODY_SPEAKS = ["no group", "no one", "no organisation", "no organization", "nobody", "none"].map(
  (a) => a.split(" "),
);
const SPEAKING = new Set(["said", "say", "says", "claimed", "claims", "admitted", "stated", "announced"]);
/** Words that put what follows in doubt rather than assert it: "whether he was a member", "unlikely that". */
const DOUBTS = new Set(["whether", "unlikely", "unclear", "doubt", "doubts", "doubted", "if", "unless"]);
/** A modal of what is to come or could be: "could carry out more attacks", "would claim". */
const MODALS = new Set(["could", "would", "will", "shall", "may", "might", "should", "can", "'ll"]);
/** Intentions and threats: "threatened to attack Rome", "vowed to", "plotting to". */
const INTENTIONS = [
  "threatened to",
  "threatens to",
  "vowed to",
  "vows to",
  "plans to",
  "planned to",
  "planning to",
  "plotting to",
  "plotted to",
  "intended to",
  "wanted to",
  "tried to",
  "urged",
  "called on",
].map((a) => a.split(" "));

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
  /**
   * Whether a tie or an act at `trigger` is only asked about, doubted, intended or conditional: a
   * question, "whether", "unlikely that", "if", "could carry out", "threatened to attack".
   */
  unasserted(trigger: number): boolean;
  /** Whether the sentence disavows involvement anywhere: "X, which has carried out attacks, denied …". */
  disavows(): boolean;
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
  const disavowals = positions(words, DISAVOWALS);
  const denialVerbs = words.flatMap((w, i) =>
    DENIALS.has(w) && !PASSIVE_AUXILIARIES.has(words[i - 1] ?? "") ? [i] : [],
  );
  const denials = [...denialVerbs, ...positions(words, NO_EVIDENCE), ...disavowals];
  const intentions = positions(words, INTENTIONS);
  // The saying verb of a negative quantifier ("No group has yet said"), up to three words on.
  const unsaid = positions(words, NOBODY_SPEAKS).flatMap((q) => {
    const verb = words.slice(q + 1, q + 6).findIndex((w) => SPEAKING.has(w));
    return verb < 0 ? [] : [q + 1 + verb];
  });
  // A reported clause ends at the sentence's next semicolon.
  const reportEnd = (from: number) => {
    const stop = words.indexOf(";", from);
    return stop < 0 ? words.length : stop;
  };
  const question = words.lastIndexOf("?") >= Math.max(0, words.length - 3);
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
      // "X denied any involvement, but Y blamed …": a contrasting clause is out of the denial's reach.
      const contrast = (d: number) => words.slice(d, trigger).some((w) => w === "but" || w === ";");
      if (denials.some((d) => d < trigger && !contrast(d))) return true;
      if (unsaid.some((v) => v < trigger && trigger < reportEnd(v))) return true;
      for (let i = trigger - 1; i >= Math.max(0, trigger - options.negationReach); i--) {
        if (words[i] === "," || words[i] === "and" || words[i] === "but") break;
        if (NEGATIONS.has(words[i]!)) return true;
      }
      return false;
    },
    unasserted(trigger) {
      if (question) return true;
      if (tokens.slice(0, trigger).some((t) => DOUBTS.has(t.text.toLowerCase()))) return true;
      if (intentions.some((i) => i < trigger && trigger - i <= options.negationReach)) return true;
      for (let i = trigger - 1; i >= Math.max(0, trigger - options.modalReach); i--) {
        if (words[i] === "," || words[i] === ";") break;
        // "may have carried out" is a hedge of the past, graded, not dropped.
        // Written in lowercase: "May 17" is a date, "Will" a name.
        if (MODALS.has(tokens[i]!.text) && words[i + 1] !== "have") return true;
      }
      return false;
    },
    disavows() {
      return disavowals.length > 0 || denialVerbs.length > 0;
    },
  };
}
