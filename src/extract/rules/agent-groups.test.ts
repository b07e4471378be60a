import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Collectives named as an event's agents after "by", on sentences written for these tests.
const run = (text: string) => extractText(text, "2019-03-04");

test("a siege by a people's gunmen was carried out by them", () => {
  const x = run(
    "Soldiers stormed the Kano hotel on Sunday, ending a siege by Chadian gunmen who had held 40 guests hostage.",
  );
  assertHas(x, "perpetrated(Chadian gunmen → Kano hotel siege)");
});

test("an assault by two cousins makes the cousins a group that carried it out", () => {
  const x = run("The assault by two cousins from Sabon Gari on a church in Kano was planned for weeks.");
  assert.ok(x.entities.some((e) => e.type === "group" && e.name === "two cousins"));
  assertHas(x, "perpetrated(two cousins → attack)");
});

test("uncounted cousins, police or a named agency after 'by' make no group", () => {
  const x = run(
    "The attack on a church in Kano was condemned by cousins of the victims. The raid by police in Kano ended at noon.",
  );
  assertLacks(x, /^perpetrated\((?:cousins|police)/);
  assert.ok(!x.entities.some((e) => e.type === "group"));
});
