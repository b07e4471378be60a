import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, extractText, factsBy } from "./testing.js";

test("'Two days later' dates the next sentence's event from the event dated before it", () => {
  const x = extractText(
    "A suicide bomber killed 14 people at a market in Maiduguri on Tuesday, 4 March. Two days later, gunmen attacked a police station in Damaturu, killing three officers.",
    "2025-03-10",
  );
  assertHas(x, "occurred_on(Damaturu attack → 2025-03-06)");
});

test("'The previous day' counts one day back", () => {
  const x = extractText(
    "Gunmen stormed a hotel in Mogadishu on 12 August. The previous day, a car bomb exploded near the port, killing five people.",
    "2024-08-14",
  );
  assert.ok(
    factsBy(x, "occurred_on").some((f) => /bomb.* → 2024-08-11$/.test(f)),
    factsBy(x, "occurred_on").join("\n"),
  );
});

test("'Hours later' keeps the anchor's day", () => {
  const x = extractText(
    "A bomb exploded at a bus station in Kano on 3 May. Hours later, gunmen attacked a church in Zaria.",
    "2024-05-06",
  );
  assertHas(x, "occurred_on(Zaria attack → 2024-05-03)");
});

test("a month-level anchor gives no day", () => {
  const x = extractText(
    "A bomb exploded at a bus station in Kano in May. Two days later, gunmen attacked a church in Zaria.",
    "2024-07-06",
  );
  assert.ok(
    !factsBy(x, "occurred_on").some((f) => f.startsWith("Zaria")),
    factsBy(x, "occurred_on").join("\n"),
  );
});

test("a bounded span is not a sequel", () => {
  const x = extractText(
    "A bomb exploded at a bus station in Kano on 3 May. About two days later, militants attacked a school in Kaduna.",
    "2024-05-10",
  );
  const facts = factsBy(x, "occurred_on");
  assert.ok(!facts.some((f) => f.startsWith("Kaduna")), facts.join("\n"));
});

test("no dated event in the last two sentences: no date", () => {
  const x = extractText(
    "A bomb exploded at a bus station in Kano on 3 May. Officials met in Abuja. Schools were closed. Two days later, gunmen attacked a church in Zaria.",
    "2024-05-10",
  );
  assert.ok(
    !factsBy(x, "occurred_on").some((f) => f.startsWith("Zaria")),
    factsBy(x, "occurred_on").join("\n"),
  );
});

test("'Hours after the attack' takes the day of the attack dated before", () => {
  const x = extractText(
    "A suicide bomber attacked a market in Maiduguri on Tuesday, 4 March, killing 14 people. Hours after the attack, a second explosion hit a bus station in Kano.",
    "2025-03-10",
  );
  assertHas(x, "occurred_on(Kano explosion → 2025-03-04)");
});

test("'hours after' an event dated only to a month gives no day", () => {
  const x = extractText(
    "A suicide bomber attacked a market in Maiduguri in March, killing 14 people. Hours after the attack, a second explosion hit a bus station in Kano.",
    "2025-06-10",
  );
  assert.ok(
    !factsBy(x, "occurred_on").some((f) => f.startsWith("Kano")),
    factsBy(x, "occurred_on").join("\n"),
  );
});
