import assert from "node:assert/strict";
import { test } from "node:test";
import type { Extraction } from "../extraction.js";
import { splitSentences } from "../text/sentences.js";
import { readCount } from "./numbers.js";
import { createRuleExtractor } from "./rule-extractor.js";

// Events told by plural heads and by their scene, figures in their news forms, and events named
// in passing as history. Our own sentences about invented attacks.

const extractor = createRuleExtractor({ skipFailingSentences: false });

function run(text: string, published = "2019-09-14"): Extraction {
  return extractor.extract({ text, sentences: splitSentences(text), published, language: "en" });
}

function facts(x: Extraction, predicate: string): string[] {
  const name = new Map(x.entities.map((e) => [e.key, e.name]));
  return x.statements
    .filter((s) => s.predicate === predicate)
    .map((s) => `${name.get(s.subject)} ${s.object !== undefined ? name.get(s.object) : s.value}`);
}

test("a plural head with no article is an event placed at the site its clause gives", () => {
  const x = run("Three blasts ripped through a crowded market in Kano on Friday, killing 30 people.");
  // The unnamed site is the place, itself in the town (so the town is the event's place too); the
  // event is named after the town.
  assert.deepEqual(facts(x, "occurred_at"), ["Kano blast crowded market in Kano", "Kano blast Kano"]);
  assert.deepEqual(facts(x, "located_in"), ["crowded market in Kano Kano"]);
  assert.deepEqual(facts(x, "killed"), ["Kano blast 30"]);
  assert.deepEqual(facts(x, "occurred_on"), ["Kano blast 2019-09-13"]);
});

test("'the bombings' after a possessive date is definite and takes the report's event", () => {
  const x = run(
    "Two bombs exploded outside the Palace hotel in Kano on Friday, killing 12 people. " +
      "Police said Friday's bombings had been planned for months.",
  );
  const events = x.entities.filter((e) => e.type === "event");
  assert.equal(events.length, 1, events.map((e) => e.name).join(", "));
  assert.ok(x.mentions.some((m) => m.entity === events[0]!.key && /bombings/.test(m.text)));
});

test("a scene verb with no event noun makes an attack at the first site after it", () => {
  const x = run(
    "A gunman opened fire outside the Belvedere café in Sfax on Friday evening, killing four people. " +
      "A waiter was seriously wounded in the shooting.",
  );
  assert.deepEqual(facts(x, "occurred_at"), [
    "Belvedere café attack Belvedere café",
    "Belvedere café attack Sfax",
  ]);
  assert.deepEqual(facts(x, "killed"), ["Belvedere café attack 4"]);
  assert.deepEqual(facts(x, "wounded"), ["Belvedere café attack 1"]);
  assert.deepEqual(facts(x, "occurred_on"), ["Belvedere café attack 2019-09-13"]);
});

test("a state's forces that struck somewhere make no scene attack", () => {
  const x = run("The minister said the air force had struck camps in Libya.");
  assert.deepEqual(facts(x, "occurred_at"), []);
});

test("a figure with no event of its own does not go to an event named as history", () => {
  const x = run(
    "Officials compared it with the 2012 bombings in Kano. Officials said more than 20 people were killed.",
  );
  assert.deepEqual(facts(x, "killed"), []);
  assert.deepEqual(facts(x, "occurred_on"), ["Kano bombing 2012"]);
});

test("coordinated places before a plural head name two events, so neither is placed", () => {
  const x = run("He is accused of organising last year's Kano and Jos attacks.");
  assert.deepEqual(facts(x, "occurred_at"), []);
});

test("partitives and 'including' do not add to a figure; 'above' is a strict lower bound", () => {
  const w = (s: string) => s.toLowerCase().split(" ");
  assert.equal(readCount(w("17 people , eight of them children"), 0)?.value, 17);
  assert.equal(readCount(w("41 people including the attackers"), 0)?.end, 2);
  assert.deepEqual(readCount(w("above 200"), 0), { value: 201, bound: "at_least", end: 2 });
  const x = run(
    "A car bomb exploded at the Ring junction in Kano on Friday, killing 41 people including the attackers. " +
      "By Saturday the toll had risen above 50.",
  );
  assert.deepEqual(facts(x, "killed"), ["Ring junction bombing 41", "Ring junction bombing 51"]);
  assert.deepEqual(facts(x, "occurred_at"), ["Ring junction bombing Ring junction"]);
});

test("a capitalised name before a lowercase site head is one site, kept whole", () => {
  const x = run("Gunmen stormed the Belvedere café on Habib square in Sfax on Friday.");
  assert.ok(x.entities.some((e) => e.type === "facility" && e.name === "Belvedere café"));
  assert.ok(x.entities.some((e) => e.type === "location" && e.name === "Habib square"));
});

test("bursting or forcing a way into a site is a scene verb: the attack is placed there", () => {
  const x = run("Two men burst into the Belvedere café in Sfax on Friday, killing three people.");
  assert.deepEqual(facts(x, "occurred_at"), [
    "Belvedere café attack Belvedere café",
    "Belvedere café attack Sfax",
  ]);
  assert.deepEqual(facts(x, "killed"), ["Belvedere café attack 3"]);
  const y = run(
    "A gunman tried to force his way into the Grand Mosque in Sfax on Friday, then shot two people dead.",
  );
  assert.deepEqual(facts(y, "occurred_at"), ["Grand Mosque attack Grand Mosque", "Grand Mosque attack Sfax"]);
});

test("a report of shots fired is an attack, placed by the town of the reporting sentence", () => {
  const x = run(
    "Police in Sfax report shots fired late on Friday at two locations in the town; several people are dead.",
  );
  assert.deepEqual(facts(x, "occurred_at"), ["Sfax attack Sfax"]);
  // Not a town named in another clause before it.
  const y = run("After a meeting in Sfax, the minister said shots were fired at a checkpoint.");
  assert.deepEqual(facts(y, "occurred_at"), []);
});

test("a vehicle that hit a landmine tells an attack where it happened, and the sentence's toll is its own", () => {
  const x = run("Two soldiers were killed on Tuesday when their vehicle hit a landmine on Mount Chaambi.");
  assert.deepEqual(facts(x, "occurred_at"), ["Mount Chaambi attack Mount Chaambi"]);
  assert.deepEqual(facts(x, "killed"), ["Mount Chaambi attack 2"]);
});

test("a vehicle that struck an improvised explosive device near a town tells an attack there", () => {
  const x = run(
    "Two soldiers were wounded when their armoured vehicle struck an improvised explosive device near Gao in northern Mali.",
  );
  assert.deepEqual(facts(x, "occurred_at"), ["Gao attack Gao"]);
});

test("an event phrase's agent stands between it and its place ('an assault by insurgents on the northern town of Palma')", () => {
  const x = run(
    "Dozens of people have been killed in an assault by Islamist insurgents on the northern town of Palma.",
    "2021-03-29",
  );
  assert.deepEqual(facts(x, "occurred_at"), ["Palma attack Palma"]);
  assert.deepEqual(facts(x, "perpetrated"), ["islamist insurgents Palma attack"]);
});
