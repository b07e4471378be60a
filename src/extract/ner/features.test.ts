import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { documentCase, makeLexeme, shapes } from "./features.js";
import { buildGazetteer, GAZETTEER_TYPES, matchGazetteer } from "./gazetteer.js";

describe("word features", () => {
  it("computes long and short word shapes", () => {
    assert.deepEqual(shapes("Rezgui"), ["Xxxxx", "Xx"]);
    assert.deepEqual(shapes("U.S."), ["X.X.", "X.X."]);
    assert.deepEqual(shapes("23-year-old"), ["dd-xxxx-xxx", "d-x-x"]);
    assert.deepEqual(shapes("Médenine"), ["Xxxxx", "Xx"]);
    assert.deepEqual(shapes("قال"), ["aaa", "a"]);
  });

  it("flags capitalisation", () => {
    assert.equal(makeLexeme("Tunis").capital, true);
    assert.equal(makeLexeme("TUNIS").allCaps, true);
    assert.equal(makeLexeme("tunis").capital, false);
    assert.equal(makeLexeme("1,200").hasLetter, false);
  });

  it("records how a word is written across a document", () => {
    const doc = [
      ["TUNIS", "ATTACK"].map(makeLexeme),
      ["Police", "in", "Tunis", "saw", "the", "attack"].map(makeLexeme),
    ];
    const seen = documentCase(doc);
    assert.equal(seen.get("tunis"), 1); // title case inside a sentence
    assert.equal(seen.get("attack"), 2); // lowercase
    assert.equal(seen.get("police"), undefined); // only sentence-initial
  });
});

describe("gazetteer matching", () => {
  const country = 1 << GAZETTEER_TYPES.indexOf("country");
  const city = 1 << GAZETTEER_TYPES.indexOf("city");
  const gaz = buildGazetteer([
    ["United States", country],
    ["United States of America", country],
    ["Sousse", city],
  ]);
  const match = (words: string[]) => [
    ...matchGazetteer(
      gaz,
      words,
      words.map((w) => w.toLowerCase()),
    ),
  ];

  it("marks the longest match with B, I, L, U positions", () => {
    const c = GAZETTEER_TYPES.indexOf("country") * 4;
    assert.deepEqual(match(["the", "United", "States", "of", "America", "and", "Sousse"]), [
      0,
      1 << c,
      1 << (c + 1),
      1 << (c + 1),
      1 << (c + 2),
      0,
      1 << (GAZETTEER_TYPES.indexOf("city") * 4 + 3),
    ]);
  });

  it("ignores lowercase words", () => {
    assert.deepEqual(match(["sousse", "united", "states"]), [0, 0, 0]);
  });
});
