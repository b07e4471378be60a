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

test("a span counts from the clause's date a few words before it", () => {
  const x = extractText(
    "The government opened a memorial in Colombo on Monday, six months to the day after the bombings.",
    "2019-10-22",
  );
  assert.ok(
    factsBy(x, "occurred_on").some((f) => /bombing → 2019-04-21$/.test(f)),
    factsBy(x, "occurred_on").join("\n"),
  );
  // Not across a second clause: "and" opens another act with a time of its own.
  const y = extractText(
    "The court met in Colombo on Monday and heard the case, six months after the bombings.",
    "2019-10-22",
  );
  assert.ok(
    !factsBy(y, "occurred_on").some((f) => /bombing → 2019-04/.test(f)),
    factsBy(y, "occurred_on").join("\n"),
  );
});

test("a weekday in a clause told in the future counts back to no day", () => {
  const x = extractText(
    "The president will visit Kidal on Monday, three days after the attack that killed nine people.",
    "2021-06-05",
  );
  assert.deepEqual(factsBy(x, "occurred_on"), []);
  const y = extractText(
    "The president visited Kidal on Monday, three days after the attack that killed nine people.",
    "2021-06-08",
  );
  assertHas(y, "occurred_on(attack → 2021-06-04)");
});
