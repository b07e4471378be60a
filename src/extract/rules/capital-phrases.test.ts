import assert from "node:assert/strict";
import { test } from "node:test";
import { capitalOf } from "./place-gazetteer.js";
import { assertHas, assertLacks, extractText } from "./testing.js";

// A country's capital named by its country. Our own sentences.

test("the gazetteer knows a country's capital by the country's name or its people's adjective", () => {
  assert.equal(capitalOf("Afghanistan"), "Kabul");
  assert.equal(capitalOf("Malian"), "Bamako");
  assert.equal(capitalOf("Gaafour"), undefined);
});

test("an attack 'in Yemen's capital' is placed in the capital, in the report's own spelling", () => {
  const x = extractText(
    "SANAA, March 20 - Suicide bombers blew themselves up in two mosques in Yemen's capital on Friday, killing 137 people.",
    "2015-03-20",
  );
  assertHas(x, "occurred_at(Sanaa attack → Sanaa)");
  assertLacks(x, /^occurred_at\(.* → Yemen\)$/);
  assertHas(x, "located_in(Sanaa → Yemen)");
  const y = extractText(
    "A car bomb exploded in the Afghan capital on Monday, killing nine people.",
    "2017-06-01",
  );
  assertHas(y, "occurred_at(Kabul bombing → Kabul)");
});

test("'capital punishment' and 'the capital city' are no capital phrase", () => {
  const x = extractText("Yemen's capital punishment laws were debated in Aden.", "2015-03-20");
  assert.ok(!x.entities.some((e) => e.name === "Sana'a" || e.name === "Sanaa"));
});

test("a people's adjective in a settlement's description is no place: 'the eastern Saudi town of Qatif'", () => {
  const x = extractText(
    "At least 14 people were killed when a suicide bomber attacked a mosque in the eastern Saudi town of Qatif on Friday.",
    "2015-05-23",
  );
  assertHas(x, "occurred_at(Qatif attack → mosque in the eastern Saudi town of Qatif)");
  assertHas(x, "located_in(mosque in the eastern Saudi town of Qatif → Qatif)");
  assert.ok(!x.statements.some((s) => x.entities.find((e) => e.key === s.subject)?.name === "Saudi"));
  const y = extractText(
    "Gunmen attacked a hotel in the Somali capital on Sunday, killing 15 people.",
    "2016-06-02",
  );
  assert.ok(
    y.entities.some((e) => e.name === "Mogadishu"),
    y.entities.map((e) => e.name).join(", "),
  );
});

test("'the Ugandan capital, Kampala,' places the event in Kampala; a named country holds its capital", () => {
  const x = extractText(
    "Three bombs exploded in the Ugandan capital, Kampala, on Sunday, killing 74 people.",
    "2010-07-12",
  );
  assertHas(x, "occurred_at(Kampala bombing → Kampala)");
  const y = extractText(
    "Officials in Kenya said two bombs exploded in a market in Kenya's capital on Friday.",
    "2014-05-17",
  );
  assertHas(y, "located_in(Nairobi → Kenya)");
  const z = extractText("Three bombs exploded in the Ugandan capital, Kampala, on Sunday.", "2010-07-12");
  assertLacks(z, /^located_in\(Kampala/);
});
