import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inputError } from "../../errors/errors.js";
import { type LabelledDocument, parseConll } from "./conll.js";
import { chunksOf } from "./conlleval.js";
import { buildGazetteer, GAZETTEER_TYPES, type GazetteerEntry } from "./gazetteer.js";
import { splitGmb } from "./gmb.js";
import { chunksToTags, NER_LABELS, type NerLabel } from "./labels.js";
import type { TrainingDocument } from "./trainer.js";

/**
 * The training and development corpora, read from the shared data folder (see ../shared/data/README.md).
 * Used by scripts/train-ner.ts and bench/ner.ts only; the recogniser itself reads no data.
 */
export type CorpusName = "conll" | "gmb";

export interface Corpus {
  train: LabelledDocument[];
  dev: LabelledDocument[];
}

/** The shared data folder: ../shared/data beside the repository root. */
export function defaultDataDir(root: string): string {
  return join(root, "..", "shared", "data");
}

export function readConllFile(path: string): LabelledDocument[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw inputError("TESSERA_UNREADABLE", path, "cannot read the CoNLL file", error);
  }
  return parseConll(text);
}

/** Reads one corpus; for GMB, applies the fixed split documented in gmb.ts. */
export function readCorpus(name: CorpusName, dataDir: string, gazetteer: readonly GazetteerEntry[]): Corpus {
  if (name === "conll") {
    return {
      train: readConllFile(join(dataDir, "conll2003", "eng.train")),
      dev: readConllFile(join(dataDir, "conll2003", "eng.testa")),
    };
  }
  const placeBits =
    (1 << GAZETTEER_TYPES.indexOf("country")) |
    (1 << GAZETTEER_TYPES.indexOf("capital")) |
    (1 << GAZETTEER_TYPES.indexOf("city-large")) |
    (1 << GAZETTEER_TYPES.indexOf("city")) |
    (1 << GAZETTEER_TYPES.indexOf("region"));
  const places = buildGazetteer(gazetteer).entries;
  const isPlace = (word: string): boolean => ((places.get(word.toLowerCase()) ?? 0) & placeBits) !== 0;
  return splitGmb(readConllFile(join(dataDir, "gmb", "ner_dataset.conll")), isPlace);
}

/** Gold chunks (conlleval semantics, any IOB flavour) as BILOU tag numbers for training. */
export function toTrainingDocuments(documents: readonly LabelledDocument[]): TrainingDocument[] {
  return documents.map((d) => ({
    sentences: d.sentences.map((s) => s.words),
    gold: d.sentences.map((s) =>
      chunksToTags(
        chunksOf(s.tags)
          .filter((c) => (NER_LABELS as readonly string[]).includes(c.type))
          .map((c) => ({ start: c.start, end: c.end, label: c.type as NerLabel })),
        s.words.length,
      ),
    ),
  }));
}
