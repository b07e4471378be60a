import {
  documentCase,
  F,
  type Lexeme,
  type Lexicon,
  MAX_STATIC,
  NEIGHBOUR_OFFSETS,
  neighbourFeatures,
  type StaticFeatures,
  staticFeatures,
} from "./features.js";
import type { Gazetteer } from "./gazetteer.js";
import { mix, mix3 } from "./hashing.js";
import { allowedAfter, allowedAtEnd, TAG_COUNT, tagType } from "./labels.js";

/**
 * Greedy left-to-right BILOU tagging with a linear model (Ratinov & Roth 2009: greedy decoding with
 * previous-tag features matches Viterbi on this task and is faster). Tags that would make an
 * ill-formed BILOU sequence are never chosen. The same code decodes for training (with `learn`) and
 * at run time.
 *
 * A model may have a second pass (stacking, as Krishnan & Manning 2006's two-stage CRF): the second
 * tagger sees the first pass's tags of the token and its neighbours, and how the first pass tagged the
 * same word everywhere in the document, later mentions included.
 */

/**
 * Weights by hashed feature row: a row holds one weight per tag. `index` maps a bucket to its row's
 * offset (-1 when the feature has no weights), so a shipped model stores only its non-zero rows; with
 * `index` null the table is dense (training).
 */
export interface WeightTable {
  bits: number;
  index: Int32Array | null;
  weights: Float32Array;
}

/** What the decoder learns from at a mistake: called with the token's features, the gold and the chosen tag. */
export type Learner = (features: Uint32Array, count: number, gold: number, predicted: number) => void;

const DYNAMIC_SLOTS = 16;
// Module-local copies: hot loops should not go through imported bindings.
const TAGS = TAG_COUNT;
const STATIC = MAX_STATIC;
const hash2 = mix;
const hash3 = mix3;
const {
  PrevTag,
  PrevTags,
  PrevTagWord,
  PrevTagShape,
  History,
  HistoryMajority,
  PassTag,
  PassPrevTag,
  PassNextTag,
  PassDocument,
  PassDocumentMajority,
  PassPrevTagWord,
  PrevTagCapsWindow,
  PrevTagNextWord,
  PrevTagPrevWord,
  PrevTagGaz,
} = F;
/** ALLOWED[(prev + 1) * TAGS + tag]: 1 when tag may follow prev; row 0 is the sentence start. */
const ALLOWED = new Uint8Array((TAGS + 1) * TAGS);
const ALLOWED_AT_END = new Uint8Array(TAGS);
for (let p = -1; p < TAGS; p++)
  for (let t = 0; t < TAGS; t++) ALLOWED[(p + 1) * TAGS + t] = allowedAfter(p, t) ? 1 : 0;
for (let t = 0; t < TAGS; t++) ALLOWED_AT_END[t] = allowedAtEnd(t) ? 1 : 0;

/** Counts of the entity types given to each capitalised word in a document, by lowercase form. */
export class TypeCounts {
  private readonly counts = new Map<string, Int32Array>();

  get(lower: string): Int32Array | undefined {
    return this.counts.get(lower);
  }

  record(lexemes: readonly Lexeme[], tags: ArrayLike<number>): void {
    for (let i = 0; i < tags.length; i++) {
      const type = tagType(tags[i]!);
      const l = lexemes[i]!;
      if (type < 0 || !l.capital) continue;
      let c = this.counts.get(l.lower);
      if (c === undefined) {
        c = new Int32Array(4);
        this.counts.set(l.lower, c);
      }
      c[type]!++;
    }
  }
}

export function addScores(
  table: WeightTable,
  features: Uint32Array,
  from: number,
  to: number,
  out: Float32Array,
): void {
  const shift = 32 - table.bits;
  const { index, weights } = table;
  for (let j = from; j < to; j++) {
    const bucket = features[j]! >>> shift;
    const off = index === null ? bucket * TAGS : index[bucket]!;
    if (off < 0) continue;
    for (let t = 0; t < TAGS; t++) out[t]! += weights[off + t]!;
  }
}

export interface TagOptions {
  gold?: readonly Uint8Array[];
  learn?: Learner;
  /** Static features by sentence, filled on first use and reused (training epochs, the second pass). */
  cache?: StaticFeatures[];
  /** The first pass's tags, for a second-pass decoder. */
  firstPass?: readonly Uint8Array[];
  confidences?: Float32Array[];
}

