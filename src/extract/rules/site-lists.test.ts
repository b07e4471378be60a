import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Sites under one plural head, names split at a possessive, shared heads, districts and dates of
// one of several events. Our own sentences about invented attacks.

test("a name split at a possessive before a capitalised head is one facility", () => {
  const x = extractText(
    "A bomb exploded at St Brendan's Cathedral in Kandy on Sunday, killing 12 people.",
    "2021-05-03",
  );
  assertHas(x, "located_in(St Brendan's Cathedral → Kandy)");
  // A place's possessive owns the site; it is no part of its name.
  const y = extractText("Gunmen attacked Kenya's Parliament in Nairobi on Monday.", "2021-05-04");
  assertLacks(y, /Kenya's Parliament/);
});

test("names listed before a plural site head are sites, each in the town after 'all in'", () => {
  const x = extractText(
    "Sunday's bombings killed 40 people in Kandy. The Lotus, Palm Court and Hillcrest hotels, all in Kandy, were also struck.",
    "2021-05-03",
  );
  for (const hotel of ["Palm Court", "Hillcrest"]) {
    assertHas(x, `located_in(${hotel} → Kandy)`);
    assertHas(x, `occurred_at(Kandy bombing → ${hotel})`);
  }
  // Towns the gazetteer knows, listed before the head, are where the hotels are, not their names.
  const y = extractText("The Sousse and Monastir hotels were full this summer.", "2021-05-03");
  assertLacks(y, /located_in|occurred_at/);
});

test("'The churches hit were' lists the sites of the latest event and their towns", () => {
  const x = extractText(
    "Sunday's bombings killed 40 people. The churches hit were St Brendan's Church in Kandy and Grace Church in Galle, on the south coast.",
    "2021-05-03",
  );
  assertHas(x, "located_in(St Brendan's Church → Kandy)");
  assertHas(x, "located_in(Grace Church → Galle)");
  assertHas(x, "occurred_at(bombing → Galle)");
  // Without a participle of attack the list places no event.
  const y = extractText(
    "Sunday's bombings killed 40 people. The churches nearby were St Brendan's Church in Kandy and Grace Church in Galle.",
    "2021-05-03",
  );
  assertLacks(y, /occurred_at\(.* → Galle\)/);
});

test("a second head coordinated without an article belongs to the named site", () => {
  const x = extractText(
    "Police said 21 people had been killed in the siege of the Kestrelgate hotel and office complex in Kampala.",
    "2021-05-04",
  );
  assertHas(x, "located_in(Kestrelgate hotel and office complex → Kampala)");
  // "the complex" later is that site; "the X district of the capital" lies in the report's city.
  const y = extractText(
    "Police said 21 people had been killed in the siege of the Kestrelgate hotel and office complex in Kampala. The siege began with an explosion at the complex, in the Kololo district of the capital.",
    "2021-05-04",
  );
  assertHas(y, "located_in(Kestrelgate hotel and office complex → Kololo district)");
  assertHas(y, "located_in(Kololo district → Kampala)");
});

test("with two events in a sentence, a date dates the event right before it", () => {
  const x = extractText(
    "Police said the siege of the Riverside hotel in Kampala, which began on Tuesday with an explosion at the gate, was over.",
    "2021-05-06",
  );
  assertHas(x, "occurred_on(Riverside hotel siege → 2021-05-04)");
  // A date after a saying verb dates the saying, not an event.
  const y = extractText(
    "The siege of the Riverside hotel and the raid on a flat in Jinja were over, police said on Tuesday.",
    "2021-05-06",
  );
  assertLacks(y, /occurred_on/);
});

test("names listed before a plural site head after a preposition are sites, each a site of the event", () => {
  const x = extractText(
    "Two bombers blew themselves up at Kado and Lugbe Kuje stations on Monday, killing 40 people.",
    "2019-09-14",
  );
  for (const name of ["Kado", "Lugbe Kuje"])
    assert.equal(x.entities.find((e) => e.name === name)?.type, "facility", name);
  assertHas(x, "occurred_at(Kado attack → Lugbe Kuje)");
  // Two towns the gazetteer knows stay towns.
  const y = extractText("Security was tightened at Kano and Zaria stations on Monday.", "2019-09-14");
  assert.equal(y.entities.find((e) => e.name === "Kano")?.type, "location");
});

test("sites listed before their head are typed in time for the event that tore through them", () => {
  const x = extractText(
    "Two bomb blasts minutes apart tore through the Orion and Vega hotels in Abuja on Friday morning.",
    "2019-09-14",
  );
  assertHas(x, "occurred_at(Orion blast → Orion)");
  assertHas(x, "occurred_at(Orion blast → Vega)");
});
