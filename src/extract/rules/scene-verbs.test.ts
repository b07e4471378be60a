import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Attacks told by their scene: a vehicle driven into a place, a charge set off, rockets fired. Our own
// sentences about invented events.

const run = (text: string) => extractText(text, "2021-06-05");

test("a vehicle driven or rammed into a place, with words between, is an attack there", () => {
  const x = run(
    "A suicide bomber rammed an explosives-laden car into a checkpoint in Beledweyne on Thursday, killing eight people.",
  );
  assertHas(x, "killed(Beledweyne attack → 8)");
  assertHas(x, "occurred_on(Beledweyne attack → 2021-06-03)");
  const y = run(
    "A man drove a van packed with gas cylinders into a police station in Kismayo on Tuesday, wounding six officers.",
  );
  assertHas(y, "wounded(Kismayo attack → 6)");
  assertHas(y, "occurred_at(Kismayo attack → Kismayo)");
});

test("a charge set off at a place is a bombing there, known also by its weapon", () => {
  const x = run(
    "A female suicide bomber set off her explosives at a market in Konduga on Monday, killing 11 people.",
  );
  assertHas(x, "killed(Konduga bombing → 11)");
  assertHas(x, "occurred_at(Konduga bombing → Konduga)");
});

test("rockets or mortars fired at a place are an attack there", () => {
  const x = run("Militants fired rockets at an army base in Kandahar on Thursday, wounding 12 soldiers.");
  assertHas(x, "wounded(Kandahar attack → 12)");
});

test("a journey is no scene: driving into a town, setting off for one", () => {
  assertLacks(run("The delegation drove into Kismayo on Thursday for talks."), /attack/);
  assertLacks(run("The convoy set off for Kismayo on Thursday with food aid."), /attack|bombing/);
});

test("gunfire reported or heard at a place is an attack there; none heard is none", () => {
  const x = run(
    "Gunfire has been reported at a shopping centre in Kisumu. Police say 15 people have been killed.",
  );
  assertHas(x, "killed(Kisumu attack → 15)");
  const y = run("Heavy gunfire was heard near the airport in Gao on Thursday night.");
  assertHas(y, "occurred_on(Gao attack → 2021-06-03)");
  assertLacks(run("No gunfire was heard in Gao on Thursday, residents said."), /attack/);
  assertLacks(run("The soldiers heard gunfire from the hills outside Gao."), /attack/);
});

test("soldiers or their patrol that came under fire at a place: an attack there; a minister, none", () => {
  const x = run("A patrol came under fire near Gao on Tuesday, and two soldiers were wounded.");
  assertHas(x, "wounded(Gao attack → 2)");
  assertLacks(
    run("The minister came under fire in parliament in Nairobi on Tuesday over the budget."),
    /attack/,
  );
});

test("a grenade thrown or a missile launched at a place is an attack there", () => {
  const x = run(
    "Unknown assailants threw a grenade into a bar in Gitega on Friday night, injuring 15 people.",
  );
  assertHas(x, "wounded(Gitega attack → 15)");
  const y = run("Rebels launched a missile at the Saudi city of Jizan on Wednesday, wounding two civilians.");
  assertHas(y, "wounded(Jizan attack → 2)");
});
