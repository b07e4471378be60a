import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { chunksOf, conlleval } from "./conlleval.js";

describe("chunksOf", () => {
  it("reads IOB1, where B- only separates two adjacent chunks of one type", () => {
    assert.deepEqual(chunksOf(["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG", "I-ORG"]), [
      { start: 0, end: 2, type: "PER" },
      { start: 2, end: 3, type: "PER" },
      { start: 4, end: 5, type: "LOC" },
      { start: 5, end: 7, type: "ORG" },
    ]);
  });

  it("reads IOB2 and BILOU the same way", () => {
    const expected = [
      { start: 0, end: 2, type: "ORG" },
      { start: 2, end: 3, type: "ORG" },
      { start: 4, end: 5, type: "MISC" },
    ];
    assert.deepEqual(chunksOf(["B-ORG", "I-ORG", "B-ORG", "O", "B-MISC"]), expected);
    assert.deepEqual(chunksOf(["B-ORG", "L-ORG", "U-ORG", "O", "U-MISC"]), expected);
  });

  it("starts a chunk at a stray I- and ends one at a change of type, as conlleval does", () => {
    assert.deepEqual(chunksOf(["O", "I-LOC", "B-PER", "I-LOC"]), [
      { start: 1, end: 2, type: "LOC" },
      { start: 2, end: 3, type: "PER" },
      { start: 3, end: 4, type: "LOC" },
    ]);
  });
});

describe("conlleval", () => {
  it("scores exact spans and types only", () => {
    // Gold (IOB1): [Peter Blackburn]PER [EU]ORG ; [Bonn]LOC [Paris]LOC as two adjacent LOC chunks.
    const gold = [
      ["I-PER", "I-PER", "O", "I-ORG", "O"],
      ["I-LOC", "B-LOC", "O"],
    ];
    // Predicted (IOB2): a correct PER, EU typed MISC, Bonn Paris merged into one LOC.
    const predicted = [
      ["B-PER", "I-PER", "O", "B-MISC", "O"],
      ["B-LOC", "I-LOC", "O"],
    ];
    const r = conlleval(gold, predicted);
    assert.equal(r.overall.gold, 4);
    assert.equal(r.overall.predicted, 3);
    assert.equal(r.overall.correct, 1);
    assert.equal(r.overall.precision, 1 / 3);
    assert.equal(r.overall.recall, 1 / 4);
    assert.ok(Math.abs(r.overall.f1 - (2 * (1 / 3) * (1 / 4)) / (1 / 3 + 1 / 4)) < 1e-12);
    assert.deepEqual(
      Object.fromEntries(Object.entries(r.byType).map(([k, s]) => [k, [s.gold, s.predicted, s.correct]])),
      { LOC: [2, 1, 0], MISC: [0, 1, 0], ORG: [1, 0, 0], PER: [1, 1, 1] },
    );
    assert.equal(r.tokens, 8);
    assert.equal(r.accuracy, 4 / 8); // conlleval compares the tag strings themselves
  });

  it("gives a perfect score to identical tags and zero, not NaN, to no chunks", () => {
    const tags = [["I-ORG", "O", "I-PER"]];
    assert.equal(conlleval(tags, tags).overall.f1, 1);
    assert.equal(conlleval([["O"]], [["O"]]).overall.f1, 0);
  });

  it("rejects sentences of different lengths", () => {
    assert.throws(() => conlleval([["O", "O"]], [["O"]]), RangeError);
  });
});
