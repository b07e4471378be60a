import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText, factsBy } from "./testing.js";

// Clashes told only by their verb. Our own sentences about invented events.

const run = (text: string) => extractText(text, "2021-06-05");

test("armed sides or crowds that clashed in a place: the clashes there, dated, with their toll", () => {
  const x = run(
    "Security forces clashed with Islamic State fighters in Hawija on Thursday, leaving 12 dead.",
  );
  assertHas(x, "occurred_at(Hawija clashes → Hawija)");
  assertHas(x, "occurred_on(Hawija clashes → 2021-06-03)");
  assertHas(x, "killed(Hawija clashes → 12)");
  const y = run("Herders and farmers clashed in the village of Kwall on Monday.");
  assertHas(y, "occurred_at(Kwall clashes → Kwall)");
  const z = run("Protesters clashed with police near Valparaiso on Tuesday.");
  assertHas(z, "occurred_at(Valparaiso clashes → Valparaiso)");
});

test("no side perpetrates clashes", () => {
  const x = run("Rebels clashed with government troops near Goma on Thursday.");
  assert.equal(factsBy(x, "perpetrated").length, 0);
});

test("a quarrel, an intent or a clash with no place is no event", () => {
  assertLacks(run("The two candidates clashed over taxes in a debate in Lagos on Thursday."), /clashes/);
  assertLacks(run("The minister clashed with union leaders in Paris on Thursday."), /clashes/);
  assertLacks(run("Rebels threatened to clash with troops in Goma."), /clashes/);
  assertLacks(run("Farmers clashed with officials over land prices in Accra on Tuesday."), /clashes/);
  assertLacks(run("Rebels clashed with troops on Thursday, the army said."), /clashes/);
});
