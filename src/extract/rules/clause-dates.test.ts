import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, extractText, factsBy } from "./testing.js";

test("an event said to go on since a date began then", () => {
  const x = extractText(
    "Clashes between the army and rebels in Beni have continued since Friday, residents said.",
    "2021-06-05",
  );
  assertHas(x, "occurred_on(Beni clashes → 2021-06-04)");
  const y = extractText(
    "The fighting in Marib, which has raged since Tuesday, has killed at least 40 fighters.",
    "2021-06-05",
  );
  assertHas(y, "occurred_on(Marib fighting → 2021-06-01)");
});

test("a record or a toll counted since a date dates no event", () => {
  const x = extractText("Attacks by the group have killed more than 300 people since 2019.", "2021-06-05");
  assert.deepEqual(factsBy(x, "occurred_on"), []);
  const y = extractText("The siege in Bamako has been the longest in the country since 2015.", "2021-06-05");
  assert.deepEqual(factsBy(y, "occurred_on"), []);
  // An earlier date in the sentence may be the same event's end: the "since" is left alone.
  const z = extractText(
    "Special forces stormed a theatre in Moscow on Saturday, ending a siege by gunmen who had held 800 people hostage since Wednesday.",
    "2021-06-05",
  );
  assert.ok(
    !factsBy(z, "occurred_on").some((f) => f.endsWith("2021-06-02")),
    factsBy(z, "occurred_on").join("\n"),
  );
});

test("a 'when' clause added to a date tells of what happened then", () => {
  const x = extractText(
    "The attack was the worst in Kano since 2014, when a bombing at the central mosque killed 120 people.",
    "2021-06-05",
  );
  assert.ok(
    factsBy(x, "occurred_on").some((f) => /bombing → 2014$/.test(f)),
    factsBy(x, "occurred_on").join("\n"),
  );
  // An event further into the clause is not reached.
  const y = extractText(
    "Police said on Friday, when they had finished searching the houses of the men suspected in the attack, that two men were held.",
    "2021-06-05",
  );
  assert.deepEqual(factsBy(y, "occurred_on"), []);
});
