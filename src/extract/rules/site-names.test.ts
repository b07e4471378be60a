import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText, factsBy } from "./testing.js";

// Vehicles, headquarters and building names the name finder cuts short; places reached through "the
// <adjective> town of X"; possessives with an adjective. Our own sentences about public facts.

const facility = (x: ReturnType<typeof extractText>, text: string) => {
  const found = x.mentions.find((m) => m.text === text);
  return found && x.entities.find((e) => e.key === found.entity)?.type;
};

test("a vehicle is a facility, named with its route, and the scene when nothing places it further", () => {
  const x = extractText(
    "A man attacked passengers on a regional train near Salez with a knife on Saturday.",
    "2016-08-14",
  );
  assert.equal(facility(x, "a regional train"), "facility");
  assert.equal(facility(x, "regional train near Salez"), "facility");
  // A vehicle lies in no place: "near" is proximity, and a train moves.
  assertLacks(x, /located_in\(regional train/);
  const y = extractText(
    "Police charged a teenager over the attack on a District line train, which injured 30 people.",
    "2017-09-20",
  );
  assert.ok(
    factsBy(y, "occurred_at").some((f) => f.endsWith("→ District line train")),
    factsBy(y, "occurred_at").join("\n"),
  );
});

test("a vehicle in a named place leaves the place to the event", () => {
  const x = extractText(
    "A suicide bomber killed 26 people on a bus on Jaffa Road in Jerusalem on Sunday.",
    "1996-02-26",
  );
  assert.equal(facility(x, "a bus"), "facility");
  assertLacks(x, /occurred_at\([^)]*→ bus\)/);
  assertLacks(x, /located_in\(bus/);
});

test("a flight number names a flight; a vehicle word as a modifier names none", () => {
  const x = extractText("The passengers of Flight 93 fought the hijackers.", "2001-09-12");
  assert.equal(facility(x, "Flight 93"), "facility");
  const y = extractText(
    "He was arrested at the bus station after a plane crash disrupted the airport.",
    "2016-01-01",
  );
  // "the bus station" is a station (the site rules' own), not a bus.
  assert.ok(!y.entities.some((e) => /(?:bus|plane)$/.test(e.name)), y.entities.map((e) => e.name).join("; "));
});

test("the headquarters of a named body is a facility in the place after it", () => {
  const x = extractText(
    "Gunmen attacked the headquarters of the NDS intelligence agency in Kabul on Monday.",
    "2016-04-19",
  );
  assertHas(x, "located_in(headquarters of the NDS intelligence agency → Kabul)");
  const y = extractText("He spoke at the headquarters of his family in Kabul.", "2016-04-19");
  assertLacks(y, /headquarters/);
});

test("a building's name cut short by the finder is made whole", () => {
  const x = extractText(
    "Two men drove a burning car into the doors of the main terminal at Brussels Airport on Tuesday.",
    "2016-03-22",
  );
  assert.equal(facility(x, "Brussels Airport"), "facility");
});

test("a site in 'the <adjective> town of X' lies in X", () => {
  const x = extractText(
    "A man stabbed two tourists at a hotel in the Red Sea resort town of Hurghada on Friday.",
    "2017-07-15",
  );
  assertHas(x, "located_in(hotel in the Red Sea resort town of Hurghada → Hurghada)");
  assert.equal(facility(x, "a hotel"), "facility");
  const y = extractText(
    "Salah Abdeslam was arrested in a flat in the Molenbeek district of Brussels on Friday.",
    "2016-03-19",
  );
  assertHas(y, "located_in(flat in the Molenbeek district of Brussels → Molenbeek district)");
  // "near" and "outside" still give no containment.
  const z = extractText("A bomb went off near a hotel outside the coastal town of Hurghada.", "2017-07-15");
  assertLacks(z, /located_in\(hotel/);
});

test("a town's possessive owns the place after an adjective of standing, and its main square", () => {
  const x = extractText("Protesters gathered in Moscow's historic Red Square on Sunday.", "2017-03-27");
  assertHas(x, "located_in(Red Square → Moscow)");
  const y = extractText("A car bomb exploded on Kano's main square on Friday.", "2014-11-28");
  assertHas(y, "located_in(Kano's main square → Kano)");
  assert.equal(facility(y, "Kano's main square"), "location");
  // A country owns no square by possession ("Britain's old ties").
  const z = extractText("Britain's old Suez policy was debated in parliament.", "2014-11-28");
  assertLacks(z, /located_in/);
});

test("a named intersection is a place", () => {
  const x = extractText("The bomb exploded at the busy Lat Phrao intersection in Bangkok.", "2015-08-18");
  assertHas(x, "located_in(Lat Phrao intersection → Bangkok)");
});

test("a named station right after a verb is one site; a town the gazetteer knows stays a town", () => {
  const x = extractText(
    "A powerful explosion has hit Oktyabrskaya metro station in central Minsk, witnesses said.",
    "2011-04-11",
  );
  assertHas(x, "occurred_at(Minsk explosion → Oktyabrskaya metro station)");
  assertHas(x, "located_in(Oktyabrskaya metro station → Minsk)");
  const y = extractText("A gunman opened fire in a historic Charleston church on Wednesday.", "2015-06-18");
  assert.ok(!y.entities.some((e) => e.type === "facility" && e.name.startsWith("Charleston")));
});
