import assert from "node:assert/strict";
import { test } from "node:test";
import type { Extraction } from "../extraction.js";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Definite descriptions of unnamed groups, on sentences written for these tests.
const run = (text: string) => extractText(text, "2021-06-05");

const groupMentions = (x: Extraction): string[] => {
  const keys = new Set(x.entities.filter((e) => e.type === "group").map((e) => e.key));
  return x.mentions.filter((m) => keys.has(m.entity)).map((m) => m.text);
};

test("'the pair' after 'two gunmen' is the same group, and what is said of it attaches there", () => {
  const x = run(
    "Two gunmen attacked a hotel in Bamako on Friday, killing five guests. The pair were members of JNIM.",
  );
  assertHas(x, "member_of(gunmen → JNIM)");
  assert.equal(x.entities.filter((e) => e.type === "group").length, 1);
  assert.ok(groupMentions(x).includes("The pair"), groupMentions(x).join(" | "));
});

test("'the three men' after 'Three men opened fire' is them", () => {
  const x = run(
    "Three men opened fire at a bar in Kano on Friday. Police said the three men were members of Boko Haram.",
  );
  assertHas(x, "member_of(men → Boko Haram)");
});

test("'The young attackers were members of X' is a group even with no attack before it", () => {
  const x = run("The young attackers were members of Ansaroul Islam, the army said.");
  assertHas(x, "member_of(young attackers → Ansaroul Islam)");
});

test("'the men' who were abducted are no attackers' group", () => {
  const x = run("Gunmen abducted five men in Zamfara on Friday. The men were found dead on Saturday.");
  assert.ok(!groupMentions(x).includes("The men"), groupMentions(x).join(" | "));
});

test("'the men's families', 'one of the attackers' and militants at large make no group", () => {
  const x = run(
    "Militants stormed a village in Borno on Friday, killing 12 people. The men's families were not told.",
  );
  assert.ok(!groupMentions(x).some((m) => /men's/.test(m)), groupMentions(x).join(" | "));
  const y = run("The militants have stepped up their campaign across the Sahel this year.");
  assert.equal(y.entities.filter((e) => e.type === "group").length, 0);
  assertLacks(y, /^member_of/);
});
