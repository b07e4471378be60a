import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Sentences written for these tests (none from the evaluation sets).
const run = (text: string) => extractText(text, "2021-06-05");

test("a people's adjective keeps a body of people an unnamed target", () => {
  assertHas(
    run("Gunmen attacked Malian soldiers near the border with Niger."),
    "attacked(gunmen → Malian soldiers)",
  );
  assertHas(
    run("Militants opened fire on Shia pilgrims travelling to Karbala."),
    "attacked(militants → Shia pilgrims)",
  );
  assertHas(run("Gunmen opened fire on Hazara miners in Baluchistan."), "attacked(gunmen → Hazara miners)");
});

test("outposts, patrols, villagers and students are what an attack verb hits", () => {
  assertHas(
    run("Insurgents attacked a military outpost near Mocimboa da Praia overnight."),
    "attacked(insurgents → military outpost near Mocimboa da Praia)",
  );
  assertHas(
    run("Islamist militants ambushed a patrol of Malian soldiers near Tessit."),
    "attacked(islamist militants → a patrol)",
  );
  assertHas(
    run("Gunmen on motorbikes attacked villagers in Solhan overnight, killing at least 100 people."),
    "attacked(gunmen → villagers)",
  );
});

test("no target without an attack asserted on it", () => {
  assertLacks(
    run("The gunmen shot their way past guards and entered the building."),
    /^attacked\(.* → their way/,
  );
  assertLacks(run("The gunmen did not target students, police said."), /^attacked/);
  assertLacks(run("Gunmen killed three students and wounded two workers in Kano."), /^attacked/);
  assertLacks(run("The minister visited wounded soldiers at a hospital in Kabul."), /^attacked/);
});
