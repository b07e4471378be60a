import assert from "node:assert/strict";
import { test } from "node:test";
import { objectVictim, ordinalVictim } from "./single-victims.js";
import { assertHas, assertLacks, extractText } from "./testing.js";

const words = (s: string): string[] => s.toLowerCase().split(" ");

test("an ordinal after 'and' is one further victim", () => {
  const w = words("two guards were shot dead and a third was badly wounded");
  assert.equal(ordinalVictim(w, w.indexOf("wounded"))?.value, 1);
  // Without the conjunction the ordinal is no count of its own.
  const v = words("the third was badly wounded");
  assert.equal(ordinalVictim(v, v.indexOf("wounded")), undefined);
  const x = extractText(
    "A gunman opened fire at a café in Hamburg on Monday, in which two people were killed and a third seriously wounded.",
    "2019-02-12",
  );
  assertHas(x, "wounded(Hamburg attack → 1)");
});

test("a single victim after a killing verb is a toll of one", () => {
  const excluded = (w: string) => w === "gunman" || w === "suspect";
  assert.equal(objectVictim(words("killed a customs officer"), ["killed"], 1, excluded)?.value, 1);
  assert.equal(objectVictim(words("killed a suspect"), ["killed"], 1, excluded), undefined);
  assert.equal(objectVictim(words("killed a couple"), ["killed"], 1, excluded), undefined);
  assert.equal(objectVictim(words("killed a further 12"), ["killed"], 1, excluded), undefined);
  const x = extractText(
    "A car bomb exploded in Bilbao on Monday. The blast killed a member of the Civil Guard.",
    "2001-03-12",
  );
  assertHas(x, "killed(Bilbao bombing → 1)");
  const y = extractText(
    "A car bomb exploded in Bilbao on Monday. Police later killed a suspect.",
    "2001-03-12",
  );
  assertLacks(y, /killed\(.* → 1\)/);
});

test("an age in front of a single victim's noun keeps the toll ('A 15-year-old girl was wounded')", () => {
  const x = extractText(
    "A gunman opened fire outside a school in Marseille on Tuesday. A 15-year-old girl was seriously wounded in the attack.",
    "2019-02-12",
  );
  assertHas(x, "wounded(Marseille attack → 1)");
});

test("one victim after 'shot dead' or 'gunned down'", () => {
  const excluded = (w: string) => w === "suspect";
  const words = (s: string) => s.split(" ");
  assert.equal(objectVictim(words("shot dead a local councillor"), ["shot", "dead"], 2, excluded)?.value, 1);
  assert.equal(objectVictim(words("gunned down a judge"), ["gunned", "down"], 2, excluded)?.value, 1);
  assert.equal(objectVictim(words("shot dead a suspect"), ["shot", "dead"], 2, excluded), undefined);
  assert.equal(objectVictim(words("shot at a car"), ["shot", "at"], 2, excluded), undefined);
  assert.equal(objectVictim(words("police shot dead a man"), ["shot", "dead"], 3, excluded), undefined);
  assertHas(
    extractText("Gunmen shot dead a local councillor in Kidal on Friday.", "2021-06-05"),
    "killed(Kidal attack → 1)",
  );
});
