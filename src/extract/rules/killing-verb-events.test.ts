import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Attacks told only by an active verb of killing. Our own sentences about invented events.

const run = (text: string) => extractText(text, "2021-06-05");

test("a band's verb of killing with its victims and place is an attack there, with its toll and date", () => {
  const x = run("Militants beheaded 14 villagers in Mbau on Thursday, a local official said.");
  assertHas(x, "occurred_at(Mbau attack → Mbau)");
  assertHas(x, "killed(Mbau attack → 14)");
  assertHas(x, "occurred_on(Mbau attack → 2021-06-03)");
  assertHas(x, "perpetrated(militants → Mbau attack)");
  const y = run("Bandits slaughtered at least 22 people in the village of Kurmin Masara on Tuesday.");
  assertHas(y, "killed(Kurmin Masara attack → 22)");
  const z = run("Attackers hacked nine farmers to death near Jos on Monday.");
  assertHas(z, "killed(Jos attack → 9)");
});

test("one victim assassinated or gunned down: an attack with one dead", () => {
  const x = run("Gunmen assassinated a local mayor in Tlalixcoyan on Wednesday.");
  assertHas(x, "killed(Tlalixcoyan attack → 1)");
  assertHas(x, "perpetrated(gunmen → Tlalixcoyan attack)");
  const y = run("Gunmen gunned down a journalist outside his home in Culiacan on Friday.");
  assertHas(y, "occurred_on(Culiacan attack → 2021-06-04)");
});

test("a verb whose object need not be a person counts no victim from a description", () => {
  assertLacks(run("Gunmen executed a daring robbery in Lagos on Friday."), /^killed/);
  assertLacks(run("Militants massacred a village in Borno on Friday."), /^killed/);
});

test("no attack: a force's or a state's act, a habit, an intent, livestock, no place", () => {
  assertLacks(run("The army executed 12 deserters in Kano on Thursday."), /^killed\(Kano attack → 12\)$/);
  assertLacks(
    run("The rebels have often executed prisoners in Kidal."),
    /^occurred_at\(Kidal attack → Kidal\)$/,
  );
  assertLacks(
    run("The group threatened to behead 12 hostages in Raqqa."),
    /^occurred_at\(Raqqa attack → Raqqa\)$/,
  );
  assertLacks(run("Bandits slaughtered 40 cattle in Gusau on Thursday."), /^killed\(Gusau attack → 40\)$/);
  assertLacks(run("Hackers executed a cyber attack in Berlin on Thursday."), /^killed\(Berlin attack → 1\)$/);
  assertLacks(run("Militants beheaded 14 villagers, a local official said."), /^killed\(attack → 14\)$/);
});
