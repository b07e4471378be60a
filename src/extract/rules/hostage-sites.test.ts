import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Sentences written for these tests (none from the evaluation sets).
const run = (text: string) => extractText(text, "2021-06-05");

test("attackers who take hostages at a site attacked it", () => {
  assertHas(
    run("Gunmen have taken hostages inside the Serena Hotel in Kabul."),
    "attacked(gunmen → Serena Hotel)",
  );
  assertHas(
    run("The attackers were holding dozens of hostages in the Westgate mall, officials said."),
    "attacked(attackers → Westgate mall)",
  );
});

test("a person held hostage, custody and a rescue say nothing of an attack on the site", () => {
  // The cleaner is held in the school (detained_at); the school is no target.
  assertLacks(
    run("The gunman took a cleaner hostage in the nearby Saint Joseph school before police shot him."),
    /^attacked\(.* → Saint Joseph school\)/,
  );
  assertLacks(run("Police held the suspect at the station for questioning."), /^attacked/);
  assertLacks(run("Security forces freed hostages at the Radisson Blu hotel on Friday."), /^attacked/);
});
