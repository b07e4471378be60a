import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText, factsOf } from "./testing.js";

test("a past attack told after 'where' is its own background event and takes its own toll", () => {
  const x = extractText(
    "Two car bombs exploded on Saturday at the Zobe junction, where a truck bomb killed more than 500 people in October 2017.",
    "2022-11-01",
  );
  const all = factsOf(x);
  assert.ok(
    all.some((f) => /^occurred_on\(2017 .*bombing → 2017-10\)/.test(f)),
    all.join("\n"),
  );
  assert.ok(
    all.some((f) => /^killed\(2017 .*bombing → 501\)/.test(f)),
    all.join("\n"),
  );
  assert.ok(
    all.some((f) => /^occurred_at\(2017 .*bombing → Zobe junction\)/.test(f)),
    all.join("\n"),
  );
  // The news keeps its own date and gets none of the past attack's figures.
  assertHas(x, "occurred_on(Zobe junction bombing → 2022-10-29)");
  assertLacks(x, /^killed\(Zobe junction bombing/);
});

test("an indefinite attack dated in the report's own year is no past event", () => {
  const x = extractText(
    "Police said a car bomb exploded outside a hotel in Mogadishu on Saturday, killing nine people.",
    "2022-11-01",
  );
  assertLacks(x, /^\S+\(20\d\d /);
  assert.ok(
    factsOf(x).some((f) => /^killed\(.* → 9\)/.test(f)),
    factsOf(x).join("\n"),
  );
});

test("an adjective between a town's possessive and its site is stepped over: the site is the scene", () => {
  const x = extractText(
    "A suicide bomber blew himself up in Istanbul's historic Sultanahmet Square on Tuesday, killing ten people.",
    "2016-01-13",
  );
  assert.ok(
    factsOf(x).some((f) => /^occurred_at\(.* → Sultanahmet Square\)/.test(f)),
    factsOf(x).join("\n"),
  );
  assertLacks(x, /^occurred_at\(.* → Istanbul\)/);
  // A possessive with no site after it leaves the town the scene.
  const y = extractText(
    "A gunman opened fire in Istanbul's old quarter on Tuesday, killing two people.",
    "2016-01-13",
  );
  assert.ok(
    factsOf(y).some((f) => /^occurred_at\(.* → Istanbul\)/.test(f)),
    factsOf(y).join("\n"),
  );
});

test("a past year's definite event placed past its object is history of its own, with its own toll", () => {
  const x = extractText(
    "Gunmen killed 12 people in Kidal on Friday. The attack came two years after the 2019 bombing of the Easter churches in Colombo, which killed 260 people.",
    "2021-06-05",
  );
  assertHas(x, "occurred_at(2019 Colombo bombing → Colombo)");
  assertHas(x, "killed(2019 Colombo bombing → 260)");
  assertLacks(x, /killed\(Kidal attack → 260\)/);
  // The sentence's own toll comes first: no past event is made to take it.
  const y = extractText(
    "Gunmen killed 12 people in Kidal on Friday, two years after the 2019 attack on an army base in Boulkessi.",
    "2021-06-05",
  );
  assertHas(y, "killed(Kidal attack → 12)");
  assertLacks(y, /2019 Boulkessi/);
});
