import { Lexicon } from "./features.js";
import { buildGazetteer, type Gazetteer, type GazetteerEntry } from "./gazetteer.js";
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

/** A trained recogniser: weights, the gazetteer it was trained with, and a word cache. */
export interface NerModel {
  meta: NerModelMeta;
  table: WeightTable;
  gazetteerEntries: readonly GazetteerEntry[];
  decoder: Decoder;
}

export function makeModel(meta: NerModelMeta, table: WeightTable, gazetteerEntries: readonly GazetteerEntry[]): NerModel {
  const gazetteer: Gazetteer = buildGazetteer(gazetteerEntries);
  return { meta, table, gazetteerEntries, decoder: new Decoder(table, new Lexicon(), gazetteer) };
}
