import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Unnamed sites described by free modifiers, named sites behind an adjective, and sites owned by a
// town. Our own sentences about public facts.

test("an unnamed site with free modifiers and a named place after it is a facility in that place", () => {
  const x = extractText(
    "Two attackers who killed 14 people at a social services centre in Kano were shot dead.",
    "2019-09-14",
  );
  assertHas(x, "located_in(social services centre in Kano → Kano)");
  const y = extractText("The ambassador was shot while speaking at an art gallery in Zaria.", "2019-09-14");
  assertHas(y, "located_in(art gallery in Zaria → Zaria)");
  const z = extractText("A car bomb exploded outside the government headquarters in Gusau.", "2019-09-14");
  assertHas(z, "occurred_at(Gusau bombing → government headquarters in Gusau)");
  // No named place after the head, no site; "the city centre" is no building.
  const w = extractText("He walked to the city centre on Friday with his brother.", "2019-09-14");
  assertLacks(w, /located_in/);
  assert.ok(!w.entities.some((e) => e.type === "facility"));
});

test("a named site behind an adjective keeps the adjective out of its name", () => {
  const x = extractText(
    "A truck bombing at the busy Kofar junction, in the Fagge district, killed 85 people.",
    "2019-09-14",
  );
  assertHas(x, "occurred_at(Kofar junction bombing → Kofar junction)");
  assertHas(x, "located_in(Kofar junction → Fagge district)");
});

test("a site named with its town's possessive answers to that name too", () => {
  const x = extractText("Tuesday's shooting at Kano's Christmas market killed three people.", "2019-09-14");
  assertHas(x, "located_in(Christmas market → Kano)");
  const market = x.entities.find((e) => e.name === "Christmas market");
  assert.ok(x.mentions.some((m) => m.entity === market?.key && m.text === "Kano's Christmas market"));
});

test("a park, a car park among them, is a site; the town owning a named site after the link is not its place", () => {
  const x = extractText(
    "A grenade exploded in a park in Zaria on Friday, wounding six people.",
    "2019-09-14",
  );
  assertHas(x, "located_in(park in Zaria → Zaria)");
  assertHas(x, "occurred_at(Zaria bombing → park in Zaria)");
  const y = extractText("Police searched a car park at Kano's Aminu Kano airport on Friday.", "2019-09-14");
  assertHas(y, "located_in(car park at Kano's Aminu Kano airport → Aminu Kano airport)");
  assertLacks(y, /located_in\(car park.* → Kano\)/);
  // No place after it and no article before it: no site.
  const z = extractText("The governor said Zaria would park the plan until March.", "2019-09-14");
  assert.ok(!z.entities.some((e) => e.type === "facility"));
});

test("a site whose head needs its modifier is placed in the town after it like any other", () => {
  const x = extractText(
    "Wednesday's attack on a police station in the eastern city of Herat killed six officers.",
    "2021-06-05",
  );
  assertHas(x, "located_in(police station in the eastern city of Herat → Herat)");
  assertHas(x, "occurred_at(attack → Herat)");
  const y = extractText(
    "A bomb went off near a bus stop in Ankara's Kizilay district on Monday.",
    "2021-06-05",
  );
  assertHas(y, "located_in(bus stop in Ankara's Kizilay → Kizilay)");
  assertLacks(y, /^located_in\(bus stop.* → Ankara\)$/);
  const z = extractText("He had worked at a police station for ten years before the war.", "2021-06-05");
  assertLacks(z, /^located_in\(police station/);
});

test("a people's adjective before an unnamed site in a town is part of the site", () => {
  const x = extractText(
    "The suicide bombing outside the Turkish consulate in Mosul killed five people on Monday.",
    "2021-06-05",
  );
  assertHas(x, "located_in(Turkish consulate in Mosul → Mosul)");
  assertHas(x, "occurred_at(Mosul bombing → Turkish consulate in Mosul)");
  assertHas(x, "occurred_at(Mosul bombing → Mosul)");
  const y = extractText("A Pakistani man in Jalalabad was arrested on Friday.", "2021-06-05");
  assertLacks(y, /^located_in\(Pakistani/);
});

test("a city before a modified site head is where the site is, not part of its name", () => {
  const x = extractText(
    "A suicide bomber struck the Lahore wedding hall on Saturday, killing 20 guests.",
    "2021-06-05",
  );
  assertHas(x, "located_in(Lahore wedding hall → Lahore)");
  assertLacks(x, /^occurred_at\(Lahore wedding hall \w+ →/);
});
