import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Victims told at a site; sentences written for these tests.
const run = (text: string, published = "2021-06-05") => extractText(text, published);

test("the site the victims are told at is the scene of the report's event", () => {
  const x = run(
    "A bomb exploded in Kabul on Friday. Most of the victims at the Sayed ul-Shuhada school were girls.",
  );
  assertHas(x, "occurred_at(Kabul bombing → Sayed ul-Shuhada school)");
});

test("no scene from a hospital the victims were taken to", () => {
  const x = run(
    "A bomb exploded in Kabul on Friday, killing 20 people. The wounded at the Emergency hospital included four children.",
  );
  assertLacks(x, /^occurred_at\(.* → .*hospital\)$/);
});
