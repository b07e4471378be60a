import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// An indefinite event with no place, named as the cause of its clause's harm. Our own sentences.

const run = (text: string) => extractText(text, "2021-06-05");

test("'killed N in an attack' with no place still makes the report's event", () => {
  const x = run("Boko Haram fighters killed 20 people in an attack on Friday.");
  assertHas(x, "killed(attack → 20)");
  assertHas(x, "perpetrated(Boko Haram fighters → attack)");
  assertHas(x, "occurred_on(attack → 2021-06-04)");
  assertHas(run("Two soldiers were wounded in an ambush on Thursday."), "wounded(ambush → 2)");
});

test("an indefinite event harming no one, or after the report's event, makes none", () => {
  assertLacks(run("He took part in an attack on Friday."), /occurred_on\(attack/);
  const x = run(
    "Gunmen killed 12 people in Solhan on Friday. Two more soldiers were killed in an attack on Saturday.",
  );
  assertHas(x, "killed(Solhan attack → 2)");
  assertLacks(x, /killed\(attack → 2\)/);
});
