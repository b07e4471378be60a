import { Lexicon, type StaticFeatures } from "./features.js";
import type { Gazetteer } from "./gazetteer.js";
import { TAG_COUNT } from "./labels.js";
import { Decoder, type WeightTable } from "./tagger.js";

/**
 * Training of the tagger: an averaged perceptron (Collins 2002) over greedy decoding, documents
 * shuffled each epoch with a fixed seed. Averaging uses Daumé's trick (2006): alongside the weights w
 * keep u, the sum of every update times the clock, and the average is w − u/clock.
 */
export interface TrainOptions {
  epochs: number;
  bits: number;
  seed: number;
  prune: number;
}

export const DEFAULTS: Readonly<TrainOptions> = Object.freeze({
  epochs: 10,
  /** log2 of the number of hashed feature rows. */
  bits: 21,
  seed: 20_030_601,
  /** Rows whose largest averaged weight is below this are dropped from the shipped model. */
  prune: 0.01,
});

export interface TrainingDocument {
  sentences: string[][];
  /** BILOU tag numbers, one array a sentence. */
  gold: Uint8Array[];
  /** A first pass's tags, when training a second pass. */
  firstPass?: Uint8Array[];
}

/** A small seeded generator (mulberry32) so the shuffle, and so the model, is reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface EpochReport {
  epoch: number;
  mistakes: number;
  tokens: number;
  seconds: number;
  /** Averaged weights after this epoch, dense; for scoring a held-out set between epochs. */
  averaged: () => WeightTable;
}

export function trainTagger(
  documents: readonly TrainingDocument[],
  gazetteer: Gazetteer,
  options: TrainOptions = DEFAULTS,
  onEpoch?: (report: EpochReport) => void,
): WeightTable {
  const size = (1 << options.bits) * TAG_COUNT;
  const w = new Float32Array(size);
  const u = new Float64Array(size);
  const table: WeightTable = { bits: options.bits, index: null, weights: w };
  const stage = documents[0]?.firstPass === undefined ? 0 : 1;
  const decoder = new Decoder(table, new Lexicon(), gazetteer, stage);
  const shift = 32 - options.bits;
  let mistakes = 0;
  const learn = (features: Uint32Array, count: number, gold: number, predicted: number): void => {
    const c = decoder.steps;
    mistakes++;
    for (let j = 0; j < count; j++) {
      const off = (features[j]! >>> shift) * TAG_COUNT;
      w[off + gold]! += 1;
      w[off + predicted]! -= 1;
      u[off + gold]! += c;
      u[off + predicted]! -= c;
    }
  };
  const caches: StaticFeatures[][] = documents.map(() => []);
  const order = documents.map((_, i) => i);
  const next = random(options.seed);
  const averaged = (): WeightTable => {
    const c = decoder.steps;
    const avg = new Float32Array(size);
    for (let i = 0; i < size; i++) avg[i] = w[i]! - u[i]! / c;
    return { bits: options.bits, index: null, weights: avg };
  };
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const started = performance.now();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    mistakes = 0;
    const before = decoder.steps;
    for (const d of order) {
      const doc = documents[d]!;
      decoder.tagDocument(doc.sentences, {
        gold: doc.gold,
        learn,
        cache: caches[d]!,
        firstPass: doc.firstPass,
      });
    }
    onEpoch?.({
      epoch,
      mistakes,
      tokens: decoder.steps - before,
      seconds: (performance.now() - started) / 1000,
      averaged,
    });
  }
  return compact(averaged(), options.prune);
}

/**
 * Trains two passes (stacking, Wolpert 1992; as Krishnan & Manning 2006 for NER). The second pass must
 * learn from first-pass tags as noisy as on unseen text, so its training data is tagged by jackknifing:
 * `folds` first-pass models, each trained without one fold of the documents, tag that fold.
 */
export function trainStacked(
  documents: readonly TrainingDocument[],
  gazetteer: Gazetteer,
  options: TrainOptions & { folds: number },
  log: (message: string) => void,
  onEpoch?: (pass: number, report: EpochReport, first: WeightTable | undefined) => void,
): WeightTable[] {
  const firstPass: Uint8Array[][] = documents.map(() => []);
  for (let f = 0; f < options.folds; f++) {
    const held = documents.filter((_, i) => i % options.folds === f);
    const table = trainTagger(
      documents.filter((_, i) => i % options.folds !== f),
      gazetteer,
      options,
    );
    const decoder = new Decoder(table, new Lexicon(), gazetteer);
    let k = 0;
    documents.forEach((_, i) => {
      if (i % options.folds === f) firstPass[i] = decoder.tagDocument(held[k++]!.sentences);
    });
    log(`fold ${f + 1}/${options.folds} tagged`);
  }
  const first = trainTagger(documents, gazetteer, options, (r) => onEpoch?.(0, r, undefined));
  log("first pass trained");
  const second = trainTagger(
    documents.map((d, i) => ({ ...d, firstPass: firstPass[i]! })),
    gazetteer,
    options,
    (r) => onEpoch?.(1, r, first),
  );
  return [first, second];
}

/**
 * The mean of several weight tables, row by row (parameter mixing, Mann et al. 2009): perceptrons
 * trained with different shuffles err differently, and their mean generalises better than each.
 */
export function meanTable(tables: readonly WeightTable[]): WeightTable {
  const bits = tables[0]!.bits;
  const rows = 1 << bits;
  const dense = new Float32Array(rows * TAG_COUNT);
  for (const table of tables) {
    if (table.index === null) throw new TypeError("meanTable needs compacted tables");
    for (let r = 0; r < rows; r++) {
      const off = table.index[r]!;
      if (off < 0) continue;
      for (let t = 0; t < TAG_COUNT; t++)
        dense[r * TAG_COUNT + t]! += table.weights[off + t]! / tables.length;
    }
  }
  return compact({ bits, index: null, weights: dense }, 0);
}

/** Keeps only the rows with a weight of at least `prune` in magnitude. */
export function compact(dense: WeightTable, prune: number): WeightTable {
  const rows = 1 << dense.bits;
  const index = new Int32Array(rows).fill(-1);
  const kept: number[] = [];
  for (let r = 0; r < rows; r++) {
    const off = r * TAG_COUNT;
    let max = 0;
    for (let t = 0; t < TAG_COUNT; t++) max = Math.max(max, Math.abs(dense.weights[off + t]!));
    if (max > 0 && max >= prune) kept.push(r);
  }
  const weights = new Float32Array(kept.length * TAG_COUNT);
  kept.forEach((r, k) => {
    index[r] = k * TAG_COUNT;
    weights.set(dense.weights.subarray(r * TAG_COUNT, (r + 1) * TAG_COUNT), k * TAG_COUNT);
  });
  return { bits: dense.bits, index, weights };
}
