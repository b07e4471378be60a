import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Counted sites in a named place; sentences written for these tests.
const run = (text: string, published = "2021-06-05") => extractText(text, published);

test("counted sites in a town are a site of the event, in the town", () => {
  const x = run("Suicide bombers attacked two mosques in Kano on Friday, killing 30 worshippers.");
  assertHas(x, "located_in(two mosques in Kano → Kano)");
  assertHas(x, "occurred_at(Kano attack → two mosques in Kano)");
  assertHas(x, "occurred_at(Kano attack → Kano)");
  const y = run("Bombs exploded at three churches in Colombo on Sunday, killing 40 people.");
  assertHas(y, "occurred_at(Colombo bombing → three churches in Colombo)");
});

test("no site from counted people, nor from counted sites with no town", () => {
  const x = run("The gunman opened fire on two officers in Lyon on Friday, wounding both.");
  assertLacks(x, /^(?:located_in|occurred_at)\(.*two officers/);
  const y = run("Gunmen attacked several bars on Saturday night, killing nine people.");
  assertLacks(y, /^(?:located_in|occurred_at)\(.*several bars/);
});

test("a city before an indefinite or counted site is where the site is", () => {
  const x = run("Gunmen stormed a Nairobi hotel on Tuesday, killing 21 people.");
  assertHas(x, "located_in(Nairobi hotel → Nairobi)");
  assertHas(x, "occurred_at(Nairobi attack → Nairobi)");
  const y = run("The bombings of two Colombo churches on Sunday killed 50 people.");
  assertHas(y, "located_in(two Colombo churches → Colombo)");
  assertHas(y, "occurred_at(Colombo bombing → Colombo)");
  // A named site that shares its name with a town is no site in that town.
  const z = run("Gunmen attacked the Bardo museum in Tunis on Wednesday.");
  assertLacks(z, /^located_in\(Bardo museum → Bardo\)$/);
});
