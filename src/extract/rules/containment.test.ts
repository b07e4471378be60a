import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Containment stated by the words: possessive districts, inner parts, locating verbs, appositions
// owned by a town; never proximity. Our own sentences about public facts.

test("a district a town's possessive owns lies in the town, and a site in the district in the district", () => {
  const x = extractText(
    "Gunmen stormed the Lotus Bakery in Kano's Sabon Gari diplomatic district on Friday night.",
    "2019-09-14",
  );
  assertHas(x, "located_in(Lotus Bakery → Sabon Gari)");
  assertHas(x, "located_in(Sabon Gari → Kano)");
  assertLacks(x, /located_in\(Lotus Bakery → Kano\)/);
  // A country's possessive owns a region too.
  const y = extractText("Volgograd lies well to the north of Russia's North Caucasus.", "2013-12-30");
  assertHas(y, "located_in(North Caucasus → Russia)");
  assertLacks(y, /located_in\(Volgograd/);
});

test("'in the heart of' and 'in the north of' are containment; 'on the outskirts of' is not", () => {
  const x = extractText(
    "The siege at the Kora Café in Murtala Square, in the heart of Kano's business district, ended.",
    "2019-09-14",
  );
  assertHas(x, "located_in(Murtala Square → Kano)");
  const y = extractText("The men came from Garko, a small town in the north of Nigeria.", "2019-09-14");
  assertHas(y, "located_in(Garko → Nigeria)");
  const z = extractText("Police raided Dawakin, a village on the outskirts of Kano.", "2019-09-14");
  assertLacks(z, /located_in\(Dawakin/);
});

test("a site that 'stands in' a place lies in it; a compass word before the town keeps containment", () => {
  const x = extractText(
    "Gunmen attacked the National Museum of Mali in Bamako. The museum stands in the Niarela district.",
    "2019-09-14",
  );
  assertHas(x, "located_in(National Museum of Mali → Niarela district)");
  const y = extractText("Troops stormed the Ruma theatre in southeast Zaria on Saturday.", "2019-09-14");
  assertHas(y, "located_in(Ruma theatre → Zaria)");
});

test("a street described as a town's street lies in the town; a suburb south of a town does not", () => {
  const x = extractText(
    "Police arrested a man over Friday's truck attack on Kungsgatan, Uppsala's busiest shopping street.",
    "2017-04-09",
  );
  assertHas(x, "located_in(Kungsgatan → Uppsala)");
  const y = extractText("He was detained in Märsta, a suburb north of the capital.", "2017-04-09");
  assert.deepEqual(
    y.statements.filter((s) => s.predicate === "located_in"),
    [],
  );
});

test("a dateline's town lies in the place after its comma; a dateline with only a date states nothing", () => {
  const x = extractText(
    "DAHAB, Egypt, April 25 - Three bombs tore through the resort on Monday evening, officials said.",
    "2006-04-25",
  );
  assertHas(x, "located_in(Dahab → Egypt)");
  const y = extractText(
    "MINYA, Egypt, May 26 - Gunmen opened fire on a bus in Minya province on Friday, officials said.",
    "2017-05-27",
  );
  // The dateline's town merged into the province later in the sentence: the rest of the sentence still counts.
  assert.ok(y.statements.some((s) => s.predicate === "occurred_at"));
  const z = extractText(
    "PITTSBURGH, Oct 27 - A gunman opened fire at a synagogue, officials said.",
    "2018-10-27",
  );
  assertLacks(z, /located_in\(Pittsburgh/);
});

test("a town apposed as 'the capital of' a region lies in it; 'near the capital of' states nothing", () => {
  const x = extractText(
    "Gunmen attacked a checkpoint in El Arish, the capital of North Sinai, on Friday.",
    "2017-11-25",
  );
  assertHas(x, "located_in(El Arish → North Sinai)");
  const y = extractText(
    "Militants attacked a checkpoint near the capital of North Sinai on Friday.",
    "2017-11-25",
  );
  assertLacks(y, /^located_in\(.* → North Sinai\)/);
});

const at2021 = (text: string) => extractText(text, "2021-05-04");

test("a suburb lies in neither the city nor the other way round", () => {
  const x = at2021("The gunman, a plumber from the Lyon suburb of Vaulx-en-Velin, was arrested on Monday.");
  assertLacks(x, /located_in\((Lyon|Vaulx-en-Velin) →/);
  const y = at2021("The driver lived in Saint-Denis, a suburb of Paris, with his brother.");
  assertLacks(y, /located_in\(Saint-Denis → Paris\)/);
});

test("a known city before 'district of' and an unknown name after it: the district lies in the city", () => {
  const x = at2021("The bomber lived in a flat in the Kampala district of Nakawa.");
  assertHas(x, "located_in(Nakawa → Kampala)");
  assertLacks(x, /located_in\(Kampala → Nakawa\)/);
  const y = at2021("He was shot dead outside his home in the Ariana district of Tunis.");
  assertHas(y, "located_in(Ariana → Tunis)");
});

test("'X, the capital of Y province' and a town's possessive site ('Bangkok's Erawan Shrine') state containment", () => {
  const x = extractText(
    "Gunmen opened fire on a military parade in Ahvaz, the capital of Khuzestan province, on Friday.",
    "2018-09-23",
  );
  assertHas(x, "located_in(Ahvaz → Khuzestan province)");
  const y = extractText("The bombing killed 20 people at Bangkok's Erawan Shrine last month.", "2015-09-01");
  assertHas(y, "located_in(Erawan Shrine → Bangkok)");
});

test("a state the city list also knows as a town contains the town before it ('Fort Pierce, Florida')", () => {
  const x = extractText("The shooter was a 29-year-old from Fort Pierce, Florida.", "2016-06-13");
  assertHas(x, "located_in(Fort Pierce → Florida)");
  // Two towns in a list are not one inside the other.
  const y = extractText("Police raided homes in Paris, Lyon and Marseille.", "2016-06-13");
  assertLacks(y, /located_in/);
});

test("a copula and an inner part in apposition state containment ('Kano is the largest city in Nigeria', 'X, the heart of Y')", () => {
  const x = extractText("Kano is the largest city in northern Nigeria.", "2021-06-05");
  assertHas(x, "located_in(Kano → Nigeria)");
  const y = extractText(
    "A car bomb exploded in Kizilay, the commercial heart of Ankara, killing 37 people.",
    "2016-03-14",
  );
  assertHas(y, "located_in(Kizilay → Ankara)");
  // Proximity is no containment.
  const z = extractText("Kano is the largest city near Nigeria's border with Niger.", "2021-06-05");
  assertLacks(z, /located_in\(Kano/);
});

test("a name with a region's noun after the comma contains the town, though the city list knows it ('Owo, Ondo state')", () => {
  const x = extractText(
    "Gunmen attacked a church in Owo, Ondo state, on Sunday, killing 40 worshippers.",
    "2021-06-05",
  );
  assertHas(x, "located_in(Owo → Ondo)");
  const y = extractText(
    "Troops moved from Owo, Ondo and Akure on Sunday to Ibadan, Oyo, and Lagos.",
    "2021-06-05",
  );
  assertLacks(y, /^located_in\(Owo → Ondo\)$/);
});

test("a region named before a town's noun contains the town; a district's name is the district", () => {
  const x = extractText("A car bomb exploded in the Sinai town of El Arish on Friday.", "2021-06-05");
  assertHas(x, "located_in(El Arish → Sinai)");
  assertLacks(x, /^located_in\(Sinai → El Arish\)/);
  const y = extractText("A grenade exploded in the Ariana district of Tunis on Friday.", "2021-06-05");
  assertHas(y, "located_in(Ariana → Tunis)");
});
