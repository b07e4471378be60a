import assert from "node:assert/strict";
import { test } from "node:test";
import { normalCaseName } from "./names.js";

test("a name in capitals takes the document's own spelling, else title case; acronyms stay", () => {
  const text =
    "GAÂFOUR - The family home stands in Gaâfour. LONDON/TUNIS, July 10 - Britain and the USA spoke.";
  assert.equal(normalCaseName("GAÂFOUR", text), "Gaâfour");
  assert.equal(normalCaseName("LONDON", text), "London");
  assert.equal(normalCaseName("PORT EL KANTAOUI", text), "Port El Kantaoui");
  assert.equal(normalCaseName("USA", text), "USA");
  assert.equal(normalCaseName("Sousse", text), "Sousse");
});
