import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// A toll goes to its own clause's event, not to a past event named as its time or to a second
// attack in another conjunct. Our own sentences.

const run = (text: string) => extractText(text, "2021-06-05");

test("a past event named as the time of a toll does not take it", () => {
  const x = run("Gunmen killed 12 people in Kidal on Friday, two years after the 2019 attack in Boulkessi.");
  assertHas(x, "killed(Kidal attack → 12)");
  assertLacks(x, /killed\(Boulkessi attack/);
  const y = run(
    "Gunmen killed 12 people in Kidal on Friday, the deadliest attack since the 2019 attack in Boulkessi.",
  );
  assertHas(y, "killed(Kidal attack → 12)");
  assertLacks(y, /killed\(Boulkessi attack/);
  const z = run("Two years after the 2019 attack in Boulkessi, gunmen killed 12 people in Kidal on Friday.");
  assertHas(z, "killed(Kidal attack → 12)");
  assertLacks(z, /killed\(Boulkessi attack/);
  const w = run("Gunmen killed 12 people in Kidal on Friday, a week after an attack in Boulkessi.");
  assertHas(w, "killed(Kidal attack → 12)");
  assertLacks(w, /killed\(Boulkessi attack/);
});

test("an anchored event keeps its own toll, and a death after an attack is the attack's", () => {
  const x = run(
    "Gunmen killed 12 people in Kidal on Friday, days after the 2019 attack in Boulkessi, which killed 40 soldiers.",
  );
  assertHas(x, "killed(Kidal attack → 12)");
  assertHas(x, "killed(Boulkessi attack → 40)");
  const y = run("Two soldiers died after an attack on their convoy near Kidal on Friday.");
  assertHas(y, "killed(Kidal attack → 2)");
  assertHas(run("The 2019 attack in Boulkessi killed 40 soldiers."), "killed(Boulkessi attack → 40)");
});

test("two conjuncts that each tell of an attack keep their tolls apart", () => {
  const x = run("Gunmen killed 12 people in Solhan on Friday and a bomb killed three in Gao on Saturday.");
  assertHas(x, "killed(Solhan attack → 12)");
  assertHas(x, "killed(Gao bombing → 3)");
  assertLacks(x, /killed\(Gao bombing → 12\)/);
  assertHas(x, "occurred_on(Gao bombing → 2021-06-05)");
  // One attack told in two conjuncts stays one.
  const y = run("Gunmen killed 12 people and wounded 20 in an attack on Solhan on Friday.");
  assertHas(y, "killed(Solhan attack → 12)");
  assertHas(y, "wounded(Solhan attack → 20)");
  const z = run("Gunmen killed 12 people in an attack on Solhan on Friday, and 20 others were wounded.");
  assertHas(z, "wounded(Solhan attack → 20)");
});
