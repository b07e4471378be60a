import assert from "node:assert/strict";
import { test } from "node:test";
import { betterName, canonicalName } from "./canonical-name.js";

test("normal case beats capitals, then the fuller name wins, else the name in place stays", () => {
  assert.equal(betterName("TUNIS", "Tunis"), "Tunis");
  assert.equal(betterName("Tunis", "TUNIS"), "Tunis");
  assert.equal(betterName("Rezgui", "Seifeddine Rezgui"), "Seifeddine Rezgui");
  assert.equal(betterName("Seifeddine Rezgui", "Seifiddine Rezgui"), "Seifeddine Rezgui");
  assert.equal(canonicalName(["SOUSSE attack", "Sousse attack"]), "Sousse attack");
  assert.equal(canonicalName(["ISIS"]), "ISIS");
});
