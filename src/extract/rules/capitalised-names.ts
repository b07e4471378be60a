import type { Sentence } from "../../model/types.js";
import { type Token, tokenize } from "../text/tokens.js";
import {
  COMMON_CAPITALISED,
  DATE_WORDS,
  FACILITY_HEADS,
  KNOWN_GROUPS,
  NAME_PARTICLES,
  ORGANIZATION_HEADS,
} from "./lexicon.js";
import type { NamedSpan } from "./named-span.js";
import { findPlace, isDemonym } from "./place-gazetteer.js";

/**
 * The fallback name finder: maximal runs of capitalised tokens, with Arabic particles ("al-Sharia",
 * "ibn", "Abu") and "of" after an organisation or facility head ("University of Kairouan") kept inside.
 * Known groups are matched first as wholes, so "Islamic State" is one name. A sentence-initial word is
 * dropped when it is a common word ("The", "Officials") or the document also writes it in lowercase.
 * Headline-case sentences yield only known groups and places: every word is capitalised there.
 * The rule extractor settles the spans for the whole document (`settleNames`), as it does the trained
 * finder's.
 */
export const DEFAULTS = Object.freeze({
  /** A sentence with more than this share of capitalised words is in headline case. */
  headlineShare: 0.6,
  /** …and at least this many words. */
  headlineMinWords: 5,
});

const UPPER = /^\p{Lu}/u;
const ARABIC_ARTICLE = /^(?:al|el|ad|ash|as|at|ar|an|az|ed|er)-\p{Lu}/u;
const KNOWN = KNOWN_GROUPS.map((g) => g.split(/\s+/));

export function isCapitalised(word: string): boolean {
  return (UPPER.test(word) || ARABIC_ARTICLE.test(word)) && !DATE_WORDS.has(word.toLowerCase());
}

