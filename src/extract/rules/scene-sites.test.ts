import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// The unnamed site an event happened at, besides its town; sentences written for these tests.
const run = (text: string, published = "2021-06-05") => extractText(text, published);

test("a site the event is told at, in the town it is placed in, is its scene as well", () => {
  const x = run("Gunmen killed a police officer at his home in Kirkuk on Friday.");
  assertHas(x, "occurred_at(Kirkuk attack → Kirkuk)");
  assertHas(x, "occurred_at(Kirkuk attack → his home)");
});

test("a facility the event or its perpetrator struck is the scene", () => {
  const x = run("The blast hit the hotel in the centre of Kabul, killing 7 people.");
  assertHas(x, "occurred_at(Kabul blast → the hotel)");
  const y = run("A suicide bomber struck a church during Sunday mass in Makassar, wounding 14 people.");
  assertHas(y, "occurred_at(Makassar attack → a church)");
  assertHas(y, "occurred_at(Makassar attack → Makassar)");
});

test("no scene from a vehicle, a site elsewhere in the sentence, or a list of targets", () => {
  const x = run("A bomb exploded on a bus in Quetta on Friday, killing six passengers.");
  assertHas(x, "occurred_at(Quetta bombing → Quetta)");
  assertLacks(x, /^occurred_at\(.* → (?:a )?bus\)$/);
  const y = run(
    "Police said at a news conference in Kabul that a bomb killed five people in Herat on Friday.",
  );
  assertLacks(y, /^occurred_at\(.* → .*(?:conference|Kabul).*\)$/);
  const z = run(
    "Chechen gunmen held hundreds of people in a hospital in Budyonnovsk on Thursday, a day after they attacked the police station.",
  );
  assertLacks(z, /^occurred_at\(.* → .*police station\)$/);
  const w = run(
    "Militants attacked an army barracks and police posts in the town of Ben Guerdane on Monday.",
  );
  assertLacks(w, /^occurred_at\(.* → .*barracks\)$/);
});

test("a force's post is a site the attack took; a job's post is none", () => {
  const x = run("Militants attacked an army post in Borno state on Friday, killing seven soldiers.");
  assertHas(x, "occurred_at(Borno attack → army post in Borno)");
  const y = run("Gunmen attacked a police post near Kandahar on Friday, killing four policemen.");
  assertHas(y, "occurred_at(Kandahar attack → police post near Kandahar)");
  const z = run("The minister was given a senior government post in Kabul on Friday.");
  assertLacks(z, /post/);
});
