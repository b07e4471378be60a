import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Sites told by a part of them, and sites of kinds wire copy names; sentences written for these tests.
const run = (text: string, published = "2021-06-05") => extractText(text, published);

test("a part of a site between the link and the site still gives the site as the scene", () => {
  const x = run("A suicide bomber blew himself up at the main gate of a police academy in Herat on Monday.");
  assertHas(x, "occurred_at(Herat attack → Herat)");
  const y = run(
    "A suicide bomber detonated his vest at the entrance of a hotel in Beledweyne on Friday, killing 9.",
  );
  assertHas(y, "occurred_at(Beledweyne attack → hotel in Beledweyne)");
  assertHas(y, "occurred_at(Beledweyne attack → Beledweyne)");
});

test("bus stops, petrol stations, wedding halls and outposts are sites", () => {
  const x = run("A bomb exploded at a bus stop in Haifa on Tuesday, wounding six people.");
  assertHas(x, "occurred_at(Haifa bombing → bus stop in Haifa)");
  const y = run("An explosion at a petrol station in Kano killed eleven people on Sunday.");
  assertHas(y, "occurred_at(Kano explosion → petrol station in Kano)");
  const z = run("The bombing at a wedding hall in Kunduz killed 40 people on Friday.");
  assertHas(z, "occurred_at(Kunduz bombing → wedding hall in Kunduz)");
  const w = run("An attack on a military outpost near Menaka killed nine soldiers on Monday.");
  assertHas(w, "occurred_at(Menaka attack → military outpost near Menaka)");
  assertHas(w, "occurred_at(Menaka attack → Menaka)");
});

test("an event at an intersection in a town is in the town as well", () => {
  const x = run("A car bomb exploded at a busy intersection in Baidoa on Sunday, killing 14 people.");
  assertHas(x, "occurred_at(Baidoa bombing → busy intersection in Baidoa)");
  assertHas(x, "occurred_at(Baidoa bombing → Baidoa)");
});

test("a traffic stop is no site", () => {
  const x = run("Police shot dead a man at a traffic stop in Leeds on Monday.");
  assertLacks(x, /stop/);
});
