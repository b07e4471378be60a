import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, extractText, factsBy } from "./testing.js";

test("'N days after' counts back from the event the clause dated before it", () => {
  const x = extractText(
    "Suicide bombers struck five targets in Casablanca on Friday night, killing 33 people, four days after a blast at a compound in Riyadh killed 35.",
    "2003-05-17",
  );
  assertHas(x, "occurred_on(Casablanca attack → 2003-05-16)");
  assertHas(x, "occurred_on(Riyadh blast → 2003-05-12)");
});

test("a bounded span ('nearly three years after') fixes no date", () => {
  const x = extractText(
    "A bomb exploded at a market in Jaipur on Tuesday, killing 60 people, nearly three years after the bombings in Delhi.",
    "2008-05-14",
  );
  assert.deepEqual(factsBy(x, "occurred_on"), ["Jaipur bombing → 2008-05-13"]);
});
