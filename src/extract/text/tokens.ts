import { ABBREVIATIONS, TITLES } from "./abbreviations.js";

/** One token: its text and its UTF-16 offsets in the source text (`end` exclusive). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/*
 * Penn-Treebank-like tokenisation that never rewrites the text, so every token is a slice of the input:
 * punctuation, quotes and brackets stand alone; "U.S.", "Gen.", "J." keep their stop; words joined by
 * hyphens ("al-Sharia", "23-year-old") stay whole; clitics split off ("Rezgui" "'s", "do" "n't");
 * numbers keep their inner commas, stops and colons ("1,200", "3.5", "12:30").
 */

// Letters with their combining marks, digits, and the Arabic tatweel (a letter-joining mark).
const WORD_CHAR = /[\p{L}\p{M}\p{N}\u0640]/u;
const DIGIT = /[0-9]/;
const HYPHENS = new Set(["-", "‐", "‑"]);
const APOSTROPHES = new Set(["'", "’"]);
/** Clitics split off as in the Penn Treebank: `'s`, `'re`, `'ve`, `'ll`, `'d`, `'m`. */
const CLITIC = /^['’](?:s|re|ve|ll|d|m)(?![\p{L}\p{M}\p{N}])/iu;
const URL = /^(?:https?:\/\/|www\.)[^\s<>"“”]+/i;
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const ACRONYM = /^(?:\p{L}\.){2,}/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** End of a run of word characters starting at `i`. */
function wordRunEnd(text: string, i: number, limit: number): number {
  let j = i;
  while (j < limit) {
    const code = text.charCodeAt(j);
    // Surrogate pairs (rare letters outside the BMP) are tested as one code point.
    const ch = code >= 0xd800 && code <= 0xdbff ? text.slice(j, j + 2) : text[j];
    if (!isWordChar(ch)) break;
    j += ch!.length;
  }
  return j;
}

/** End of a number with inner separators ("1,200", "3.5", "12:30", "2015/16") starting at `i`. */
function numberEnd(text: string, i: number, limit: number): number {
  let j = i;
  while (j < limit && DIGIT.test(text[j]!)) j++;
  while (j + 1 < limit && ",.:/".includes(text[j]!) && DIGIT.test(text[j + 1]!)) {
    j++;
    while (j < limit && DIGIT.test(text[j]!)) j++;
  }
  return j;
}

/** End of a word token starting at `i`: word runs joined by hyphens or inner apostrophes ("O'Brien"). */
function wordEnd(text: string, i: number, limit: number): number {
  let j = DIGIT.test(text[i]!) ? numberEnd(text, i, limit) : i;
  j = wordRunEnd(text, j, limit);
  for (;;) {
    const ch = text[j];
    if (ch === undefined || j + 1 >= limit || !isWordChar(text[j + 1])) break;
    if (HYPHENS.has(ch)) {
      j = wordRunEnd(text, j + 1, limit);
      continue;
    }
    if (APOSTROPHES.has(ch) && !CLITIC.test(text.slice(j, Math.min(limit, j + 4)))) {
      // "n't" belongs to the clitic, not to a name like "O'Brien".
      if (
        (text[j - 1] === "n" || text[j - 1] === "N") &&
        /^['’]t$/i.test(text.slice(j, wordRunEnd(text, j + 1, limit)))
      )
        break;
      j = wordRunEnd(text, j + 1, limit);
      continue;
    }
    break;
  }
  return j;
}

/** Whether the stop at `dot` after `word` belongs to it ("Gen.", "Jan. 5", "J. R. Smith"). */
function keepsStop(text: string, word: string, dot: number, end: number): boolean {
  const lower = word.toLowerCase();
  const after = text.slice(dot + 1, Math.min(end, dot + 4)).trimStart();
  if (lower === "no" || lower === "nos") return DIGIT.test(after[0] ?? "");
  if (TITLES.has(lower) || /^\p{Lu}$/u.test(word)) return true;
  // A sentence-final stop is split off, as the Penn Treebank does after "etc" at the end of a sentence.
  return ABBREVIATIONS.has(lower) && dot + 1 < end && after.length > 0;
}

/**
 * Tokenises `text` between `start` and `end` (a sentence, say), keeping offsets into `text`.
 *
 * @example tokenize("Rezgui's U.S. trip") // Rezgui | 's | U.S. | trip
 */
export function tokenize(text: string, start = 0, end: number = text.length): Token[] {
  const tokens: Token[] = [];
  const push = (s: number, e: number): void => {
    tokens.push({ text: text.slice(s, e), start: s, end: e });
  };
  let i = start;
  while (i < end) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const rest = text.slice(i, Math.min(end, i + 200));
    const special = URL.exec(rest) ?? EMAIL.exec(rest);
    if (special && (i === start || /\s|[("“'‘<[]/.test(text[i - 1]!))) {
      // A URL does not keep a final stop or closing bracket.
      const body = special[0].replace(/[.,;:!?)\]'"”’]+$/, "");
      push(i, i + body.length);
      i += body.length;
      continue;
    }
    if (isWordChar(ch) || (ch >= "\ud800" && ch <= "\udbff")) {
      const acronym = ACRONYM.exec(rest);
      if (acronym) {
        push(i, i + acronym[0].length);
        i += acronym[0].length;
        continue;
      }
      let j = wordEnd(text, i, end);
      if (j === i) j = Math.min(end, i + (ch >= "\ud800" && ch <= "\udbff" ? 2 : 1));
      // "don't" → "do" + "n't"
      if (
        j - i > 1 &&
        (text[j - 1] === "n" || text[j - 1] === "N") &&
        /^['’][tT](?![\p{L}\p{N}])/u.test(text.slice(j, Math.min(end, j + 3)))
      ) {
        push(i, j - 1);
        push(j - 1, j + 2);
        i = j + 2;
        continue;
      }
      const word = text.slice(i, j);
      // Abbreviations and initials keep their stop: "Gen.", "Jan.", "J."
      if (text[j] === "." && j < end && keepsStop(text, word, j, end)) {
        push(i, j + 1);
        i = j + 1;
        continue;
      }
      push(i, j);
      i = j;
      continue;
    }
    if (APOSTROPHES.has(ch)) {
      const clitic = CLITIC.exec(rest);
      if (clitic && i > start && isWordChar(text[i - 1])) {
        push(i, i + clitic[0].length);
        i += clitic[0].length;
        continue;
      }
    }
    if (ch === "." && text.startsWith("...", i)) {
      let j = i;
      while (j < end && text[j] === ".") j++;
      push(i, j);
      i = j;
      continue;
    }
    if (ch === "-" && text[i + 1] === "-") {
      let j = i;
      while (j < end && text[j] === "-") j++;
      push(i, j);
      i = j;
      continue;
    }
    // A decimal without a leading zero (".5") or a signed number stays whole.
    if (
      (ch === "." || ch === "-" || ch === "+") &&
      DIGIT.test(text[i + 1] ?? "") &&
      !isWordChar(text[i - 1])
    ) {
      const j = numberEnd(text, i + 1, end);
      push(i, j);
      i = j;
      continue;
    }
    push(i, i + 1);
    i++;
  }
  return tokens;
}
