import { type Gazetteer, matchGazetteer } from "./gazetteer.js";
import { hashString, mix, mix3 } from "./hashing.js";

/**
 * Features of a token for the tagger (after Ratinov & Roth 2009 and Stanford NER's word-shape
 * features): the word and its lowercase form, its shape ("Xxxx", "XX", "dd-dd"), prefixes and
 * suffixes, capitalisation flags, the neighbouring words and shapes, gazetteer membership, the sentence
 * position, and two document-level signals: how the same word is written elsewhere in the document
 * (a headline's "TUNIS" is "Tunis" in the body) and which types earlier mentions of it were given.
 *
 * Static features (independent of the tags being decoded) are 32-bit hashes; the decoder adds the
 * dynamic ones (previous tags, document history) and folds hashes into table rows.
 */

/** Template numbers. Changing one changes every hash: a trained model records FEATURE_VERSION. */
export const FEATURE_VERSION = 1;
export const F = Object.freeze({
  Bias: 1,
  Word: 2,
  Lower: 3,
  Shape: 4,
  ShortShape: 5,
  Prefix: 6,
  Suffix: 7,
  Flag: 8,
  Length: 9,
  PrevWord: 10,
  NextWord: 11,
  PrevWord2: 12,
  NextWord2: 13,
  PrevShape: 14,
  NextShape: 15,
  LeftBigram: 16,
  RightBigram: 17,
  ShapeTrigram: 18,
  First: 19,
  CapsSentence: 20,
  Gaz: 21,
  PrevGaz: 22,
  NextGaz: 23,
  DocCase: 24,
  PrevTag: 25,
  PrevTags: 26,
  PrevTagWord: 27,
  PrevTagShape: 28,
  History: 29,
  HistoryMajority: 30,
  PrevSuffix: 31,
  NextSuffix: 32,
  PassTag: 33,
  PassPrevTag: 34,
  PassNextTag: 35,
  PassDocument: 36,
  PassDocumentMajority: 37,
  PassPrevTagWord: 38,
  PrevCased: 39,
  NextCased: 40,
  CapsWindow: 41,
  PrevTagCapsWindow: 42,
  PrevTagNextWord: 43,
  PrevTagPrevWord: 44,
  LeftShapes: 45,
  RightShapes: 46,
  PrevShape2: 47,
  NextShape2: 48,
  PrevTagGaz: 49,
  TableSentence: 50,
});

/** Most static features a token can have; the buffer reserves this many slots per token. */
export const MAX_STATIC = 48;

/** What is known of a word type, computed once and cached. */
export interface Lexeme {
  lower: string;
  lowerHash: number;
  wordHash: number;
  shortShape: number;
  suffix3: number;
  capital: boolean;
  allCaps: boolean;
  hasLetter: boolean;
  intrinsic: Uint32Array;
  /**
   * Per frozen weight table (by stage), filled in by the decoder: the summed weights of `intrinsic`,
   * then of neighbourFeatures at offsets -2, -1, +1, +2; TAG_COUNT floats each.
   */
  scores: (Float32Array | undefined)[];
}

const FLAG_INIT_CAP = 1;
const FLAG_ALL_CAPS = 2;
const FLAG_HAS_DIGIT = 3;
const FLAG_HAS_HYPHEN = 4;
const FLAG_HAS_PERIOD = 5;
const FLAG_ALL_DIGITS = 6;
const FLAG_PUNCT = 7;
const FLAG_INNER_CAP = 8;
const FLAG_APOSTROPHE = 9;

function charClass(ch: string, code: number): string {
  if (code >= 48 && code <= 57) return "d";
  if (code >= 65 && code <= 90) return "X";
  if (code >= 97 && code <= 122) return "x";
  if (code < 128) return ch;
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower !== upper) return ch === upper ? "X" : "x";
  return /\p{L}/u.test(ch) ? "a" : /\p{N}/u.test(ch) ? "d" : ch;
}

