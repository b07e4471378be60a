import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { readConllFile, readCorpus } from "./corpus.js";
import { evaluate } from "./evaluate.js";
import { buildGazetteerEntries } from "./gazetteer-sources.js";
import { loadNerModel } from "./index.js";

// The shared training data lives beside the checkout (../shared/data) and is never committed.
const DATA = fileURLToPath(new URL("../../../../shared/data/", import.meta.url));
const CONLL_DEV = `${DATA}conll2003/eng.testa`;
const GMB = `${DATA}gmb/ner_dataset.conll`;
const skipConll = existsSync(CONLL_DEV)
  ? false
  : `skipped: ${CONLL_DEV} is absent (see ../shared/data/README.md)`;
const skipGmb = existsSync(GMB) ? false : `skipped: ${GMB} is absent (see ../shared/data/README.md)`;

describe("shipped NER models on their development sets", () => {
  it("conll model: entity F1 >= 0.90 on CoNLL-2003 dev", { skip: skipConll }, () => {
    const { result } = evaluate(loadNerModel("conll"), readConllFile(CONLL_DEV));
    assert.ok(result.overall.f1 >= 0.9, `F1 ${result.overall.f1}`);
  });

  it("gmb model: entity F1 >= 0.84 on the GMB dev split", { skip: skipGmb }, () => {
    const dev = readCorpus("gmb", DATA, buildGazetteerEntries()).dev;
    const { result } = evaluate(loadNerModel("gmb"), dev);
    assert.ok(result.overall.f1 >= 0.84, `F1 ${result.overall.f1}`);
  });
});
