import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Relatives named after a genitive kin noun (named-relatives.ts), on sentences written for these tests
// (none from the evaluation sets).
const run = (text: string) => extractText(text, "2016-09-14");

test("a one-word name after 'X's son' is the relative, not a description of him", () => {
  const x = run("Hours after the verdict the minister received Borisov's son Timur, 31, at his office.");
  assertHas(x, "relative_of(Timur → Borisov)");
  assertLacks(x, /relative_of\(Borisov's son/);
});

test("a full name set off by commas after 'X's wife' is the relative", () => {
  const x = run(
    "Viktor Halloran was shot in Limerick. Halloran's wife, Maeve Dunne, said he had no enemies.",
  );
  assertHas(x, "relative_of(Maeve Dunne → Viktor Halloran)");
});

test("a plural kin noun takes the coordinated names after it", () => {
  const x = run("Judge Okafor said Adewale Mensah's sons Kwame and Kofi would stay in custody in Accra.");
  assertHas(x, "relative_of(Kwame → Adewale Mensah)");
  assertHas(x, "relative_of(Kofi → Adewale Mensah)");
});

test("a name the recogniser missed after 'his brother' belongs to the name before the pronoun", () => {
  const x = run("Investigators said Tarek Benali met his brother Qusay in Lyon in May.");
  assertHas(x, "relative_of(Qusay → Tarek Benali)");
});

test("a kin noun followed by a clause or a place names no relative", () => {
  const x = run("Benali's brother in Lyon was not questioned, police said.");
  assertLacks(x, /relative_of\(Lyon/);
  const y = run("Carla Jensen's mother, who lives in Aarhus, said she was shocked.");
  assertLacks(y, /relative_of\((?!Carla Jensen's mother)/);
});

test("siblings named after 'the brothers': each the other's relative", () => {
  const x = run("The brothers Karim and Nabil Haddad opened fire on the guards.");
  assertHas(x, "relative_of(Karim → Nabil Haddad)");
  assertHas(x, "relative_of(Nabil Haddad → Karim)");
  const y = run("The fighters called themselves brothers in arms, and Nabil Haddad led them.");
  assertLacks(y, /^relative_of/);
});

test("a relative named after a described person's genitive", () => {
  const x = run(
    "A gunman killed two guards in Lyon on Friday. The gunman's brother, Rachid Mansour, was detained.",
  );
  assertHas(x, "relative_of(Rachid Mansour → Lyon gunman)");
  const y = run("The gunman's lawyer, Rachid Mansour, spoke to reporters.");
  assertLacks(y, /^relative_of\(Rachid Mansour/);
});
