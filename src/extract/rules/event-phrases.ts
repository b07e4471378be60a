import type { Token } from "../text/tokens.js";

/**
 * Prepositions whose phrase belongs to an event noun: "the siege of School Number One in Beslan",
 * "a raid on a house in a village on the outskirts of Solo", "a gunfight with police", "a siege by
 * Chechen gunmen", "the crash over Sinai".
 */
const COMPLEMENT_LINKS: ReadonlySet<string> = new Set([
  "on",
  "at",
  "in",
  "near",
  "outside",
  "inside",
  "of",
  "over",
  "against",
  "with",
  "by",
  "across",
  "along",
]);
/** Words that end a noun phrase: a clause or a phrase of another kind begins ("… in Paris, which", "… to avenge"). */
const PHRASE_ENDS: ReadonlySet<string> = new Set([
  "which",
  "that",
  "who",
  "whom",
  "whose",
  "where",
  "when",
  "while",
  "as",
  "after",
  "before",
  "since",
  "because",
  "but",
  "or",
  "than",
  "until",
  "if",
  "to",
  "for",
  "from",
  "during",
  "amid",
  "under",
  "about",
  "following",
  "despite",
  "into",
  "through",
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "has",
  "have",
  "had",
  "will",
  "would",
  "could",
  "can",
  "may",
  "might",
  "did",
  "does",
  "left",
  "hit",
  "took",
  "came",
  "went",
  "began",
  "saw",
  "led",
  "drew",
  "made",
  "shook",
  "struck",
  "tore",
  "rocked",
  "not",
  "also",
  "said",
  "says",
  "say",
]);
/** Words that open a noun phrase and may stand before an "-ed" adjective: "the injured", "an armed". */
const OPENERS =
  /^(?:the|a|an|its|his|her|their|this|that|these|those|several|two|three|four|five|six|seven|eight|nine|ten|\d+)$/;
/** Time and place adverbs that close an event phrase: "the attacks in Paris tonight", "a stabbing on the seafront there". */
const CLOSING_ADVERBS: ReadonlySet<string> = new Set(["tonight", "today", "yesterday", "there", "earlier"]);
/** "this year", "last week": a relative period closing an event phrase. */
const PERIODS: ReadonlySet<string> = new Set(["year", "week", "month", "weekend", "morning", "evening"]);
/** The longest noun phrase followed, in words, and the most prepositional phrases chained. */
const MAX_NOUN_PHRASE = 8;
const MAX_LINKS = 5;

const WORDLIKE = /^(?:[\p{L}\p{N}][\p{L}\p{N}'’.-]*|['’]s)$/u;

/** The end (exclusive) of the noun phrase that starts at `from`, or `from` when none does. */
function nounPhraseEnd(tokens: readonly Token[], words: readonly string[], from: number): number {
  let k = from;
  while (k < tokens.length && k - from < MAX_NOUN_PHRASE) {
    const w = words[k]!;
    if (!WORDLIKE.test(tokens[k]!.text) || COMPLEMENT_LINKS.has(w) || PHRASE_ENDS.has(w) || w === "and")
      break;
    if (CLOSING_ADVERBS.has(w) || ((w === "this" || w === "last") && PERIODS.has(words[k + 1] ?? ""))) break;
    // "the school killed 141": a lowercase "-ed" word is a verb unless it opens the phrase ("the armed").
    if (/^\p{Ll}.*ed$/u.test(tokens[k]!.text) && !(k > from && OPENERS.test(words[k - 1]!)) && k > from)
      break;
    k++;
  }
  // A phrase of openers alone ("of the") names nothing.
  return words.slice(from, k).every((w) => OPENERS.test(w)) ? from : k;
}

/**
 * The ends (token indices, exclusive) at which an event phrase whose head ends at `headEnd` may stop,
 * after each prepositional phrase it carries: "the September 2004 siege of School Number One in
 * Beslan, in which …" may stop after "School Number One" or after "Beslan". Reports and annotators
 * cut such phrases at different places, so each cut is a way of naming the event. A coordinated
 * phrase is followed too ("the shootings at the Al Noor Mosque and the Linwood Islamic Centre"), and a
 * closing adverb of time or place ("the attacks in Paris tonight", "in Turkey this year").
 *
 * @example complementEnds(tokens, words, 2) // "a gunfight with police ." → [4]
 */
export function complementEnds(
  tokens: readonly Token[],
  words: readonly string[],
  headEnd: number,
): number[] {
  const ends: number[] = [];
  let k = headEnd;
  let links = 0;
  while (k < tokens.length && links < MAX_LINKS) {
    const w = words[k]!;
    if (COMPLEMENT_LINKS.has(w) || (w === "and" && ends.length > 0)) {
      const end = nounPhraseEnd(tokens, words, k + 1);
      if (end === k + 1) break;
      ends.push(end);
      k = end;
      links++;
      continue;
    }
    if (CLOSING_ADVERBS.has(w)) {
      ends.push(k + 1);
      break;
    }
    if ((w === "this" || w === "last") && PERIODS.has(words[k + 1] ?? "")) {
      ends.push(k + 2);
      break;
    }
    break;
  }
  return ends;
}

/**
 * The site a town's possessive introduces, over up to two lowercase adjectives: "Istanbul's historic
 * Sultanahmet Square", "Lagos's Ikeja airport", "Kabul's heavily guarded diplomatic quarter" is no
 * match (no named or site chunk follows). The site, not the town, is where an event there happened.
 */
/** The longest named or site chunk of a place (location or facility) that starts at token `at`. */
export function placeChunkAt<C extends { first: number; end: number; type: string; kind: string }>(
  chunks: readonly C[],
  at: number,
): C | undefined {
  return chunks
    .filter(
      (c) =>
        c.first === at &&
        (c.type === "location" || c.type === "facility") &&
        (c.kind === "name" || c.kind === "site"),
    )
    .sort((a, b) => b.end - a.end)[0];
}

export function possessedSite<C extends { first: number; end: number; type: string; kind: string }>(
  words: readonly string[],
  chunks: readonly C[],
  town: C,
): C | undefined {
  if (town.type !== "location" || !/^['’]s$/.test(words[town.end] ?? "")) return undefined;
  for (let at = town.end + 1; at <= town.end + 3; at++) {
    const site = placeChunkAt(chunks, at);
    if (site) return site;
    if (!/^\p{Ll}+$/u.test(words[at] ?? "")) return undefined;
  }
  return undefined;
}
