import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { splitSentences } from "../text/sentences.js";
import { buildGazetteer, GAZETTEER_TYPES } from "./gazetteer.js";
import { loadNerModel, recognize } from "./index.js";
import { chunksToTags } from "./labels.js";
import { makeModel, tagWords } from "./model.js";
import { parseModel, serializeModel } from "./model-file.js";
import { trainTagger } from "./trainer.js";

const TEXT =
  "Seifeddine Rezgui, a student from Gaafour, had trained in Libya, officials in Tunis said. " +
  "The United Nations condemned the attack in Sousse.";

describe("model file", () => {
  it("round-trips the shipped model with identical output", () => {
    const model = loadNerModel("conll");
    const copy = parseModel(serializeModel(model));
    assert.deepEqual(copy.meta, model.meta);
    assert.deepEqual(copy.tables[0]!.weights, model.tables[0]!.weights);
    const sentences = splitSentences(TEXT);
    assert.deepEqual(recognize(copy, TEXT, sentences), recognize(model, TEXT, sentences));
  });

  it("round-trips a freshly trained model", () => {
    const city = 1 << GAZETTEER_TYPES.indexOf("city");
    const entries: [string, number][] = [["Sousse", city]];
    const words = [
      ["Rezgui", "left", "Sousse", "."],
      ["Police", "in", "Sousse", "arrested", "Rezgui", "."],
    ];
    const gold = [
      chunksToTags(
        [
          { start: 0, end: 1, label: "PER" },
          { start: 2, end: 3, label: "LOC" },
        ],
        4,
      ),
      chunksToTags(
        [
          { start: 2, end: 3, label: "LOC" },
          { start: 4, end: 5, label: "PER" },
        ],
        6,
      ),
    ];
    const table = trainTagger([{ sentences: words, gold }], buildGazetteer(entries), {
      epochs: 5,
      bits: 16,
      seed: 1,
      prune: 0,
    });
    const meta = {
      name: "tiny",
      data: "two sentences",
      licence: "test",
      featureVersion: 1,
      epochs: 5,
      trainedAt: "",
    };
    const model = makeModel(meta, [table], entries);
    const copy = parseModel(serializeModel(model));
    assert.deepEqual(tagWords(copy, words), tagWords(model, words));
    assert.deepEqual(tagWords(copy, words), gold, "learns its two training sentences");
  });

  it("refuses bytes that are not a model", () => {
    assert.throws(() => parseModel(new Uint8Array([1, 2, 3])));
  });
});
