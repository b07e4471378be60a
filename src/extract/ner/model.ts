import { Lexicon, type StaticFeatures } from "./features.js";
import { buildGazetteer, type GazetteerEntry } from "./gazetteer.js";
import { Decoder, type WeightTable } from "./tagger.js";

/** What a model file says about itself; the model card (docs/models.md) shows the same. */
export interface NerModelMeta {
  name: string;
  /** The training data, and its licence. */
  data: string;
  licence: string;
  featureVersion: number;
  epochs: number;
  trainedAt: string;
  /** Entity-level F1 on the development set, measured at training time. */
  devF1?: number;
}

/**
 * A trained recogniser: one weight table per pass (one, or two when stacked), the gazetteer it was
 * trained with, and decoders that share one word cache.
 */
export interface NerModel {
  meta: NerModelMeta;
  tables: readonly WeightTable[];
  gazetteerEntries: readonly GazetteerEntry[];
  decoders: readonly Decoder[];
}

export function makeModel(
  meta: NerModelMeta,
  tables: readonly WeightTable[],
  gazetteerEntries: readonly GazetteerEntry[],
): NerModel {
  const gazetteer = buildGazetteer(gazetteerEntries);
  const lexicon = new Lexicon();
  const decoders = tables.map((table, stage) => new Decoder(table, lexicon, gazetteer, stage));
  return { meta, tables, gazetteerEntries, decoders };
}

/** BILOU tag numbers for a document's sentences of words, after every pass of the model. */
export function tagWords(
  model: NerModel,
  sentences: readonly (readonly string[])[],
  confidences?: Float32Array[],
): Uint8Array[] {
  const cache: StaticFeatures[] = [];
  const passes = model.decoders.length;
  let tags = model.decoders[0]!.tagDocument(sentences, {
    cache,
    confidences: passes === 1 ? confidences : undefined,
  });
  for (let p = 1; p < passes; p++) {
    tags = model.decoders[p]!.tagDocument(sentences, {
      cache,
      firstPass: tags,
      confidences: p === passes - 1 ? confidences : undefined,
    });
  }
  return tags;
}
