import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText, factsBy } from "./testing.js";

test("a weapon that goes off or kills is the event of its clause", () => {
  const x = extractText(
    "A car bomb in the car park of the Lakeside Mall in Perth on Tuesday killed 11 people.",
    "2022-05-04",
  );
  assert.ok(
    factsBy(x, "killed").some((f) => /bombing → 11$/.test(f)),
    factsBy(x, "killed").join("; "),
  );
  assert.ok(factsBy(x, "occurred_at").some((f) => f.includes("bombing")));
  const y = extractText("A truck bomb exploded outside the Grand Palace hotel in Mombasa.", "2022-05-04");
  assert.ok(
    factsBy(y, "occurred_at").some((f) => f.includes("bombing")),
    factsBy(y, "occurred_at").join("; "),
  );
});

test("a weapon that is planted, defused or a modifier makes no event of its own", () => {
  const x = extractText("Police defused a bomb in Perth on Tuesday.", "2022-05-04");
  assertLacks(x, /occurred_at\(.*bombing/);
  const y = extractText("A bomb that police found in Perth was made safe.", "2022-05-04");
  assertLacks(y, /bombing/);
});

test("a town's possessive site is the scene, not the town", () => {
  const x = extractText("A suicide bomb at Lagos's Ikeja airport on Monday killed 12 people.", "2022-05-04");
  assertHas(x, "occurred_at(Ikeja airport bombing → Ikeja airport)");
});

test("the city's site is in the report's town, and a figure after its verb stays with that clause", () => {
  const x = extractText(
    "A gunman opened fire on a bus in Omsk on Friday, killing at least six people, a day after a blast at the city's central market killed nine, police said.",
    "2022-05-07",
  );
  assertHas(x, "located_in(the city's central market → Omsk)");
  const killed = factsBy(x, "killed");
  assert.ok(
    killed.some((f) => /blast → 9$/.test(f)),
    killed.join("; "),
  );
  assertLacks(x, /killed\(Omsk blast → 6\)/);
  // No town named before: "the city's" is nobody's.
  const y = extractText("A blast at the city's central market killed nine.", "2022-05-07");
  assertLacks(y, /located_in\(the city's/);
});

test("a siege ended by storming a named site happened there, dated by the clause that began it", () => {
  const x = extractText(
    "Special forces stormed the Blue Lagoon Restaurant in Mombasa, ending a siege that began on Saturday night. Nine hostages were found dead inside.",
    "2022-05-09",
  );
  assertHas(x, "occurred_at(Blue Lagoon Restaurant siege → Blue Lagoon Restaurant)");
  assert.ok(factsBy(x, "occurred_on").some((f) => f.includes("siege") && f.includes("2022-05-07")));
  assertHas(x, "killed(Blue Lagoon Restaurant siege → 9)");
});

test("a gunfight outside 'the restaurant' is at the report's named site; a holiday names its attack's day", () => {
  const x = extractText(
    "Gunmen seized the Blue Lagoon Restaurant in Mombasa on Saturday. Two soldiers died in a gunfight outside the restaurant on Saturday.",
    "2022-05-09",
  );
  assertHas(x, "killed(Blue Lagoon Restaurant gunfight → 2)");
  const y = extractText(
    "The number of people killed in the Easter Sunday bombings rose to 40.",
    "2022-04-20",
  );
  assert.ok(
    factsBy(y, "killed").some((f) => f.endsWith("→ 40")),
    factsBy(y, "killed").join("; "),
  );
});

test("explosive devices, canisters and grenades that go off are events, placed after their verb", () => {
  const x = extractText(
    "A gas canister packed with nails and explosives blew up in a carriage of a commuter train at the Saint-Lazare station in central Paris on Tuesday, killing four people.",
    "1996-12-04",
  );
  assertHas(x, "occurred_at(Saint-Lazare station bombing → Saint-Lazare station)");
  assertHas(x, "killed(Saint-Lazare station bombing → 4)");
  const y = extractText(
    "An explosive device went off in a bus in Haifa on Monday, killing 15.",
    "2003-03-06",
  );
  assertHas(y, "occurred_at(Haifa bombing → Haifa)");
  const z = extractText(
    "A grenade exploded in a market in Kigali on Friday, wounding six people.",
    "2009-01-17",
  );
  assertHas(z, "wounded(Kigali bombing → 6)");
});

test("a device found, defused or described makes no event", () => {
  const x = extractText(
    "Police found a second device in a bag near the station in Leeds on Friday.",
    "2005-07-15",
  );
  assertLacks(x, /bombing/);
  const y = extractText("A device that army experts defused in Leeds was packed with nails.", "2005-07-15");
  assertLacks(y, /bombing/);
});

test("a weapon that a relative clause says killed or destroyed, or that was thrown, is the event", () => {
  const x = extractText(
    "Police said the bomb that killed nine people in Gusau had been hidden in a cart.",
    "2022-05-04",
  );
  assertHas(x, "occurred_at(Gusau bombing → Gusau)");
  const y = extractText(
    "The grenades were thrown into a crowd in Zaria on Monday night, killing four people.",
    "2022-05-04",
  );
  assertHas(y, "occurred_at(Zaria bombing → Zaria)");
  assertHas(y, "occurred_on(Zaria bombing → 2022-05-02)");
  // Stored or defused weapons are no event.
  const z = extractText(
    "The grenades were stored in a warehouse in Zaria. Soldiers found a bomb that police defused in Gusau.",
    "2022-05-04",
  );
  assertLacks(z, /bombing/);
});

test("an IED that goes off is the event of its clause", () => {
  const x = extractText(
    "An IED exploded beside a patrol near Menaka on Thursday, killing two soldiers.",
    "2021-06-05",
  );
  assertHas(x, "killed(Menaka bombing → 2)");
  const y = extractText("Soldiers found an IED near Menaka on Thursday.", "2021-06-05");
  assertLacks(y, /bombing/);
});

test("projectiles that land or hit are the event of their clause; rounds of talks are not", () => {
  const x = extractText(
    "Mortar rounds landed near the presidential palace in Kismayo on Sunday, wounding three people.",
    "2021-06-05",
  );
  assertHas(x, "wounded(Kismayo bombing → 3)");
  const y = extractText("Two rockets hit the airport in Erbil on Sunday.", "2021-06-05");
  assertHas(y, "occurred_on(Erbil bombing → 2021-05-30)");
  assertLacks(
    extractText("The two sides held several rounds of talks in Doha on Sunday.", "2021-06-05"),
    /bombing/,
  );
  const z = extractText("The missile strike on Odessa on Sunday killed five.", "2021-06-05");
  assertHas(z, "killed(Odessa missile strike → 5)");
});
