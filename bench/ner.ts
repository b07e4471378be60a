/**
 * Scores a named-entity model conlleval-style and measures its speed on one core.
 *
 *   npm run bench:ner                               # default model (conll) on the CoNLL-2003 dev set
 *   npm run bench:ner -- --model gmb --data gmb-dev # the open model on the GMB dev split
 *   npm run bench:ner -- --data FILE                # any CoNLL-format file (IOB1 or IOB2 tags, last column)
 *   options: --model conll|gmb|PATH  --data conll-dev|gmb-dev|FILE  --json OUT  --seconds S  --data-dir DIR
 *
 * Speed is tokens per second over whole passes of the data, repeated for at least --seconds, median pass
 * reported; "decode" tags pre-tokenised sentences, "end to end" also splits sentences, tokenises and
 * builds spans from plain text (the data's tokens joined by spaces, sentences by blank lines).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { LabelledDocument } from "../src/extract/ner/conll.js";
import { defaultDataDir, readConllFile, readCorpus } from "../src/extract/ner/corpus.js";
import { evaluate } from "../src/extract/ner/evaluate.js";
import { buildGazetteerEntries } from "../src/extract/ner/gazetteer-sources.js";
import { loadNerModel, recognize } from "../src/extract/ner/index.js";
import { tagWords } from "../src/extract/ner/model.js";
import { splitSentences } from "../src/extract/text/sentences.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function readData(data: string, dataDir: string): LabelledDocument[] {
  if (data === "conll-dev") return readConllFile(join(dataDir, "conll2003", "eng.testa"));
  if (data === "gmb-dev") return readCorpus("gmb", dataDir, buildGazetteerEntries()).dev;
  return readConllFile(data);
}

/** Median tokens/s over passes of `run`, repeated until `seconds` have elapsed (at least 3 passes). */
function rate(tokens: number, seconds: number, run: () => void): { median: number; passes: number } {
  const rates: number[] = [];
  const started = performance.now();
  while (rates.length < 3 || performance.now() - started < seconds * 1000) {
    const t0 = performance.now();
    run();
    rates.push(tokens / ((performance.now() - t0) / 1000));
  }
  rates.sort((a, b) => a - b);
  return { median: Math.round(rates[rates.length >> 1]!), passes: rates.length };
}

function pct(x: number): string {
  return (100 * x).toFixed(2).padStart(6);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      model: { type: "string", default: "conll" },
      data: { type: "string", default: "conll-dev" },
      json: { type: "string" },
      seconds: { type: "string", default: "3" },
      "data-dir": { type: "string" },
    },
  });
  const dataDir = values["data-dir"] ?? defaultDataDir(root);
  const loadStarted = performance.now();
  const model = loadNerModel(values.model);
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  const documents = readData(values.data, dataDir);
  const tokens = documents.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.words.length, 0), 0);

  const { result, seconds: coldSeconds } = evaluate(model, documents);
  const seconds = Number(values.seconds);
  const words = documents.map((d) => d.sentences.map((s) => s.words));
  const decode = rate(tokens, seconds, () => {
    for (const doc of words) tagWords(model, doc);
  });
  const texts = words.map((doc) => doc.map((s) => s.join(" ")).join("\n\n"));
  const endToEnd = rate(tokens, seconds, () => {
    for (const text of texts) recognize(model, text, splitSentences(text));
  });

  const modelName =
    values.model in { conll: 1, gmb: 1 } ? values.model : basename(values.model).split(".")[0]!;
  const dataName = ["conll-dev", "gmb-dev"].includes(values.data) ? values.data : basename(values.data);
  console.log(
    `model ${model.meta.name} (${model.meta.data}); data ${dataName}: ${documents.length} documents, ${tokens} tokens`,
  );
  console.log(
    `processed ${tokens} tokens with ${result.overall.gold} phrases; found: ${result.overall.predicted} phrases; correct: ${result.overall.correct}.`,
  );
  console.log(
    `accuracy: ${pct(result.accuracy)}%; precision: ${pct(result.overall.precision)}%; recall: ${pct(result.overall.recall)}%; FB1: ${pct(result.overall.f1)}`,
  );
  for (const [type, s] of Object.entries(result.byType)) {
    console.log(
      `${type.padStart(17)}: precision: ${pct(s.precision)}%; recall: ${pct(s.recall)}%; FB1: ${pct(s.f1)}  ${s.predicted}`,
    );
  }
  console.log(
    `speed (one core): decode ${decode.median} tokens/s (median of ${decode.passes} passes; first pass ${Math.round(tokens / coldSeconds)}), end to end ${endToEnd.median} tokens/s; model load ${loadSeconds.toFixed(2)} s`,
  );

  const out =
    values.json ??
    join(
      root,
      "bench",
      "results",
      `ner-${modelName}${values.data === "conll-dev" ? "" : `-${dataName}`}.json`,
    );
  mkdirSync(dirname(out), { recursive: true });
  const round = (x: number): number => Math.round(x * 10000) / 10000;
  const scores = (s: {
    precision: number;
    recall: number;
    f1: number;
    gold: number;
    predicted: number;
    correct: number;
  }) => ({
    precision: round(s.precision),
    recall: round(s.recall),
    f1: round(s.f1),
    gold: s.gold,
    predicted: s.predicted,
    correct: s.correct,
  });
  const report = {
    model: model.meta,
    data: dataName,
    documents: documents.length,
    tokens,
    accuracy: round(result.accuracy),
    overall: scores(result.overall),
    byType: Object.fromEntries(Object.entries(result.byType).map(([k, v]) => [k, scores(v)])),
    speed: {
      decodeTokensPerSecond: decode.median,
      endToEndTokensPerSecond: endToEnd.median,
      firstPassTokensPerSecond: Math.round(tokens / coldSeconds),
      modelLoadSeconds: round(loadSeconds),
      node: process.version,
      cpu: cpus()[0]?.model ?? "unknown",
    },
    date: new Date().toISOString(),
  };
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote ${out}`);
}

main();
