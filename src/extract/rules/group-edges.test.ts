import assert from "node:assert/strict";
import { test } from "node:test";
import type { Extraction } from "../extraction.js";
import { isPeopleWord, widenedStart } from "./group-edges.js";
import { assertLacks, extractText } from "./testing.js";

// The edges of unnamed groups' phrases, on sentences written for these tests (none from the
// evaluation sets).
const run = (text: string, published = "2019-04-02") => extractText(text, published);

/** The texts by which groups are mentioned. */
const groups = (x: Extraction): string[] => {
  const keys = new Set(x.entities.filter((e) => e.type === "group").map((e) => e.key));
  return x.mentions.filter((m) => keys.has(m.entity)).map((m) => m.text);
};

const words = (s: string): string[] => s.toLowerCase().split(" ");

test("an approximate count and a collective widen a group's phrase; other words do not", () => {
  assert.equal(widenedStart(words("witnesses said about 40 gunmen"), 3), 2);
  assert.equal(widenedStart(words("he said at least 12 militants"), 4), 2);
  assert.equal(widenedStart(words("when a group of gunmen"), 4), 1);
  assert.equal(widenedStart(words("a gang of about 20 men"), 4), 0);
  // No count: "about" is not the group's.
  assert.equal(widenedStart(words("talks about gunmen"), 2), 2);
  // "the leader of gunmen": a leader is no collective.
  assert.equal(widenedStart(words("the leader of gunmen"), 3), 3);
});

test("a people's adjective is capitalised and known", () => {
  assert.ok(isPeopleWord("Chechen"));
  assert.ok(isPeopleWord("Somali"));
  assert.ok(!isPeopleWord("chechen"));
  assert.ok(!isPeopleWord("When"));
  assert.ok(!isPeopleWord("Seven"));
});

test("a group of gunmen, and an approximate count of them, are mentioned whole", () => {
  const found = groups(
    run(
      "A group of gunmen stormed a police station in the town of Kidal on Monday, officials said. " +
        "Residents said about 30 gunmen attacked a checkpoint near the airport in Gao.",
    ),
  );
  for (const g of ["A group of gunmen", "about 30 gunmen"]) assert.ok(found.includes(g), found.join());
});

test("a people's gunmen holding hostages act; the same people's victims are no group", () => {
  const x = run(
    "Kurdish gunmen were holding dozens of passengers hostage on a ferry in the port of Trabzon on Tuesday, police said.",
  );
  assert.ok(groups(x).includes("Kurdish gunmen"), groups(x).join());
  const y = run("A bomb at a bus station in Grozny killed four Chechen men and a police officer on Friday.");
  assertLacks(y, /^perpetrated\(Chechen/);
});

test("attackers that first struck one place act; attackers first seen there do not", () => {
  const x = run("The assailants first struck a police post in the village of Diapaga, officials said.");
  assert.ok(
    groups(x).some((g) => /assailants/i.test(g)),
    groups(x).join(),
  );
  const y = run("Raiders were first seen near the village of Diapaga on Sunday, officials said.");
  assertLacks(y, /^perpetrated\(raiders/i);
});

test("rebels who attack are a group of attackers; rebels killed by troops are not", () => {
  const x = run("Rebels attacked an army base near the town of Beni on Sunday, the army said.");
  assert.ok(groups(x).includes("Rebels"), groups(x).join());
  const y = run("Troops killed 20 rebels near the town of Beni on Sunday, the army said.");
  assertLacks(y, /^perpetrated\(rebels/i);
});
