/**
 * Trains a named-entity model and writes it under src/extract/ner/models/.
 *
 *   npm run train:ner -- --data conll            # CoNLL-2003 train (research-only) → conll-en.ner.gz
 *   npm run train:ner -- --data gmb              # GMB train split (open licence)  → gmb-en.ner.gz
 *   options: --epochs N  --bits B  --prune W  --seeds S (mean of S models)  --passes 1|2  --folds K
 *            --out FILE  --data-dir DIR (default ../shared/data)
 */
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  type CorpusName,
  defaultDataDir,
  readCorpus,
  toTrainingDocuments,
} from "../src/extract/ner/corpus.js";
import { evaluate } from "../src/extract/ner/evaluate.js";
import { FEATURE_VERSION } from "../src/extract/ner/features.js";
import { buildGazetteer } from "../src/extract/ner/gazetteer.js";
import { buildGazetteerEntries } from "../src/extract/ner/gazetteer-sources.js";
import { makeModel, type NerModelMeta } from "../src/extract/ner/model.js";
import { parseModel, serializeModel } from "../src/extract/ner/model-file.js";
import type { WeightTable } from "../src/extract/ner/tagger.js";
import {
  DEFAULTS,
  type EpochReport,
  meanTable,
  trainStacked,
  trainTagger,
} from "../src/extract/ner/trainer.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const DATA: Record<CorpusName, { file: string; data: string; licence: string }> = {
  conll: {
    file: "conll-en.ner.gz",
    data: "CoNLL-2003 English training set (eng.train; Reuters Corpus Volume 1)",
    licence:
      "Research use only: trained on Reuters RCV1 text under the CoNLL-2003 / Reuters research licence",
  },
  gmb: {
    file: "gmb-en.ner.gz",
    data: "Groningen Meaning Bank NER corpus, fixed train split (src/extract/ner/gmb.ts)",
    licence:
      "Open: GMB annotations under ODbL 1.0 / DbCL 1.0 (public-domain VOA texts); gazetteers ODbL 1.0 and CC BY 4.0",
  },
};

function main(): void {
  const { values } = parseArgs({
    options: {
      data: { type: "string", default: "conll" },
      epochs: { type: "string" },
      bits: { type: "string" },
      passes: { type: "string", default: "1" },
      folds: { type: "string", default: "5" },
      seeds: { type: "string", default: "1" },
      prune: { type: "string" },
      out: { type: "string" },
      "data-dir": { type: "string" },
    },
  });
  const name = values.data as CorpusName;
  if (name !== "conll" && name !== "gmb") throw new Error(`--data ${values.data}: expected conll or gmb`);
  const options = {
    ...DEFAULTS,
    ...(values.epochs ? { epochs: Number(values.epochs) } : {}),
    ...(values.bits ? { bits: Number(values.bits) } : {}),
    ...(values.prune ? { prune: Number(values.prune) } : {}),
    folds: Number(values.folds),
  };
  const dataDir = values["data-dir"] ?? defaultDataDir(root);
  const out = values.out ?? join(root, "src", "extract", "ner", "models", DATA[name].file);

  const entries = buildGazetteerEntries();
  const gazetteer = buildGazetteer(entries);
  const corpus = readCorpus(name, dataDir, entries);
  const train = toTrainingDocuments(corpus.train);
  const tokens = train.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.length, 0), 0);
  console.log(`${name}: ${train.length} documents, ${tokens} tokens; ${entries.length} gazetteer entries`);

  const started = performance.now();
  const scratch = { ...DATA[name], name, featureVersion: FEATURE_VERSION, epochs: 0, trainedAt: "" };
  const onEpoch = (pass: number, report: EpochReport, first: WeightTable | undefined): void => {
    const tables = first === undefined ? [report.averaged()] : [first, report.averaged()];
    const dev = evaluate(makeModel(scratch, tables, entries), corpus.dev).result.overall;
    console.log(
      `pass ${pass + 1} epoch ${report.epoch}: ${report.mistakes} mistakes in ${report.tokens} tokens, ${report.seconds.toFixed(1)}s; dev F1 ${(100 * dev.f1).toFixed(2)}`,
    );
  };
  const seeds = Number(values.seeds);
  const trainOne = (seed: number): WeightTable => {
    const table = trainTagger(train, gazetteer, { ...options, seed }, (r) => onEpoch(0, r, undefined));
    console.log(`seed ${seed} trained`);
    return table;
  };
  const tables =
    values.passes === "1"
      ? [
          seeds === 1
            ? trainOne(options.seed)
            : meanTable(Array.from({ length: seeds }, (_, i) => trainOne(options.seed + i))),
        ]
      : trainStacked(train, gazetteer, options, (m) => console.log(m), onEpoch);
  const minutes = (performance.now() - started) / 60000;

  const meta: NerModelMeta = {
    name: `${name}-en`,
    data: DATA[name].data,
    licence: DATA[name].licence,
    featureVersion: FEATURE_VERSION,
    epochs: options.epochs,
    trainedAt: new Date().toISOString().slice(0, 10),
  };
  // Score the model as shipped (quantised), not the float weights.
  const shipped = parseModel(serializeModel(makeModel(meta, tables, entries)));
  const dev = evaluate(shipped, corpus.dev).result;
  meta.devF1 = Math.round(dev.overall.f1 * 10000) / 10000;
  const bytes = serializeModel(makeModel(meta, tables, entries));
  writeFileSync(out, bytes);
  console.log(
    `trained in ${minutes.toFixed(1)} min; ${tables.map((t) => t.weights.length / 17).join(" + ")} rows; wrote ${out} (${(bytes.length / 1e6).toFixed(1)} MB)`,
  );
  for (const [type, s] of Object.entries(dev.byType)) {
    console.log(
      `  ${type.padEnd(5)} P ${(100 * s.precision).toFixed(2)}  R ${(100 * s.recall).toFixed(2)}  F1 ${(100 * s.f1).toFixed(2)}`,
    );
  }
  console.log(
    `  all   P ${(100 * dev.overall.precision).toFixed(2)}  R ${(100 * dev.overall.recall).toFixed(2)}  F1 ${(100 * dev.overall.f1).toFixed(2)}`,
  );
}

main();
