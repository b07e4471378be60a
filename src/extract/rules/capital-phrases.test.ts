import assert from "node:assert/strict";
import { test } from "node:test";
import { capitalOf } from "./place-gazetteer.js";
import { assertHas, extractText } from "./testing.js";

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
  assert.ok(!x.statements.some((s) => x.entities.find((e) => e.key === s.object)?.name === "Yemen"));
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
