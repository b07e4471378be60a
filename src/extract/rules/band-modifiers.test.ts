import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Attacking groups named by the word in front of their noun; sentences written for these tests.
const run = (text: string) => extractText(text, "2021-06-05");

test("a movement's name or an adjective of allegiance in front of the noun names the group", () => {
  assertHas(
    run("Houthi fighters attacked a base in Marib on Sunday, killing 14 soldiers."),
    "perpetrated(Houthi fighters → Marib attack)",
  );
  assertHas(
    run("Pro-government militiamen attacked a market in Nyala on Monday, killing 40 people."),
    "perpetrated(pro-government militiamen → Nyala attack)",
  );
  assertHas(
    run("Unknown gunmen shot dead a priest in Kaduna on Sunday."),
    "perpetrated(unknown gunmen → Kaduna attack)",
  );
});

test("a day, an adverb or a place in front of the noun is not part of the group's name", () => {
  const x = run("On Friday gunmen stormed a hotel in Kismayo, killing 26 people.");
  assertHas(x, "perpetrated(gunmen → Kismayo attack)");
  assertLacks(x, /Friday gunmen/);
  const y = run("Heavily armed gunmen stormed a hotel in Kismayo on Friday, killing 26 people.");
  assertLacks(y, /Heavily/);
  const z = run("In Kismayo gunmen stormed a hotel on Friday, killing 26 people.");
  assertLacks(z, /Kismayo gunmen/);
});
