import assert from "node:assert/strict";
import { test } from "node:test";
import { typeByShape } from "./name-shapes.js";
import { armsNamedIn } from "./span-repairs.js";
import { extractText } from "./testing.js";

// Entity spans and types from the shape of a name, on sentences written for these tests (none from
// the evaluation sets).
const entities = (text: string) => extractText(text, "2019-05-10").entities.map((e) => `${e.type}:${e.name}`);

function has(text: string, ...expected: string[]): void {
  const found = entities(text);
  for (const e of expected) assert.ok(found.includes(e), `expected ${e} in ${found.join(" | ")}`);
}

function lacks(text: string, pattern: RegExp): void {
  const found = entities(text);
  assert.ok(!found.some((e) => pattern.test(e)), `unexpected ${pattern} in ${found.join(" | ")}`);
}

test("street words of any language and place heads make places, not people", () => {
  has("A van ploughed into pedestrians on La Rambla in Barcelona on Thursday.", "location:La Rambla");
  has("Witnesses said the van sped down Las Ramblas before it stopped.", "location:Las Ramblas");
  has("Crowds gathered in Tavistock Square after the blast.", "location:Tavistock Square");
  has("A gunman took 18 people hostage at the Lindt café in Martin Place, Sydney.", "location:Martin Place");
  assert.equal(typeByShape(["Rue", "de", "Rivoli"], "PER", "on"), "location");
  assert.equal(typeByShape(["Breitscheidplatz"], "LOC", "on"), "location");
});

test("a facility head ends a facility's name, also in lowercase after a name", () => {
  has(
    "Gunmen stormed the Holey Artisan Bakery in Dhaka, killing 22 people.",
    "facility:Holey Artisan Bakery",
  );
  has(
    "Three suicide bombers attacked Atatürk airport in Istanbul on Tuesday night.",
    "facility:Atatürk airport",
  );
  has("A bomb exploded outside the Manchester Arena on Monday night.", "facility:Manchester Arena");
  // A surname that is also a facility head stays a person's when the recogniser reads a person.
  assert.equal(typeByShape(["Stuart", "Hall"], "PER", "said"), undefined);
  assert.equal(typeByShape(["Albert", "Hall"], "PER", "the"), "facility");
});

test("an occasion is no organisation", () => {
  lacks(
    "The Boston Marathon bombing killed three people and injured hundreds.",
    /organization:Boston Marathon/,
  );
  assert.equal(typeByShape(["Boston", "Marathon"], "ORG", "the"), "none");
});

test("regional arms and outlets are organisations", () => {
  has("Wilayat Sinai said its fighters had downed the plane.", "organization:Wilayat Sinai");
  lacks(
    "The Islamic State's Sinai Province claimed the attack. Sinai Province has fought the army for years.",
    /location:Sinai Province/,
  );
  assert.deepEqual(
    [...armsNamedIn("fighters of the Islamic State's Sinai Province said")],
    ["sinai province"],
  );
  assert.deepEqual([...armsNamedIn("the army shelled Helmand Province on Monday")], []);
  has("Al Jazeera broadcast the video on Sunday.", "organization:Al Jazeera");
});

test("names are repaired: a fused article joins, a year is left out, an organisation keeps its words", () => {
  has(
    "Abu Bakr al-Baghdadi urged followers to attack. Abdel Fattah al-Sisi vowed revenge.",
    "person:Abu Bakr al-Baghdadi",
    "person:Abdel Fattah al-Sisi",
  );
  lacks("Abu Bakr al-Baghdadi urged followers to attack.", /^person:al-Baghdadi$/);
  lacks("The 2004 Madrid bombings shocked Spain.", /2004/);
  has(
    "The Secret Organisation of al-Qaeda in Europe said it carried out the attacks.",
    "organization:Secret Organisation of al-Qaeda in Europe",
  );
  has(
    "Al-Qaeda in the Arabian Peninsula claimed the shooting in Pensacola.",
    "organization:Al-Qaeda in the Arabian Peninsula",
  );
});

test("a holy day alone is no entity: 'Yom Kippur', 'Sabbath', 'Easter Sunday'", () => {
  assert.equal(typeByShape(["Yom", "Kippur"], "PER", undefined), "none");
  assert.equal(typeByShape(["Sabbath"], "PER", "during"), "none");
  assert.equal(typeByShape(["Easter", "Sunday"], "MISC", "on"), "none");
  // A person's name that holds such a word is still a name.
  assert.equal(typeByShape(["Christmas", "Humphreys"], "PER", undefined), undefined);
});
