import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// An event phrase followed by where it happened; sentences written for these tests.
const run = (text: string, published = "2021-06-05") => extractText(text, published);

test("a definite or possessive event phrase is placed by the locative phrase after it", () => {
  const x = run("Saturday's bombing outside Izmir's main bus terminal killed 14 people.");
  assertHas(x, "occurred_at(Izmir bombing → Izmir's main bus terminal)");
  assertHas(x, "occurred_at(Izmir bombing → Izmir)");
  const y = run("The explosion outside the French embassy in Tripoli wounded two guards on Tuesday.");
  assertHas(y, "occurred_at(Tripoli explosion → French embassy)");
  assertHas(y, "occurred_at(Tripoli explosion → Tripoli)");
});

test("a part of a site before the site gives the site", () => {
  const x = run(
    "Three guards were hurt in the blast near the main gate of the airport in Kismayo on Monday.",
  );
  assertHas(x, "occurred_at(Kismayo blast → airport in Kismayo)");
  assertHas(x, "occurred_at(Kismayo blast → Kismayo)");
});

test("a site near or outside a town places the event at the town as well", () => {
  const x = run(
    "Rebels launched an attack on an army checkpoint outside Goma on Sunday, killing two soldiers.",
  );
  assertHas(x, "occurred_at(Goma attack → army checkpoint outside Goma)");
  assertHas(x, "occurred_at(Goma attack → Goma)");
});

test("no place from a saying, a date or a place that is no locative phrase's", () => {
  const x = run("Officials in Nairobi said the bombing had killed four people in Mandera on Friday.");
  assertLacks(x, /^occurred_at\(.* → Nairobi\)$/);
  const y = run("The attack on Friday was the worst since the bombing in Kampala last year.");
  assertLacks(y, /^occurred_at\(.*attack → Kampala\)$/);
  const w = run("The wounded from the blast were taken to a hospital in Mombasa.");
  assertLacks(w, /^occurred_at\(.* → .*Mombasa\)$/);
});

test("a locative aside or a relative clause of place after the event phrase places it", () => {
  const x = run("The attack, at a market in Damasak, killed 12 people on Sunday.");
  assertHas(x, "occurred_at(attack → market in Damasak)");
  assertHas(x, "occurred_at(attack → Damasak)");
  const y = run("The bombing, which took place outside a bank in Kandahar, killed 30 people.");
  assertHas(y, "occurred_at(Kandahar bombing → bank in Kandahar)");
  assertHas(y, "occurred_at(Kandahar bombing → Kandahar)");
  const z = run("The attack, officials in Kabul said, killed nine people in Ghazni.");
  assertLacks(z, /^occurred_at\(.* → Kabul\)$/);
});

test("a phrase referring back to an event placed in another town does not move it", () => {
  const x = run(
    "Gunmen killed 30 people in Mandera in April. Mourners remembered the victims of the massacre at a church in Nairobi on Sunday.",
  );
  assertLacks(x, /^occurred_at\(.* → (?:church in )?Nairobi\)$/);
});

test("a site in no known town after a second event phrase does not move an event already placed", () => {
  const x = extractText(
    "US officials said Chouchane was suspected of involvement in the Bardo Museum attack in March 2015 and the shootings at a beach hotel near Sousse in June.",
    "2016-02-20",
  );
  assertLacks(x, /^occurred_at\(Bardo Museum attack → (?:Sousse|beach hotel)/);
});
