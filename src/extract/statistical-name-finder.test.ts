import assert from "node:assert/strict";
import { test } from "node:test";
import type { Extraction } from "./extraction.js";
import { createRuleExtractor } from "./rules/index.js";
import { statisticalNameFinder } from "./statistical-name-finder.js";
import { splitSentences } from "./text/sentences.js";

const extractor = createRuleExtractor({ nameFinder: statisticalNameFinder(), skipFailingSentences: false });

function run(text: string): Extraction {
  return extractor.extract({
    text,
    sentences: splitSentences(text),
    published: "2015-07-10",
    language: "en",
  });
}

const typed = (x: Extraction) => x.entities.map((e) => `${e.type}:${e.name}`);

test("a dateline's outlet is an organisation and never a person, its cities places named in normal case", () => {
  const x = run(
    "LONDON/TUNIS, July 10 (Agency report) - Britain advised its citizens against travel to Tunisia.\n" +
      "(Reporting by Maghreb Wire staff; editing by the Tunis desk)",
  );
  const names = typed(x);
  assert.ok(names.includes("location:London"), names.join(", "));
  assert.ok(names.includes("organization:Agency report"), names.join(", "));
  assert.ok(names.includes("organization:Maghreb Wire"), names.join(", "));
  assert.ok(!x.entities.some((e) => e.type === "person"), names.join(", "));
  // The mention keeps what the text wrote.
  const london = x.entities.find((e) => e.name === "London")!;
  assert.deepEqual(
    x.mentions.filter((m) => m.entity === london.key).map((m) => m.text),
    ["LONDON"],
  );
});

test("the same outlet in a dateline and a credit line is one organisation", () => {
  const x = run(
    "SOUSSE, June 27 (Maghreb Wire) - The death toll from Friday's attack in Sousse rose to 39.\n" +
      "(Reporting by Maghreb Wire staff; editing by the Tunis desk)",
  );
  assert.deepEqual(
    x.entities.filter((e) => e.name === "Maghreb Wire").map((e) => e.type),
    ["organization"],
  );
});

test("an analyst note's headings are no names; its persons are persons", () => {
  const x = run(
    "KEY JUDGEMENTS\n\nWe assess that Seifiddine Rezgui trained near Sabratah in western Libya.\n\n" +
      "OUTLOOK\n\nThe collapse of state authority in Libya after the fall of Kadhafi has left the coast open.",
  );
  const names = typed(x);
  assert.ok(!names.some((n) => /JUDGEMENTS|OUTLOOK/.test(n)), names.join(", "));
  assert.ok(names.includes("person:Seifiddine Rezgui"), names.join(", "));
  assert.ok(names.includes("person:Kadhafi"), names.join(", "));
});
