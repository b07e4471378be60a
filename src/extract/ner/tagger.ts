import type { Gazetteer } from "./gazetteer.js";
import { documentCase, F, type Lexeme, type Lexicon, MAX_STATIC, type StaticFeatures, staticFeatures } from "./features.js";
import { mix, mix3 } from "./hashing.js";
import { allowedAfter, allowedAtEnd, TAG_COUNT, tagType } from "./labels.js";

/**
 * Greedy left-to-right BILOU tagging with a linear model (Ratinov & Roth 2009: greedy decoding with
 * previous-tag features matches Viterbi on this task and is faster). Tags that would make an
 * ill-formed BILOU sequence are never chosen. The same code decodes for training (with `learn`) and
 * at run time.
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

const DYNAMIC_SLOTS = 12;
// Module-local copies: hot loops should not go through imported bindings.
const TAGS = TAG_COUNT;
const hash2 = mix;
const hash3 = mix3;
const { PrevTag, PrevTags, PrevTagWord, PrevTagShape, History, HistoryMajority } = F;
const STATIC = MAX_STATIC;
/** ALLOWED[(prev + 1) * TAGS + tag]: 1 when tag may follow prev; row 0 is the sentence start. */
const ALLOWED = new Uint8Array((TAGS + 1) * TAGS);
const ALLOWED_AT_END = new Uint8Array(TAGS);
for (let p = -1; p < TAGS; p++) for (let t = 0; t < TAGS; t++) ALLOWED[(p + 1) * TAGS + t] = allowedAfter(p, t) ? 1 : 0;
for (let t = 0; t < TAGS; t++) ALLOWED_AT_END[t] = allowedAtEnd(t) ? 1 : 0;

/** Per-document state: which types earlier mentions of a word got (Ratinov & Roth's prediction history). */
export class DocumentHistory {
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
      if (c === undefined) this.counts.set(l.lower, (c = new Int32Array(4)));
      c[type]!++;
    }
  }
}

export function addScores(table: WeightTable, features: Uint32Array, from: number, count: number, out: Float32Array): void {
  const shift = 32 - table.bits;
  const { index, weights } = table;
  for (let j = from; j < from + count; j++) {
    const bucket = features[j]! >>> shift;
    const off = index === null ? bucket * TAGS : index[bucket]!;
    if (off < 0) continue;
    for (let t = 0; t < TAGS; t++) out[t]! += weights[off + t]!;
  }
}

/** Scratch space for one decoder, reused across tokens. */
export class Decoder {
  readonly scores = new Float32Array(TAG_COUNT);
  readonly features = new Uint32Array(MAX_STATIC + DYNAMIC_SLOTS);
  /** Tokens seen while learning: the clock of the averaged perceptron. */
  steps = 0;

  constructor(
    readonly table: WeightTable,
    readonly lexicon: Lexicon,
    readonly gazetteer: Gazetteer,
  ) {}

  /** Tags every sentence of a document; with `gold` and `learn`, updates the model at each mistake. */
  tagDocument(
    sentences: readonly (readonly string[])[],
    options: { gold?: readonly Uint8Array[]; learn?: Learner; cache?: StaticFeatures[]; confidences?: Float32Array[] } = {},
  ): Uint8Array[] {
    const lexemes = sentences.map((words) => words.map((w) => this.lexicon.get(w)));
    let docCase: Map<string, number> | undefined;
    const history = new DocumentHistory();
    const out: Uint8Array[] = [];
    for (let s = 0; s < sentences.length; s++) {
      let feats = options.cache?.[s];
      if (feats === undefined) {
        docCase ??= documentCase(lexemes);
        feats = staticFeatures(lexemes[s]!, sentences[s]!, this.gazetteer, docCase);
        if (options.cache !== undefined) options.cache[s] = feats;
      }
      const confidence = options.confidences === undefined ? undefined : new Float32Array(sentences[s]!.length);
      const tags = this.tagSentence(lexemes[s]!, feats, history, options.gold?.[s], options.learn, confidence);
      if (confidence !== undefined) options.confidences!.push(confidence);
      history.record(lexemes[s]!, tags);
      out.push(tags);
    }
    return out;
  }

  private tagSentence(
    lexemes: readonly Lexeme[],
    feats: StaticFeatures,
    history: DocumentHistory,
    gold: Uint8Array | undefined,
    learn: Learner | undefined,
    confidence: Float32Array | undefined,
  ): Uint8Array {
    const n = lexemes.length;
    const tags = new Uint8Array(n);
    const { scores, features } = this;
    let p1 = -1;
    let p2 = -1;
    for (let i = 0; i < n; i++) {
      const l = lexemes[i]!;
      const base = i * STATIC;
      const count = feats.counts[i]!;
      // Static features first, then the dynamic ones in the same buffer.
      features.set(feats.ids.subarray(base, base + count), 0);
      let k = count;
      features[k++] = hash2(PrevTag, p1 + 1);
      features[k++] = hash3(PrevTags, p2 + 1, p1 + 1);
      features[k++] = hash3(PrevTagWord, p1 + 1, l.lowerHash);
      features[k++] = hash3(PrevTagShape, p1 + 1, l.shortShape);
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
      scores.fill(0);
      addScores(this.table, features, 0, k, scores);
      let best = -1;
      const row = (p1 + 1) * TAGS;
      const last = i === n - 1;
      for (let t = 0; t < TAGS; t++) {
        if (ALLOWED[row + t] === 0 || (last && ALLOWED_AT_END[t] === 0)) continue;
        if (best < 0 || scores[t]! > scores[best]!) best = t;
      }
      if (gold !== undefined && learn !== undefined) {
        this.steps++;
        if (gold[i] !== best) learn(features, k, gold[i]!, best);
      }
      if (confidence !== undefined) confidence[i] = softmaxAt(scores, best, p1, i === n - 1);
      tags[i] = best;
      p2 = p1;
      p1 = best;
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

