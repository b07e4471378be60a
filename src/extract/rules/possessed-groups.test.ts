import assert from "node:assert/strict";
import { test } from "node:test";
import type { Extraction } from "../extraction.js";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Collectives named by whose they are, on sentences written for these tests.
const run = (text: string) => extractText(text, "2019-03-04");
const groupMentions = (x: Extraction): string[] => {
  const keys = new Set(x.entities.filter((e) => e.type === "group").map((e) => e.key));
  return x.mentions.filter((m) => keys.has(m.entity)).map((m) => m.text);
};

test("an organisation's fighters in its claim are a group and members of it", () => {
  const x = run("Boko Haram said its fighters had targeted the barracks in Maiduguri.");
  assert.ok(groupMentions(x).includes("its fighters"));
  assertHas(x, "member_of(fighters → Boko Haram)");
});

test("a commander's fighters in a denial are a group that carried nothing out", () => {
  const x = run(
    "Two blasts killed 40 people in Quetta on Friday. A spokesman for the commander denied that his fighters were involved.",
  );
  assert.ok(groupMentions(x).includes("his fighters"));
  assertLacks(x, /^(?:perpetrated|member_of)\(fighters/);
});

test("the group's fighters are a group; his friends or its members are not", () => {
  const x = run("A Taliban spokesman said the group's fighters stormed the hotel in Kabul.");
  assert.ok(groupMentions(x).includes("the group's fighters"));
  const y = run("The minister said his friends and its members met in Kabul.");
  assert.deepEqual(groupMentions(y), []);
});
