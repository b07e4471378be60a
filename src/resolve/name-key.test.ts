import assert from "node:assert/strict";
import { test } from "node:test";
import { nameKey } from "./name-key.js";

test("folds case, diacritics, apostrophes and punctuation", () => {
  assert.equal(nameKey("Gaâfour"), nameKey("GAAFOUR"));
  assert.equal(nameKey("Mu'ammar al-Qadhdhafi"), "muammar al qadhdhafi");
  assert.equal(nameKey("  The Bardo  Museum "), "bardo museum");
});

test("keeps different names apart", () => {
  assert.notEqual(nameKey("Sousse"), nameKey("Sfax"));
});
