import assert from "node:assert/strict";
import { test } from "node:test";
import { findDates } from "./dates.js";
import { assertHas, assertLacks, extractText, factsBy } from "./testing.js";

const times = (text: string, published: string | null): string[] =>
  findDates(text, 0, text.length, published).map((d) => `${d.value} ${d.time.from}..${d.time.to}`);

test("'overnight' alone is the night that ended on the report's day, dated by its first day", () => {
  assert.deepEqual(times("Gunmen killed 30 villagers overnight", "2021-06-05"), [
    "2021-06-04 2021-06-04..2021-06-05",
  ]);
  assert.deepEqual(times("in an overnight raid on the town", "2021-07-01"), [
    "2021-06-30 2021-06-30..2021-07-01",
  ]);
  assert.deepEqual(times("Gunmen killed 30 villagers overnight", null), []);
});

test("'overnight' with a weekday is the night that began that day; 'into' a weekday, the night before it", () => {
  assert.deepEqual(times("were detained overnight on Monday", "2021-06-05"), [
    "2021-05-31 2021-05-31..2021-06-01",
  ]);
  assert.deepEqual(times("struck overnight Thursday", "2021-06-05"), ["2021-06-03 2021-06-03..2021-06-04"]);
  assert.deepEqual(times("fighting overnight into Saturday", "2021-06-05"), [
    "2021-06-04 2021-06-04..2021-06-05",
  ]);
});

test("a part of a named weekday is that day; a night 'of Friday to Saturday' runs into the second", () => {
  assert.deepEqual(times("in the early hours of Sunday", "2021-06-05"), [
    "2021-05-30 2021-05-30..2021-05-30",
  ]);
  assert.deepEqual(times("on the night of Friday to Saturday", "2021-06-05"), [
    "2021-06-04 2021-06-04..2021-06-05",
  ]);
  assert.deepEqual(times("on the morning of Thursday", "2021-06-05"), ["2021-06-03 2021-06-03..2021-06-03"]);
});

test("an event told with 'overnight' or 'the early hours of' is dated by it", () => {
  const x = extractText(
    "Gunmen killed at least 30 villagers overnight in Kodyel, officials said on Saturday.",
    "2021-06-05",
  );
  assertHas(x, "occurred_on(Kodyel attack → 2021-06-04)");
  const y = extractText("Gunmen killed at least 30 villagers in an overnight raid on Kodyel.", "2021-06-05");
  assert.ok(
    factsBy(y, "occurred_on").some((f) => f.endsWith("→ 2021-06-04")),
    factsBy(y, "occurred_on").join("\n"),
  );
  const z = extractText(
    "In the early hours of Sunday, gunmen attacked a police post in Kidal, killing two officers.",
    "2021-06-05",
  );
  assertHas(z, "occurred_on(Kidal attack → 2021-05-30)");
  // The date of the saying is not the event's.
  assertLacks(x, /occurred_on\(Kodyel attack → 2021-06-05\)/);
});