/** Scratch space for one decoder, reused across tokens. */
export class Decoder {
  readonly scores = new Float32Array(TAG_COUNT);
  readonly features = new Uint32Array(MAX_STATIC * 2 + DYNAMIC_SLOTS);
  /** Tokens seen while learning: the clock of the averaged perceptron. */
  steps = 0;

  /**
   * @param stage 0 for a first pass, 1 for a second pass (which needs `firstPass` tags). Also the slot
   *   of this table's cached word scores in each lexeme, so two passes can share one lexicon.
   */
  constructor(
    readonly table: WeightTable,
    readonly lexicon: Lexicon,
    readonly gazetteer: Gazetteer,
    readonly stage = 0,
  ) {}

  /** Tags every sentence of a document; with `gold` and `learn`, updates the model at each mistake. */
  tagDocument(sentences: readonly (readonly string[])[], options: TagOptions = {}): Uint8Array[] {
    const lexemes = sentences.map((words) => words.map((w) => this.lexicon.get(w)));
    let docCase: Map<string, number> | undefined;
    const history = new TypeCounts();
    let passCounts: TypeCounts | undefined;
    if (options.firstPass !== undefined) {
      passCounts = new TypeCounts();
      for (let s = 0; s < sentences.length; s++) passCounts.record(lexemes[s]!, options.firstPass[s]!);
    }
    const out: Uint8Array[] = [];
    for (let s = 0; s < sentences.length; s++) {
      let feats = options.cache?.[s];
      if (feats === undefined) {
        docCase ??= documentCase(lexemes);
        feats = staticFeatures(
          lexemes[s]!,
          sentences[s]!,
          this.gazetteer,
          docCase,
          options.learn !== undefined,
        );
        if (options.cache !== undefined) options.cache[s] = feats;
      }
      const confidence =
        options.confidences === undefined ? undefined : new Float32Array(sentences[s]!.length);
      const tags = this.tagSentence(
        lexemes[s]!,
        feats,
        history,
        options.firstPass?.[s],
        passCounts,
        options.gold?.[s],
        options.learn,
        confidence,
      );
      if (confidence !== undefined) options.confidences!.push(confidence);
      history.record(lexemes[s]!, tags);
      out.push(tags);
    }
    return out;
  }

  /** Summed weights of a word's own features and of its features as a neighbour, cached once the table is frozen. */
  private wordScores(l: Lexeme): Float32Array {
    let cached = l.scores[this.stage];
    if (cached === undefined) {
      cached = this.sums(l);
      l.scores[this.stage] = cached;
    }
    return cached;
  }

  private sums(l: Lexeme | null): Float32Array {
    const out = new Float32Array(TAGS * 5);
    if (l !== null) addScores(this.table, l.intrinsic, 0, l.intrinsic.length, out.subarray(0, TAGS));
    NEIGHBOUR_OFFSETS.forEach((o, j) => {
      const ids = Uint32Array.from(neighbourFeatures(l, o));
      addScores(this.table, ids, 0, ids.length, out.subarray((j + 1) * TAGS, (j + 2) * TAGS));
    });
    return out;
  }

  /** Neighbour sums for positions past the sentence edges. */
  private edge: Float32Array | undefined;

