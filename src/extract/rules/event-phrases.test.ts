import assert from "node:assert/strict";
import { test } from "node:test";
import type { Extraction } from "../extraction.js";
import { tokenize } from "../text/tokens.js";
import { complementEnds } from "./event-phrases.js";
import { assertHas, assertLacks, extractText } from "./testing.js";

/** The cuts of a phrase whose head is the word `head`, as text. */
function cuts(sentence: string, head: string): string[] {
  const tokens = tokenize(sentence, 0, sentence.length);
  const words = tokens.map((t) => t.text.toLowerCase());
  const at = words.indexOf(head);
  return complementEnds(tokens, words, at + 1).map((end) =>
    sentence.slice(tokens[at]!.start, tokens[end - 1]!.end),
  );
}

/** The folded texts an event answers to, as the evaluation reads them. */
function eventTexts(x: Extraction): string[] {
  const events = new Set(x.entities.filter((e) => e.type === "event").map((e) => e.key));
  return x.mentions.filter((m) => events.has(m.entity)).map((m) => m.text);
}

test("an event phrase may stop after each prepositional phrase it carries", () => {
  assert.deepEqual(
    cuts("He was tried over the 1995 siege of the hospital in Budyonnovsk, in which 129 died.", "siege"),
    ["siege of the hospital", "siege of the hospital in Budyonnovsk"],
  );
  assert.deepEqual(cuts("The raid on a farm near the border killed two.", "raid"), [
    "raid on a farm",
    "raid on a farm near the border",
  ]);
});

test("…through a coordination and a closing adverb, but not into a verb or a clause", () => {
  assert.deepEqual(
    cuts("the bombings of two trains and a bus in London yesterday were claimed", "bombings"),
    [
      "bombings of two trains",
      "bombings of two trains and a bus",
      "bombings of two trains and a bus in London",
      "bombings of two trains and a bus in London yesterday",
    ],
  );
  assert.deepEqual(cuts("the attack on the embassy killed four people", "attack"), ["attack on the embassy"]);
  assert.deepEqual(cuts("the attack, which killed four", "attack"), []);
  assert.deepEqual(cuts("the attack to avenge the raid", "attack"), []);
});

test("an event keeps the report's whole phrase, with a leading 'last', among its mentions", () => {
  const x = extractText(
    "Police said last Tuesday's bombing at the railway station in Quetta had killed 17 people.",
    "2016-08-15",
  );
  const texts = eventTexts(x);
  assert.ok(texts.includes("last Tuesday's bombing at the railway station in Quetta"), texts.join(" | "));
});

test("an episode told with 'a' is an event of its own, not the attack", () => {
  const x = extractText(
    "Gunmen killed 12 people at a hotel in Sirte on Monday. One suspect was arrested after a two-day manhunt, " +
      "and another died in a shootout with police.",
    "2016-03-10",
  );
  const names = x.entities.filter((e) => e.type === "event").map((e) => e.name);
  assert.ok(names.includes("manhunt"), names.join(", "));
  assert.ok(names.includes("shootout"), names.join(", "));
  assert.ok(eventTexts(x).includes("shootout with police"), eventTexts(x).join(" | "));
});

test("…but 'a battle' only with an opponent, and 'an attack' with 'a' stays hypothetical", () => {
  const x = extractText(
    "The minister faces a legal battle over the law. Officials warned that militants were planning an attack.",
    "2016-03-10",
  );
  assert.deepEqual(
    x.entities.filter((e) => e.type === "event").map((e) => e.name),
    [],
  );
});

test("a later 'the killing' is the killing named after its victim, not one at a town the sentence names", () => {
  const x = extractText(
    "The killing of Boris Nemtsov near the Kremlin on Friday shocked Russia. " +
      "Officials in Kiev called the killing a provocation aimed at relations between Moscow and Kiev.",
    "2015-03-01",
  );
  const names = x.entities.filter((e) => e.type === "event").map((e) => e.name);
  assert.ok(!names.some((n) => /Moscow|Kiev/.test(n)), names.join(", "));
});

test("a state of emergency is an event dated by its phrase, which takes no toll or attacker of its sentence", () => {
  const x = extractText(
    "The president declared a state of emergency on Monday, two days after a gunman killed 14 people at a market in Jos.",
    "2016-05-10",
  );
  assertHas(x, "occurred_on(state of emergency → 2016-05-09)");
  assertLacks(x, /(?:killed|perpetrated)\(.*state of emergency/);
});

test("a killing named after its victim in a clause of background is still an event of the report", () => {
  const x = extractText(
    "Gunmen shot dead a judge in Peshawar on Monday, a year after the killing of Salman Taseer.",
    "2012-01-10",
  );
  const names = x.entities.filter((e) => e.type === "event").map((e) => e.name);
  assert.ok(names.includes("killing of Salman Taseer"), names.join(", "));
});
