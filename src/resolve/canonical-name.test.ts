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

test("events keep the extractor's name; only capitals give way", () => {
  assert.equal(
    canonicalName(["Sousse attack", "June killings on the beach at Sousse"], { fuller: false }),
    "Sousse attack",
  );
  assert.equal(canonicalName(["SOUSSE attack", "Sousse attack"], { fuller: false }), "Sousse attack");
});
