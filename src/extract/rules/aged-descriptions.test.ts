import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText, factsBy } from "./testing.js";

// People brought in by age and nationality, on sentences written for these tests.
const run = (text: string) => extractText(text, "2019-05-10");

test("'a 31-year-old Tunisian' is a person with an age and a nationality", () => {
  const x = run("Police in Lyon arrested a 31-year-old Tunisian who had lived in France since 2012.");
  assertHas(x, "age(31-year-old Tunisian → 31)");
  assertHas(x, "nationality(31-year-old Tunisian → Tunisia)");
});

test("'a man aged 40' and 'an eight-year-old girl' are victims with their ages", () => {
  const x = run(
    "Two people died, a man aged 40 and an eight-year-old girl, the hospital in Kano said on Sunday.",
  );
  assert.deepEqual(factsBy(x, "age").sort(), ["eight-year-old girl → 8", "man aged 40 → 40"]);
  assertLacks(x, /^perpetrated/);
});

test("an apposed description is the person before it: 'the suspect, a 24-year-old Algerian,'", () => {
  const x = run(
    "Police detained the suspect, a 24-year-old Algerian, at a bus station in Marseille on Friday.",
  );
  assertHas(x, "nationality(suspect → Algeria)");
  assert.equal(x.entities.filter((e) => e.type === "person").length, 1);
});

test("'a Nigerian-born British citizen' is British; the name after 'named' is the person", () => {
  const x = run(
    "Officers arrested a Nigerian-born British citizen named Samuel Okafor at Heathrow on Friday.",
  );
  assertHas(x, "nationality(Samuel Okafor → United Kingdom)");
  assertLacks(x, /^nationality\(.* → Nigeria\)/);
});

test("an aged description that blew himself up is the bomber, and 'the bomber' joins him", () => {
  const x = run(
    "A 22-year-old Syrian whose asylum claim had been refused blew himself up outside a cinema in Munich on Saturday, wounding six people. The bomber had arrived in Germany in 2014.",
  );
  const bombers = x.entities.filter((e) => e.type === "person");
  assert.equal(bombers.length, 1);
  assert.ok(x.mentions.some((m) => m.entity === bombers[0]!.key && m.text === "bomber"));
});

test("a predicate or a passive brings in no attacker: 'was a 30-year-old Briton', 'was stabbed'", () => {
  const x = run(
    "The gunman was a 30-year-old Briton, police said. A 19-year-old man was stabbed in the attack on the Leeds market on Friday.",
  );
  assertLacks(x, /^nationality\(30-year-old/);
  assertLacks(x, /^perpetrated\(19-year-old man/);
});

test("'a Syrian refugee camp' is no person", () => {
  const x = run("The bomber had grown up in a Syrian refugee camp near the border, officials said.");
  assertLacks(x, /^nationality/);
});

test("'arrested over' an attack names a suspect of it", () => {
  const x = run(
    "Gunmen attacked a hotel in Kano on Sunday. A 39-year-old man from Kaduna arrested over the attack on the hotel was charged on Tuesday.",
  );
  const suspect = x.entities.find((e) =>
    x.mentions.some((m) => m.entity === e.key && m.text === "A 39-year-old man from Kaduna"),
  );
  assert.ok(suspect, "the description is a person");
  assert.ok(x.statements.some((s) => s.subject === suspect.key && s.predicate === "perpetrated"));
  assert.ok(x.statements.some((s) => s.subject === suspect.key && s.predicate === "age" && s.value === 39));
});

test("'arrested in' a town, or 'arrested over' a dispute, names no suspect", () => {
  const x = run(
    "Gunmen attacked a hotel in Kano on Sunday. A 39-year-old man was arrested in Kaduna over a debt on Tuesday.",
  );
  assertLacks(x, /^perpetrated\((?!gunmen)/i);
});

test("'the bomber was a 15-year-old girl' gives the bomber an age; 'the attacker was a 23-year-old Tunisian' a nationality", () => {
  const x = run(
    "A suicide bomber killed 12 people at a mosque in Maiduguri on Friday. The bomber was a 15-year-old girl, police said.",
  );
  assertHas(x, "age(Maiduguri bomber → 15)");
  assert.equal(x.entities.filter((e) => e.type === "person").length, 1);
  const y = run("Police said the attacker was a 23-year-old Tunisian.");
  assertHas(y, "nationality(attacker → Tunisia)");
  // "the bus was a 20-year-old model": no person before the copula.
  const z = run("The bus was a 20-year-old model, the company said.");
  assertLacks(z, /^age/);
});
