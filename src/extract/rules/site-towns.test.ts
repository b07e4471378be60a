import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Events at sites, placed in the site's town too; sentences written for these tests.
const run = (text: string, published = "2019-04-02") => extractText(text, published);

test("an event at a site the sentence places in a town occurred in the town too", () => {
  const x = run("A car bomb exploded outside the Norwegian embassy in Oslo on Monday, killing four people.");
  assertHas(x, "located_in(Norwegian embassy → Oslo)");
  assertHas(x, "occurred_at(Norwegian embassy bombing → Norwegian embassy)");
  assertHas(x, "occurred_at(Norwegian embassy bombing → Oslo)");
  const y = run("A gunman opened fire in a supermarket in Dayton on Saturday, killing six people.");
  assertHas(y, "occurred_at(Dayton attack → supermarket in Dayton)");
  assertHas(y, "occurred_at(Dayton attack → Dayton)");
});

test("only the containment its own sentence states: the town of an earlier sentence is not taken", () => {
  const x = run(
    "The Norwegian embassy in Oslo had been warned in March. On Monday a car bomb exploded outside the Norwegian embassy, killing four people.",
  );
  assertHas(x, "located_in(Norwegian embassy → Oslo)");
  assertLacks(x, /^occurred_at\(.* → Oslo\)$/);
});

test("the smallest place the site lies in, not the country beyond it", () => {
  const x = run("A bomb exploded at a café in Marrakesh, Morocco, on Thursday, killing 17 people.");
  assertHas(x, "occurred_at(Marrakesh bombing → Marrakesh)");
  assertLacks(x, /^occurred_at\(.* → Morocco\)$/);
});
