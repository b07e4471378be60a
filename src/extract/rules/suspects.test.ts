import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Suspects of the report's one event, told in a later sentence; sentences written for these tests.
const run = (text: string) => extractText(text, "2021-06-05");

test("an apposed suspect of the report's one event is its perpetrator, hedged", () => {
  const x = run(
    "A bomb exploded at a market in Herat on Friday, killing 12 people. Police arrested a suspect, Wahid Noori, on Saturday.",
  );
  assertHas(x, "perpetrated(Wahid Noori → Herat bombing)");
  const perpetrated = x.statements.filter((s) => s.predicate === "perpetrated");
  assert.ok(perpetrated.length > 0 && perpetrated.every((s) => s.credibility === 4));
});

test("'X, who is suspected of planting the bomb' perpetrated the report's bombing", () => {
  const x = run(
    "A bomb exploded at a market in Herat on Friday, killing 12 people. Wahid Noori, who is suspected of planting the bomb, was arrested on Saturday.",
  );
  assertHas(x, "perpetrated(Wahid Noori → Herat bombing)");
});

test("an arrested person who is not called a suspect is no perpetrator; nor a suspect when two events were told", () => {
  const x = run(
    "A bomb exploded at a market in Herat on Friday, killing 12 people. Police arrested Wahid Noori on Saturday for throwing stones at officers.",
  );
  assertLacks(x, /^perpetrated\(Wahid Noori/);
  const y = run(
    "A bomb exploded at a market in Herat on Friday, killing 12 people. Police arrested a man, Wahid Noori, for obstructing officers.",
  );
  assertLacks(y, /^perpetrated\(Wahid Noori/);
  const z = run(
    "A bomb exploded at a market in Herat on Friday, killing 12 people. A gunman killed three people at a bank in Kandahar on Saturday. Police arrested a suspect, Wahid Noori, on Sunday.",
  );
  assertLacks(z, /^perpetrated\(Wahid Noori/);
});
