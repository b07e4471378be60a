import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Sentences written for these tests (none from the evaluation sets).
const run = (text: string) => extractText(text, "2019-05-10");

test("a country's name on a strike is the state, which carried the strike out", () => {
  const y = run("A US drone strike killed four militants near Jilib on Friday.");
  assert.ok(y.entities.some((e) => e.name === "US" && e.type === "organization"));
  assert.ok(
    y.statements.some(
      (s) =>
        s.predicate === "perpetrated" && y.entities.find((e) => e.key === s.subject)?.type === "organization",
    ),
  );
  assertLacks(y, /^occurred_at\(.* → US\)$/);
});

test("a country's officials speak for the state, and are no subject of the clause they report", () => {
  const x = run("US officials said the convoy was hit near Jilib.");
  assert.ok(x.entities.some((e) => e.name === "US" && e.type === "organization"));
  const y = run("Musa Garba, whom US officials say planned the attack in Jilib, was killed.");
  assertLacks(y, /^perpetrated\(US /);
});

test("a country as a place stays a location", () => {
  const x = run("Musa Garba moved to the US in 2010.");
  assertHas(x, "traveled_to(Musa Garba → US)");
  assert.ok(!x.entities.some((e) => e.name === "US" && e.type === "organization"));
});
