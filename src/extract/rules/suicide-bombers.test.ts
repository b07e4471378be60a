import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Groups of suicide bombers, on sentences written for these tests.
const run = (text: string) => extractText(text, "2019-03-04");

test("suicide bombers counted among the dead carried out the attack", () => {
  const x = run(
    "Two explosions ripped through a market in Kano on Monday, killing 30 people, including two suicide bombers, police said.",
  );
  assertHas(x, "perpetrated(two suicide bombers → Kano explosion)");
});

test("would-be suicide bombers arrested after an attack did not carry it out", () => {
  const x = run(
    "Two explosions ripped through a market in Kano on Monday. Police in Kano arrested two would-be suicide bombers after the blasts at the market.",
  );
  assertLacks(x, /^perpetrated\(two would-be suicide bombers/);
});

test("suicide bombers in a sentence about two events are linked to neither", () => {
  const x = run(
    "Three suicide bombers were among the dead in the Kano market bombing, a week after the Maiduguri mosque attack killed 20 people.",
  );
  assertLacks(x, /^perpetrated\(three suicide bombers/);
});

test("bare suicide bombers in a threat are a group but did not carry out the attack named beside them", () => {
  const x = run(
    "The commander had threatened to meet the minister with suicide bombers, though his spokesman denied any part in last week's bombing in Kano.",
  );
  assert.ok(x.entities.some((e) => e.type === "group" && e.name === "suicide bombers"));
  assertLacks(x, /^perpetrated\(suicide bombers/);
});
