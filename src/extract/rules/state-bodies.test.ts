import assert from "node:assert/strict";
import { test } from "node:test";
import type { Extraction } from "../extraction.js";
import { extractText } from "./testing.js";

// State bodies written as common nouns, on sentences written for these tests (none from the
// evaluation sets).
const run = (text: string, published = "2021-05-04") => extractText(text, published);

/** The texts by which organisations are mentioned. */
const organisations = (x: Extraction): string[] => {
  const orgs = new Set(x.entities.filter((e) => e.type === "organization").map((e) => e.key));
  return x.mentions.filter((m) => orgs.has(m.entity)).map((m) => m.text);
};

test("bare police, a country's police and special police are organisations", () => {
  const x = run(
    "A man stabbed two shoppers in Lyon on Monday before he was shot by police. " +
      "Belgian police said on Tuesday they had arrested his brother. Special police later searched a flat.",
  );
  const orgs = organisations(x);
  for (const name of ["police", "Belgian police", "Special police"])
    assert.ok(orgs.includes(name), orgs.join());
});

test("police as a modifier names no body: police officers, a police raid, a police station", () => {
  const x = run(
    "Two police officers were hurt in a police raid on a flat in Ghent. The suspect was taken to a police station.",
  );
  assert.deepEqual(
    organisations(x).filter((m) => /police/i.test(m)),
    [],
  );
});

test("a named police force takes a later bare police", () => {
  const x = run(
    "The Metropolitan Police named the driver on Friday. He had been known to police, they said.",
  );
  const force = x.entities.filter((e) => e.type === "organization" && /police/i.test(e.name));
  assert.equal(force.length, 1, force.map((e) => e.name).join());
});

test("a government, an army or authorities need their country; a portfolio makes a ministry", () => {
  const x = run(
    "Kenya's government said the siege was over. The Egyptian army and Turkish authorities sent condolences. " +
      "The health ministry put the toll at nine. Analysts said the government had been warned.",
  );
  const orgs = organisations(x);
  for (const name of ["Kenya's government", "Egyptian army", "Turkish authorities", "health ministry"])
    assert.ok(orgs.includes(name), orgs.join());
  assert.ok(!orgs.includes("government"), orgs.join());
});

test("parliament without an article is the body; the air force is one too", () => {
  const x = run(
    "The minister told parliament that the air force had struck a camp. Crowds gathered outside the parliament building.",
  );
  const orgs = organisations(x);
  assert.ok(orgs.includes("parliament"), orgs.join());
  assert.ok(orgs.includes("air force"), orgs.join());
  assert.ok(!orgs.some((m) => /building/.test(m)), orgs.join());
});

test("a named organisation is also mentioned with its country or as a group", () => {
  const x = run(
    "France's Ministry of the Interior said 12 people were arrested. The Islamic State group said it was behind the attack.",
  );
  const orgs = organisations(x);
  assert.ok(orgs.includes("France's Ministry of the Interior"), orgs.join());
  assert.ok(orgs.includes("Islamic State group"), orgs.join());
});
