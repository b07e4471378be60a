import assert from "node:assert/strict";
import { test } from "node:test";
import { isGivenName, isWellKnownFamilyName, looksLikePersonName } from "./person-names.js";
import { extractText } from "./testing.js";

const words = (name: string) => name.split(" ");

test("Arabic personal-name structure makes a person", () => {
  for (const name of [
    "Abu Yahya al-Qayrawani", // kunya
    "Lokmane Abou Sakhr", // kunya after a given name
    "Seifallah Ben Hassine", // nasab inside the name
    "Seifiddine Rezgui Yacoubi", // compound given name in -iddine
    "Noureddine Chouchane",
    "Abdelmalek Sellal", // Abd- compound
    "Mohamed Brahmi", // listed given name
    "Kadhafi", // a lone well-known family name, any romanisation
  ])
    assert.ok(looksLikePersonName(words(name)), name);
});

test("a group, facility or place word, or a nasab particle first, rules a person out", () => {
  for (const name of [
    "Okba Ibn Nafaa Brigade",
    "Ansar al-Sharia",
    "Bab al-Aziziya",
    "Ben Guerdane",
    "Mohamed V Avenue hotel",
    "Rezgui", // a lone surname nobody knows: left to the document
    "Tunis",
  ])
    assert.equal(looksLikePersonName(words(name)), false, name);
});

test("given names and family names match their usual romanisations only", () => {
  assert.ok(isGivenName("Seifeddine") && isGivenName("Seifiddine") && isGivenName("Saifuddin"));
  assert.ok(isGivenName("Abdullah") && isGivenName("Mohammed"));
  assert.equal(isGivenName("Sweden"), false);
  assert.equal(isGivenName("Leiden"), false);
  for (const spelling of ["Gaddafi", "Qadhafi", "Kadhafi", "Khadafy"])
    assert.ok(isWellKnownFamilyName(spelling));
  assert.equal(isWellKnownFamilyName("Kairouan"), false);
});

test("'Osama' + 'bin' + 'Laden', split by the recogniser, is one person", () => {
  const x = extractText("Abdelmalek Droukdel pledged allegiance to Osama bin Laden in 2006.", "2007-05-01");
  const people = x.entities.filter((e) => e.type === "person").map((e) => e.name);
  assert.ok(people.includes("Osama bin Laden"), people.join(", "));
  assert.ok(!x.entities.some((e) => e.type === "location"), x.entities.map((e) => e.name).join(", "));
});
