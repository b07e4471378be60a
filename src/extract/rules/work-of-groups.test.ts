import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// "The work of" an unnamed collective, on sentences written for these tests.
const run = (text: string) => extractText(text, "2019-03-04");

test("blasts said to be the work of counted bombers were carried out by them", () => {
  const x = run(
    "LAHORE, March 3 - Two explosions tore through a crowded market in Lahore on Sunday, killing 23 people, police said. A police spokesman said the blasts were the work of two suicide bombers.",
  );
  assertHas(x, "perpetrated(two suicide bombers → Lahore explosion)");
});

test("an event called the work of terrorists makes the terrorists a group that carried it out", () => {
  const x = run("President Ghani called the bombing of the Kabul wedding hall the work of terrorists.");
  assertHas(x, "perpetrated(terrorists → Kabul bombing)");
});

test("the work of men or of a named gang makes no group of attackers", () => {
  const x = run(
    "The police chief said the attack was the work of men who had come from the north. Officials said the fire at the market was the work of a criminal gang.",
  );
  assertLacks(x, /^perpetrated\(/);
});