/** Longest known group starting at token `i`, as a token count. */
function knownGroupAt(tokens: readonly Token[], i: number): number {
  if (!isCapitalised(tokens[i]!.text)) return 0;
  let best = 0;
  for (const words of KNOWN) {
    if (words.length <= best || i + words.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = tokens[i + k]!.text.toLowerCase() === words[k];
    // "IS" is a group only in capitals; "is" is a verb.
    if (ok && words.length === 1 && words[0] === "is" && tokens[i]!.text !== "IS") ok = false;
    if (ok) best = words.length;
  }
  return best;
}

function labelOf(words: readonly string[]): NamedSpan["label"] {
  const name = words.join(" ");
  const lower = name.toLowerCase();
  const last = words[words.length - 1]!.toLowerCase();
  const first = words[0]!.toLowerCase();
  if (KNOWN_GROUPS.includes(lower) || ORGANIZATION_HEADS.has(last) || ORGANIZATION_HEADS.has(first))
    return "ORG";
  if (FACILITY_HEADS.has(last) || findPlace(name)) return "LOC";
  if (words.length === 1 && /^[A-Z]{2,6}$/.test(name)) return "ORG";
  return "PER";
}

/** Words the document writes in lowercase somewhere: evidence they are not names at a sentence start. */
function lowercaseVocabulary(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'-]*/gu)) words.add(m[0]);
  return words;
}

/** Capitalised words the document uses after the first word of a sentence: names, not sentence openers. */
function capitalisedInside(text: string, sentences: readonly Sentence[]): Set<string> {
  const words = new Set<string>();
  for (const s of sentences) {
    const tokens = tokenize(text, s.start, s.end);
    for (let i = 1; i < tokens.length; i++)
      if (UPPER.test(tokens[i]!.text) && !/^["'“‘([]$/.test(tokens[i - 1]!.text)) words.add(tokens[i]!.text);
  }
  return words;
}

/**
 * Finds capitalised names in `text`.
 *
 * @example findCapitalisedNames("Officials said Seifeddine Rezgui trained near Sabratha.", sentences)
 * // [{ text: "Seifeddine Rezgui", label: "PER" }, { text: "Sabratha", label: "LOC" }]
 */
export function findCapitalisedNames(
  text: string,
  sentences: readonly Sentence[],
  options: typeof DEFAULTS = DEFAULTS,
): NamedSpan[] {
  const lowercase = lowercaseVocabulary(text);
  const midSentence = capitalisedInside(text, sentences);
  const spans: NamedSpan[] = [];
  for (const sentence of sentences) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    const words = tokens.filter((t) => /\p{L}/u.test(t.text));
    const capitals = words.filter((t) => isCapitalised(t.text)).length;
    // Headlines carry no final stop; a prose sentence full of names ("President Beji Caid Essebsi visited Sousse.") does.
    const final = text.slice(sentence.start, sentence.end).trimEnd().slice(-1);
    const headline =
      !'.?!"”’)'.includes(final) &&
      words.length >= options.headlineMinWords &&
      capitals > words.length * options.headlineShare;
    let first = 0;
    while (first < tokens.length && /^["'“‘([]$/.test(tokens[first]!.text)) first++;
    let i = 0;
    while (i < tokens.length) {
      const known = knownGroupAt(tokens, i);
      if (known > 0) {
        spans.push(span(text, tokens, i, i + known, "ORG"));
        i += known;
        continue;
      }
      if (!isCapitalised(tokens[i]!.text)) {
        i++;
        continue;
      }
      let j = i + 1;
      for (;;) {
        const t = tokens[j];
        if (!t || knownGroupAt(tokens, j) > 0) break;
        const lower = t.text.toLowerCase();
        const next = tokens[j + 1];
        if (isCapitalised(t.text)) {
          j++;
          continue;
        }
        if (NAME_PARTICLES.has(lower) && next && isCapitalised(next.text)) {
          j++;
          continue;
        }
        const prev = tokens[j - 1]!.text.toLowerCase();
        if (
          lower === "of" &&
          (ORGANIZATION_HEADS.has(prev) || FACILITY_HEADS.has(prev) || prev === "state") &&
          next &&
          (isCapitalised(next.text) ||
            (next.text === "the" && tokens[j + 2] && isCapitalised(tokens[j + 2]!.text)))
        ) {
          j += next.text === "the" ? 2 : 1;
          continue;
        }
        break;
      }
      const runEnd = j;
      let s = i;
      // Sentence-initial common words ("The", "Officials", "Police") are not names; nor is a lone
      // sentence-initial plural or participle the document never capitalises elsewhere ("Visitors").
      if (s === first) {
        const word = tokens[s]!.text;
        const lower = word.toLowerCase();
        if (COMMON_CAPITALISED.has(lower) || lowercase.has(lower)) s++;
        else if (
          j - s === 1 &&
          /(?:s|ed|ing)$/.test(word) &&
          knownGroupAt(tokens, s) === 0 &&
          !findPlace(word) &&
          !midSentence.has(word)
        )
          s++;
      }
      // "al-Qaeda-linked", "AQIM-aligned" are adjectives, and a shouted heading ("KEY JUDGEMENTS") is no name.
      while (j > s && /-(?:linked|aligned|backed|affiliated|inspired|led|style)$/i.test(tokens[j - 1]!.text))
        j--;
      if (
        j > s &&
        tokens.slice(s, j).every((t) => /^[\p{Lu}\d-]+$/u.test(t.text)) &&
        tokens.slice(s, j).join("").length > 0
      ) {
        const caps = tokens.slice(s, j).map((t) => t.text);
        if (caps.length > 1 || (caps[0]!.length > 5 && !findPlace(caps[0]!))) s = j;
      }
      while (s < j && (tokens[s]!.text === "The" || DATE_WORDS.has(tokens[s]!.text.toLowerCase()))) s++;
      if (j - s === 1 && COMMON_CAPITALISED.has(tokens[s]!.text.toLowerCase())) s = j;
      if (s < j) {
        const run = tokens.slice(s, j).map((t) => t.text);
        const name = run.join(" ");
        const keep = !(run.length === 1 && isDemonym(name)) && (!headline || labelOf(run) !== "PER");
        if (keep) spans.push(span(text, tokens, s, j, labelOf(run)));
      }
      i = runEnd;
    }
  }
  return spans;
}

function span(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  label: NamedSpan["label"],
): NamedSpan {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return { start, end, text: text.slice(start, end), label };
}