  private tagSentence(
    lexemes: readonly Lexeme[],
    feats: StaticFeatures,
    history: TypeCounts,
    firstPass: Uint8Array | undefined,
    passCounts: TypeCounts | undefined,
    gold: Uint8Array | undefined,
    learn: Learner | undefined,
    confidence: Float32Array | undefined,
  ): Uint8Array {
    const n = lexemes.length;
    const tags = new Uint8Array(n);
    const { scores, features, table } = this;
    const learning = gold !== undefined && learn !== undefined;
    let p1 = -1;
    let p2 = -1;
    for (let i = 0; i < n; i++) {
      const l = lexemes[i]!;
      const base = i * STATIC;
      const count = feats.counts[i]!;
      let k = 0;
      if (learning) {
        // Everything in one buffer, for the update.
        features.set(l.intrinsic, 0);
        k = l.intrinsic.length;
        features.set(feats.ids.subarray(base, base + count), k);
        k += count;
        scores.fill(0);
      } else {
        // Own features, then each neighbour's contribution: slot 1 + j holds offset NEIGHBOUR_OFFSETS[j].
        if (this.edge === undefined) this.edge = this.sums(null);
        const edge = this.edge;
        const own = this.wordScores(l);
        const m2 = i >= 2 ? this.wordScores(lexemes[i - 2]!) : edge;
        const m1 = i >= 1 ? this.wordScores(lexemes[i - 1]!) : edge;
        const p1s = i + 1 < n ? this.wordScores(lexemes[i + 1]!) : edge;
        const p2s = i + 2 < n ? this.wordScores(lexemes[i + 2]!) : edge;
        // Slot layout: own 0, as -2 at 1, as -1 at 2, as +1 at 3, as +2 at 4. A word at i-2 is seen from i
        // at offset -2, so its "as -2" slot applies.
        for (let t = 0; t < TAGS; t++) {
          scores[t] = own[t]! + m2[TAGS + t]! + m1[2 * TAGS + t]! + p1s[3 * TAGS + t]! + p2s[4 * TAGS + t]!;
        }
        addScores(table, feats.ids, base, base + count, scores);
      }
      const dynamic = k;
      features[k++] = hash2(PrevTag, p1 + 1);
      features[k++] = hash3(PrevTags, p2 + 1, p1 + 1);
      features[k++] = hash3(PrevTagWord, p1 + 1, l.lowerHash);
      features[k++] = hash3(PrevTagShape, p1 + 1, l.shortShape);
      features[k++] = hash3(PrevTagCapsWindow, p1 + 1, feats.capsWindow[i]!);
      features[k++] = hash3(PrevTagNextWord, p1 + 1, i + 1 < n ? lexemes[i + 1]!.lowerHash : 0);
      features[k++] = hash3(PrevTagPrevWord, p1 + 1, i > 0 ? lexemes[i - 1]!.lowerHash : 0);
      if (feats.gazTypes[i] !== 0) features[k++] = hash3(PrevTagGaz, p1 + 1, feats.gazTypes[i]!);
      if (l.capital) {
        const seen = history.get(l.lower);
        if (seen !== undefined) {
          let best = 0;
          for (let t = 0; t < 4; t++) {
            if (seen[t]! > 0) features[k++] = hash2(History, t);
            if (seen[t]! > seen[best]!) best = t;
          }
          features[k++] = hash2(HistoryMajority, best);
        }
      }
      if (firstPass !== undefined) {
        const here = firstPass[i]!;
        features[k++] = hash2(PassTag, here);
        features[k++] = hash3(PassPrevTag, i > 0 ? firstPass[i - 1]! + 1 : 0, here);
        features[k++] = hash3(PassNextTag, here, i + 1 < n ? firstPass[i + 1]! + 1 : 0);
        features[k++] = hash3(PassPrevTagWord, p1 + 1, here);
        const seen = l.capital ? passCounts!.get(l.lower) : undefined;
        if (seen !== undefined) {
          // Other mentions only: leave this token's own first-pass type out of the document counts.
          const own = tagType(here);
          let best = -1;
          let bestCount = 0;
          for (let t = 0; t < 4; t++) {
            const c = seen[t]! - (t === own ? 1 : 0);
            if (c > 0) features[k++] = hash2(PassDocument, t);
            if (c > bestCount) {
              best = t;
              bestCount = c;
            }
          }
          if (best >= 0) features[k++] = hash2(PassDocumentMajority, best);
        }
      }
      addScores(table, features, learning ? 0 : dynamic, k, scores);
      let best = -1;
      const row = (p1 + 1) * TAGS;
      const last = i === n - 1;
      for (let t = 0; t < TAGS; t++) {
        if (ALLOWED[row + t] === 0 || (last && ALLOWED_AT_END[t] === 0)) continue;
        if (best < 0 || scores[t]! > scores[best]!) best = t;
      }
      if (learning) {
        this.steps++;
        if (gold[i] !== best) learn(features, k, gold[i]!, best);
      }
      if (confidence !== undefined && best !== 0) confidence[i] = softmaxAt(scores, best, p1, last);
      tags[i] = best;
      p2 = p1;
      // Training conditions the next token on the gold tags (teacher forcing): on CoNLL-2003 dev this
      // scored 1.2 F1 above conditioning on the model's own guesses. The document history, below, still
      // records the guesses, as it would at run time.
      p1 = learning ? gold[i]! : best;
    }
    return tags;
  }
}

/** The probability of `tag` under a softmax over the tags allowed at this position. */
function softmaxAt(scores: Float32Array, tag: number, prev: number, last: boolean): number {
  let sum = 0;
  const top = scores[tag]!;
  for (let t = 0; t < TAGS; t++) {
    if (ALLOWED[(prev + 1) * TAGS + t] === 0 || (last && ALLOWED_AT_END[t] === 0)) continue;
    sum += Math.exp(scores[t]! - top);
  }
  return 1 / sum;
}
