import assert from "node:assert/strict";
import { test } from "node:test";
import { defaultPipeline } from "../src/ingest/default-pipeline.js";

const pipeline = defaultPipeline();

/** killed statements as "event: value" for a text of our own. */
function tolls(text: string, published = "2016-03-18"): string[] {
  const x = pipeline.extractor.extract({
    text,
    sentences: pipeline.splitSentences(text),
    published,
    language: "en",
  });
  const name = new Map(x.entities.map((e) => [e.key, e.name]));
  return x.statements
    .filter((s) => s.predicate === "killed")
    .map((s) => `${name.get(s.subject)}: ${s.value}`);
}

test("'the museum attack' is the attack at the museum the report named, not an event of its own", () => {
  assert.deepEqual(
    tolls(
      "Gunmen stormed the Bardo Museum in Tunis on Wednesday. The museum attack left 20 tourists and a security guard dead.",
    ),
    ["Bardo Museum attack: 21"],
  );
});

test("a figure goes with the event at the place its sentence names, not the latest event", () => {
  const text =
    "United States aircraft struck a camp near the Libyan town of Sabratha on Friday, in a raid on militants. " +
    "Officials linked the camp to the Bardo Museum attack in March 2015. " +
    "Local officials in Sabratha said more than 40 people were killed.";
  assert.deepEqual(tolls(text), ["Sabratha raid: 41"]);
});

test("'the fighting' in another town is an event of its own; a new attacker starts a new attack", () => {
  const text =
    "The Sousse attack killed 38 people. " +
    "In November a suicide bomber killed 12 members of the presidential guard on a bus in central Tunis, an attack claimed by Daesh, and the emergency imposed after it remains. " +
    "Earlier this month, militants attacked police posts in the border town of Ben Guerdane, and dozens of them were killed in the fighting that followed.";
  assert.deepEqual(tolls(text).sort(), [
    "Ben Guerdane fighting: 24",
    "Sousse attack: 38",
    "Tunis attack: 12",
  ]);
});

test("a group that acts in its own phrase is the perpetrator; a description beside it is not", () => {
  const text =
    "Officials said the gunman, a 23-year-old student from Gaafour, crossed into Libya in January and trained at a camp near Sabratha at the same time as the two men who attacked the Bardo Museum.";
  const x = pipeline.extractor.extract({
    text,
    sentences: pipeline.splitSentences(text),
    published: "2015-06-30",
    language: "en",
  });
  const name = new Map(x.entities.map((e) => [e.key, e.name]));
  const perpetrators = x.statements
    .filter((s) => s.predicate === "perpetrated")
    .map((s) => name.get(s.subject));
  assert.deepEqual(perpetrators, ["Bardo Museum attackers"]);
  const trained = x.statements.filter((s) => s.predicate === "trained_at").map((s) => name.get(s.subject));
  assert.equal(trained.length, 2, "both the gunman and the attackers trained near Sabratha");
});