/** Word shapes: every character by class, runs capped at 4 ("Xxxx"), and runs collapsed ("Xx"). */
export function shapes(word: string): [long: string, short: string] {
  let long = "";
  let short = "";
  let last = "";
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const c = charClass(word[i]!, word.charCodeAt(i));
    if (c === last) run++;
    else {
      run = 1;
      short += c;
    }
    if (run <= 4) long += c;
    last = c;
  }
  return [long, short];
}

function lengthBucket(n: number): number {
  return n <= 4 ? n : n <= 6 ? 5 : n <= 9 ? 6 : 7;
}

export function makeLexeme(word: string): Lexeme {
  const lower = word.toLowerCase();
  const upper = word.toUpperCase();
  const [long, short] = shapes(word);
  const hasLetter = lower !== upper || /\p{L}/u.test(word);
  const first = word.charAt(0);
  const capital = hasLetter && first !== first.toLowerCase();
  const allCaps = hasLetter && word === upper && lower !== upper;
  const lowerHash = hashString(lower);
  const wordHash = hashString(word);
  const feats: number[] = [
    F.Bias,
    mix(F.Word, wordHash),
    mix(F.Lower, lowerHash),
    mix(F.Shape, hashString(long)),
    mix(F.ShortShape, hashString(short)),
    mix(F.Length, lengthBucket(word.length)),
  ];
  const n = lower.length;
  for (let k = 1; k <= 4 && k < n; k++) {
    feats.push(mix3(F.Prefix, k, hashString(lower.slice(0, k))));
    feats.push(mix3(F.Suffix, k, hashString(lower.slice(n - k))));
  }
  const flag = (f: number): void => {
    feats.push(mix(F.Flag, f));
  };
  if (capital) flag(FLAG_INIT_CAP);
  if (allCaps) flag(FLAG_ALL_CAPS);
  if (/\d/.test(word)) flag(/^[\d.,:/-]+$/.test(word) ? FLAG_ALL_DIGITS : FLAG_HAS_DIGIT);
  if (word.includes("-") && word.length > 1) flag(FLAG_HAS_HYPHEN);
  if (word.includes(".") && word.length > 1) flag(FLAG_HAS_PERIOD);
  if (!hasLetter && !/\d/.test(word)) flag(FLAG_PUNCT);
  if (/\p{Ll}\p{Lu}/u.test(word)) flag(FLAG_INNER_CAP);
  if (/['’]/.test(word) && word.length > 2) flag(FLAG_APOSTROPHE);
  return {
    lower,
    lowerHash,
    wordHash,
    shortShape: hashString(short),
    suffix3: hashString(lower.slice(Math.max(0, n - 3))),
    capital,
    allCaps,
    hasLetter,
    intrinsic: Uint32Array.from(feats, (h) => h >>> 0),
    scores: [],
  };
}

/** A cache of lexemes by word; cleared when it grows past `limit` so memory stays bounded. */
export class Lexicon {
  private readonly cache = new Map<string, Lexeme>();
  constructor(private readonly limit = 50_000) {}

  get(word: string): Lexeme {
    let lex = this.cache.get(word);
    if (lex === undefined) {
      if (this.cache.size >= this.limit) this.cache.clear();
      lex = makeLexeme(word);
      this.cache.set(word, lex);
    }
    return lex;
  }
}

/** Bits describing how a lowercased word is written across a document. */
const SEEN_TITLE = 1; // capitalised, not sentence-initial, in a mixed-case sentence
const SEEN_LOWER = 2; // all lowercase
const SEEN_CAPS = 4; // all caps, not sentence-initial, in a mixed-case sentence

/** Whether every word with letters in the sentence is upper case (a headline or dateline). */
export function isCapsSentence(lexemes: readonly Lexeme[]): boolean {
  let letters = 0;
  for (const l of lexemes) {
    if (!l.hasLetter) continue;
    if (!l.allCaps && l.lower !== l.lower.toUpperCase()) return false;
    letters++;
  }
  return letters > 0;
}

/** How each word is written across the document (Chieu & Ng 2002's case features). */
export function documentCase(sentences: readonly (readonly Lexeme[])[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const lexemes of sentences) {
    const caps = isCapsSentence(lexemes);
    for (let i = 0; i < lexemes.length; i++) {
      const l = lexemes[i]!;
      if (!l.hasLetter) continue;
      let bits = 0;
      if (!l.capital) bits = SEEN_LOWER;
      else if (!caps && i > 0) bits = l.allCaps && l.lower.length > 1 ? SEEN_CAPS : SEEN_TITLE;
      if (bits !== 0) seen.set(l.lower, (seen.get(l.lower) ?? 0) | bits);
    }
  }
  return seen;
}

/**
 * Static features of one sentence's tokens that depend on the context (the word's own features are
 * in its lexeme), MAX_STATIC slots a token.
 */
export interface StaticFeatures {
  ids: Uint32Array;
  counts: Uint8Array;
  /** Capitalisation of the window i-2..i+2, one base-3 digit a token, for conjunctions with tags. */
  capsWindow: Uint16Array;
  /** Gazetteer list types of each token (no positions), for conjunctions with tags. */
  gazTypes: Uint8Array;
}

const BOUNDARY = 0x5eed;
const {
  PrevWord,
  NextWord,
  PrevWord2,
  NextWord2,
  PrevShape,
  NextShape,
  LeftBigram,
  RightBigram,
  ShapeTrigram,
  PrevSuffix,
  NextSuffix,
  First,
  CapsSentence,
  Gaz,
  PrevGaz,
  NextGaz,
  DocCase,
  PrevCased,
  NextCased,
  CapsWindow,
  LeftShapes,
  RightShapes,
  PrevShape2,
  NextShape2,
  TableSentence,
} = F;

/**
 * Features a token gets from one neighbour alone, at `offset` -2, -1, +1 or +2 (`null`: past the
 * sentence edge). Kept apart so a frozen model can sum their weights once per word and offset.
 */
export function neighbourFeatures(l: Lexeme | null, offset: number, out: number[] = []): number[] {
  const lower = l === null ? BOUNDARY + offset : l.lowerHash;
  const shape = l === null ? BOUNDARY : l.shortShape;
  switch (offset) {
    case -2:
      out.push(mix(PrevWord2, lower), mix(PrevShape2, shape));
      break;
    case -1:
      out.push(
        mix(PrevWord, lower),
        mix(PrevShape, shape),
        mix(PrevSuffix, l === null ? BOUNDARY : l.suffix3),
        mix(PrevCased, l === null ? BOUNDARY : l.wordHash),
      );
      break;
    case 1:
      out.push(
        mix(NextWord, lower),
        mix(NextShape, shape),
        mix(NextSuffix, l === null ? BOUNDARY : l.suffix3),
        mix(NextCased, l === null ? BOUNDARY : l.wordHash),
      );
      break;
    case 2:
      out.push(mix(NextWord2, lower), mix(NextShape2, shape));
      break;
  }
  return out;
}

export const NEIGHBOUR_OFFSETS = Object.freeze([-2, -1, 1, 2]);

/**
 * The context features of a sentence's tokens. With `withNeighbours` false the features of single
 * neighbours (neighbourFeatures) are left out, for a decoder that adds their cached sums instead.
 */
export function staticFeatures(
  lexemes: readonly Lexeme[],
  words: readonly string[],
  gazetteer: Gazetteer,
  docCase: ReadonlyMap<string, number>,
  withNeighbours = true,
): StaticFeatures {
  const n = lexemes.length;
  const ids = new Uint32Array(n * MAX_STATIC);
  const counts = new Uint8Array(n);
  const capsWindow = new Uint16Array(n);
  const gazTypesOf = new Uint8Array(n);
  const capsOf = new Uint8Array(n + 4);
  const lower: string[] = new Array(n);
  // Padded arrays: index i + 1 is token i; the pads mark the sentence edges.
  const lowers = new Uint32Array(n + 2);
  const shapes = new Uint32Array(n + 2);
  lowers[0] = BOUNDARY - 1;
  lowers[n + 1] = BOUNDARY + 1;
  shapes[0] = shapes[n + 1] = BOUNDARY;
  for (let i = 0; i < n; i++) {
    const l = lexemes[i]!;
    lower[i] = l.lower;
    lowers[i + 1] = l.lowerHash;
    shapes[i + 1] = l.shortShape;
    capsOf[i + 2] = l.allCaps ? 2 : l.capital ? 1 : 0;
  }
  const gaz = matchGazetteer(gazetteer, words, lower);
  const caps = isCapsSentence(lexemes);
  // Result tables (sports scores, market prices) have many numbers: names in them are often teams.
  let numbers = 0;
  for (const l of lexemes) if (!l.hasLetter && /\d/.test(l.lower)) numbers++;
  const table = numbers * 4 >= n && numbers > 0;
  const scratch: number[] = [];
  for (let i = 0; i < n; i++) {
    const l = lexemes[i]!;
    let k = i * MAX_STATIC;
    const w0 = l.lowerHash;
    const s0 = l.shortShape;
    if (withNeighbours) {
      scratch.length = 0;
      for (const o of NEIGHBOUR_OFFSETS)
        neighbourFeatures(i + o >= 0 && i + o < n ? lexemes[i + o]! : null, o, scratch);
      for (const h of scratch) ids[k++] = h;
    }
    ids[k++] = mix3(LeftShapes, shapes[i]!, s0);
    ids[k++] = mix3(RightShapes, s0, shapes[i + 2]!);
    ids[k++] = mix3(LeftBigram, lowers[i]!, w0);
    ids[k++] = mix3(RightBigram, w0, lowers[i + 2]!);
    ids[k++] = mix3(ShapeTrigram, mix(shapes[i]!, s0), shapes[i + 2]!);
    const window =
      capsOf[i]! * 81 + capsOf[i + 1]! * 27 + capsOf[i + 2]! * 9 + capsOf[i + 3]! * 3 + capsOf[i + 4]!;
    capsWindow[i] = window;
    ids[k++] = mix(CapsWindow, window);
    if (i === 0) ids[k++] = mix(First, s0);
    if (caps) ids[k++] = mix(CapsSentence, s0);
    if (table) ids[k++] = mix3(TableSentence, s0, i === 0 ? 1 : 0);
    const g = gaz[i]!;
    if (g !== 0) {
      gazTypesOf[i] = gazTypes(g);
      for (let b = 0; b < 32; b++) if (g & (1 << b)) ids[k++] = mix(Gaz, b);
    }
    if (i > 0 && gaz[i - 1] !== 0) ids[k++] = mix(PrevGaz, gazTypes(gaz[i - 1]!));
    if (i + 1 < n && gaz[i + 1] !== 0) ids[k++] = mix(NextGaz, gazTypes(gaz[i + 1]!));
    if (l.capital) {
      const seen = docCase.get(l.lower) ?? 0;
      ids[k++] = mix(DocCase, seen * 8 + (i === 0 ? 1 : 0) + (caps ? 2 : 0) + (l.allCaps ? 4 : 0));
    }
    counts[i] = k - i * MAX_STATIC;
  }
  return { ids, counts, capsWindow, gazTypes: gazTypesOf };
}

/** The set of list types in a token's gazetteer bits, without positions. */
function gazTypes(bits: number): number {
  let types = 0;
  for (let t = 0; t < 8; t++) if (bits & (0xf << (4 * t))) types |= 1 << t;
  return types;
}
