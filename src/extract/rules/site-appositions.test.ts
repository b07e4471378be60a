import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Names described in apposition by what they are, and places named after a site and "in". Our own
// sentences about public facts.

const typeOf = (x: ReturnType<typeof extractText>, name: string) =>
  x.entities.find((e) => e.name === name)?.type;

test("a name described as a site in apposition is that site, in the place its description gives", () => {
  const x = extractText(
    "A gunman who killed five people at Club Q, a nightclub in Colorado Springs, was arrested.",
    "2022-11-21",
  );
  assert.equal(typeOf(x, "Club Q"), "facility");
  assertHas(x, "located_in(Club Q → Colorado Springs)");
  // The description is a mention of the club, not a second site.
  assertLacks(x, /nightclub in Colorado Springs →/);
  assert.ok(x.mentions.some((m) => m.text === "a nightclub"));
});

test("a described name that the gazetteer knows as a town, or a place-like head, stays a place", () => {
  const x = extractText("Tourists fled Sousse, a beach resort in Tunisia, after the attack.", "2015-06-28");
  assert.equal(typeOf(x, "Sousse"), "location");
  const y = extractText("Ali Musa, a hotel worker in Sousse, hid guests in a kitchen.", "2015-06-28");
  assert.notEqual(typeOf(y, "Ali Musa"), "facility");
});

test("a name described as a district of the city is a place in the city the report is about", () => {
  const x = extractText(
    "The bombers lived in Casablanca. Police raided Sidi Moumen, a shantytown district of the city.",
    "2003-05-20",
  );
  assert.equal(typeOf(x, "Sidi Moumen"), "location");
  assertHas(x, "located_in(Sidi Moumen → Casablanca)");
});

test("a name after a site and 'in' is the place the site lies in", () => {
  const x = extractText(
    "Militants attacked the al-Nur mosque in Bir al-Salam, in North Sinai, during Friday prayers.",
    "2017-11-25",
  );
  assert.equal(typeOf(x, "Bir al-Salam"), "location");
  assertHas(x, "located_in(al-Nur mosque → Bir al-Salam)");
  assertHas(x, "located_in(Bir al-Salam → North Sinai)");
});
