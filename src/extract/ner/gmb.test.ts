import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mapGmbSentence, splitGmb } from "./gmb.js";

describe("GMB mapping", () => {
  it("maps GMB types to CoNLL's, gpe by whether the word is a place", () => {
    const isPlace = (w: string): boolean => w === "Nepal";
    const out = mapGmbSentence(
      {
        words: ["Iraqi", "troops", "left", "Nepal", "on", "Monday", "with", "John", "Smith", "of", "Reuters"],
        tags: ["B-gpe", "O", "O", "B-gpe", "O", "B-tim", "O", "B-per", "I-per", "O", "B-org"],
      },
      isPlace,
    );
    assert.deepEqual(out.tags, ["B-MISC", "O", "O", "B-LOC", "O", "O", "O", "B-PER", "I-PER", "O", "B-ORG"]);
  });

  it("splits into fixed blocks, dropping the cut-off last sentence and duplicates", () => {
    const sentence = (w: string) => ({ words: [w], tags: ["O"] });
    const sentences = Array.from({ length: 45 }, (_, i) => sentence(`s${i}`));
    sentences.splice(10, 0, sentence("s3")); // a duplicate
    const { train, dev } = splitGmb([{ sentences }], () => false, { blockSize: 10, devEvery: 2 });
    // 46 - 1 cut off - 1 duplicate = 44 sentences in blocks of 10: blocks 0, 2, 4 train; 1, 3 dev.
    assert.deepEqual(
      train.map((d) => d.sentences.length),
      [10, 10, 4],
    );
    assert.deepEqual(
      dev.map((d) => d.sentences[0]!.words[0]),
      ["s10", "s30"],
    );
  });
});
