import type { Sentence } from "../../model/types.js";
import { ABBREVIATIONS, SENTENCE_OPENERS, TITLES } from "./abbreviations.js";

/**
 * Sentence boundaries for English news prose, as UTF-16 offsets into the text.
 *
 * Rule-based, in the spirit of Punkt (Kiss & Strunk 2006) with fixed lists instead of learnt ones: a
 * candidate is a run of `.?!…` (plus closing quotes and brackets) followed by white space; the word
 * before a full stop decides whether it is an abbreviation, and an ambiguous abbreviation ends a
 * sentence only before a common sentence opener (Mikheev 2002). Layout ends sentences too: a blank
 * line always, and a single line break when the line before it has no final punctuation and the next
 * line starts with a capital (headlines, datelines, bylines).
 */

export interface SentenceOptions {
  wrappedHeadlineShare: number;
}

export const DEFAULTS: Readonly<SentenceOptions> = Object.freeze({
  /**
   * In hard-wrapped text (lines broken mid-sentence) a line break counts as a headline break only
   * when the line before it is shorter than this share of the longest line.
   */
  wrappedHeadlineShare: 0.7,
});

const TERMINAL = new Set([".", "?", "!", "…"]);
const CLOSERS = new Set(['"', "'", "”", "’", ")", "]", "}", "»"]);
const OPENERS = new Set(['"', "'", "“", "‘", "(", "[", "«", "¿", "¡"]);
/** A line ending in one of these continues on the next line. */
const CONTINUATION_END = new Set([",", ";", ":", "-", "–", "—", "(", "/", "&"]);
const CONTINUATION_WORDS = new Set([
  "of",
  "the",
  "and",
  "or",
  "in",
  "to",
  "for",
  "a",
  "an",
  "with",
  "by",
  "from",
  "on",
  "at",
]);

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const LETTER = /^\p{L}/u;
const ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
const INITIAL = /^\p{Lu}$/u;

function isSpace(ch: string | undefined): boolean {
  return (
    ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\f" || ch === "\v" || ch === "\u00a0"
  );
}

/** The word (letters, digits, inner dots) ending right before `end`, without leading quotes or brackets. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && !isSpace(text[i - 1])) i--;
  let word = text.slice(i, end);
  while (word.length > 0 && (OPENERS.has(word[0]!) || word[0] === "-")) word = word.slice(1);
  return word;
}

/** The word starting at `start`, skipping opening quotes and brackets. */
function wordAfter(text: string, start: number): string {
  let i = start;
  while (i < text.length && OPENERS.has(text[i]!)) i++;
  const m = /^[\p{L}\p{M}]+/u.exec(text.slice(i, i + 40));
  return m ? m[0] : "";
}

/** Decides whether a full stop after `word` ends a sentence, given what follows it. */
function stopEndsSentence(word: string, next: string): boolean {
  const lower = word.toLowerCase();
  if (TITLES.has(lower)) return false;
  const ambiguous = ABBREVIATIONS.has(lower) || ACRONYM.test(word) || INITIAL.test(word);
  if (!ambiguous) return true;
  return UPPER.test(next) && SENTENCE_OPENERS.has(next.toLowerCase());
}

/** True when line breaks in the text fall mid-sentence (a line ends in a word, the next opens lowercase). */
function isHardWrapped(text: string): { wrapped: boolean; longest: number } {
  const lines = text.split("\n");
  let longest = 0;
  let joins = 0;
  let breaks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    longest = Math.max(longest, line.length);
    const next = lines[i + 1]?.trimStart();
    if (!next || line.length === 0) continue;
    breaks++;
    if (/[\p{L},]$/u.test(line) && LOWER.test(next)) joins++;
  }
  return { wrapped: joins >= 2 && joins * 5 >= breaks, longest };
}

/**
 * Splits `text` into sentences. Each sentence covers no leading or trailing white space.
 *
 * @example splitSentences("Gen. J. R. Smith arrived. He spoke.") // two sentences, at 0–25 and 26–35
 */
export function splitSentences(text: string, options: SentenceOptions = DEFAULTS): Sentence[] {
  const breaks: number[] = [];
  let layout: { wrapped: boolean; longest: number } | undefined;

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") {
      if (lineBreakEndsSentence(text, i, () => (layout ??= isHardWrapped(text)), options)) breaks.push(i);
      continue;
    }
    if (!TERMINAL.has(ch)) continue;
    // A run of terminal punctuation, then closing quotes and brackets, then white space or the end.
    let j = i;
    while (j < text.length && TERMINAL.has(text[j]!)) j++;
    const run = text.slice(i, j);
    while (j < text.length && CLOSERS.has(text[j]!)) j++;
    if (j < text.length && !isSpace(text[j])) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < text.length && isSpace(text[k])) k++;
    if (k >= text.length) {
      breaks.push(j);
      break;
    }
    const next = wordAfter(text, k);
    const nextChar = text[k]!;
    let ends: boolean;
    if (LOWER.test(nextChar) || (OPENERS.has(nextChar) && LOWER.test(next))) ends = false;
    else if (run === ".") ends = stopEndsSentence(wordBefore(text, i), next);
    else if (run === "..." || run === "…") ends = UPPER.test(next);
    else ends = true;
    if (ends) breaks.push(j);
    i = j - 1;
  }

  const sentences: Sentence[] = [];
  let from = 0;
  const push = (to: number): void => {
    let s = from;
    let e = to;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) sentences.push({ index: sentences.length, start: s, end: e });
    from = to;
  };
  for (const b of breaks) if (b > from) push(b);
  push(text.length);
  return sentences;
}

/** A blank line ends a sentence; so does a line break after a line without final punctuation before a capital. */
function lineBreakEndsSentence(
  text: string,
  at: number,
  layout: () => { wrapped: boolean; longest: number },
  options: SentenceOptions,
): boolean {
  let k = at + 1;
  while (k < text.length && isSpace(text[k])) {
    if (text[k] === "\n") return true;
    k++;
  }
  if (k >= text.length) return false;
  let lineStart = at;
  while (lineStart > 0 && text[lineStart - 1] !== "\n") lineStart--;
  const line = text.slice(lineStart, at).trim();
  if (line.length === 0) return false;
  const last = line[line.length - 1]!;
  if (TERMINAL.has(last) || CONTINUATION_END.has(last)) return false;
  if (CLOSERS.has(last) && line.length > 1 && TERMINAL.has(line[line.length - 2]!)) return false;
  const lastWord = /[\p{L}]+$/u.exec(line)?.[0];
  if (lastWord !== undefined && CONTINUATION_WORDS.has(lastWord)) return false;
  const first = text[k]!;
  const startsLikeSentence =
    UPPER.test(first) || /\d/.test(first) || (OPENERS.has(first) && !LOWER.test(wordAfter(text, k)));
  if (!startsLikeSentence && !(LETTER.test(first) && !LOWER.test(first))) return false;
  const { wrapped, longest } = layout();
  return !wrapped || line.length < longest * options.wrappedHeadlineShare;
}
