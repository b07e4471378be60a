import assert from "node:assert/strict";
import { test } from "node:test";
import type { EntityType } from "../../model/entity-types.js";
import { tokenize } from "../text/tokens.js";
import { typeName } from "./entity-typing.js";
import type { NamedSpan } from "./named-span.js";

/** Types the whole of `name` as a span with `label`, the way `addNames` does. */
function typeOf(name: string, label: NamedSpan["label"], settled?: EntityType, before?: string) {
  const tokens = tokenize(name, 0, name.length);
  return typeName(tokens, 0, tokens.length, label, before, settled);
}

test("Arabic personal names are persons whatever the recogniser's label", () => {
  assert.equal(typeOf("Abu Yahya al-Qayrawani", "ORG")?.type, "person");
  assert.equal(typeOf("Lokmane Abou Sakhr", "ORG")?.type, "person");
  assert.equal(typeOf("Seifiddine Rezgui", "LOC")?.type, "person");
  assert.equal(typeOf("Seifiddine Rezgui Yacoubi", "ORG")?.type, "person");
  assert.equal(typeOf("Kadhafi", "LOC")?.type, "person");
});

test("head words and the gazetteer still win over a personal-name shape", () => {
  assert.equal(typeOf("Okba Ibn Nafaa Brigade", "PER")?.type, "organization");
  assert.equal(typeOf("Abu Dhabi", "PER")?.type, "location");
  assert.equal(typeOf("Presidency of the Republic", "LOC")?.type, "organization");
});

test("a compass word before a known place is a region of it", () => {
  assert.equal(typeOf("Western Libya", "ORG")?.type, "location");
  assert.equal(typeOf("southern Tunisia", "ORG")?.type, "location");
});

test("a people's adjective is no place, though GeoNames has a town of that name", () => {
  assert.equal(typeOf("Roman", "LOC"), undefined);
  assert.equal(typeOf("Ottoman", "LOC"), undefined);
});

test("a type the document settled wins; titles become roles only in front of a person", () => {
  assert.equal(typeOf("Maghreb Wire", "PER", "organization")?.type, "organization");
  const minister = typeOf("Interior Minister Hedi Majdoub", "PER", "person");
  assert.equal(minister?.role, "Interior Minister");
  const office = typeOf("Interior Minister Office", "PER", "organization");
  assert.deepEqual([office?.type, office?.role, office?.first], ["organization", undefined, 0]);
});

test("a landmark's head ends a site's name, unless the recogniser read a person", () => {
  assert.equal(typeOf("Abbey Gate", "ORG", undefined, "the")?.type, "facility");
  assert.equal(typeOf("Gulshan-e-Iqbal Park", "LOC", undefined, "in")?.type, "facility");
  // With no article or locative in front it names no site ("Sahel Gate said …").
  assert.equal(typeOf("Sahel Gate", "ORG", undefined, ".")?.type, "organization");
  // "Park" is also a family name: a person stays a person.
  assert.equal(typeOf("Chan-wook Park", "PER", undefined, "the")?.type, "person");
});

test("a landmark's head makes a facility, before 'of' or at the end", () => {
  assert.equal(typeOf("Obelisk of Trajan", "ORG", undefined, "the")?.type, "facility");
  assert.equal(typeOf("National Monument", "ORG", undefined, "the")?.type, "facility");
  assert.equal(typeOf("Lincoln Memorial", "LOC", undefined, "the")?.type, "facility");
  // A memorial's name that ends in a body's head stays that body.
  assert.equal(typeOf("Memorial Foundation", "ORG", undefined, "the")?.type, "organization");
});

test("a title that goes on in lowercase words is all title, and names no person", () => {
  assert.equal(typeOf("US Secretary of State", "ORG"), undefined);
  assert.equal(typeOf("Interior Minister Karim Haddad", "ORG")?.role, "Interior Minister");
});
