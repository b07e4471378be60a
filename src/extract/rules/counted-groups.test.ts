import assert from "node:assert/strict";
import { test } from "node:test";
import type { Extraction } from "../extraction.js";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Groups known by a count or a people, on sentences written for these tests (none from the
// evaluation sets).
const run = (text: string, published = "2022-02-08") => extractText(text, published);

/** The texts by which groups are mentioned. */
const groups = (x: Extraction): string[] => {
  const keys = new Set(x.entities.filter((e) => e.type === "group").map((e) => e.key));
  return x.mentions.filter((m) => keys.has(m.entity)).map((m) => m.text);
};

test("a count makes a group of attackers whatever the clause says of them", () => {
  const x = run(
    "A siege at a hotel in Mogadishu ended on Sunday. Officials said four attackers were killed, " +
      "including two suspected suicide bombers, and between 20 and 25 gunmen escaped.",
  );
  const found = groups(x);
  for (const g of ["four attackers", "two suspected suicide bombers", "between 20 and 25 gunmen"])
    assert.ok(found.includes(g), found.join());
  // Being near the event says nothing of who carried it out.
  assertLacks(x, /^perpetrated\(four attackers/);
});

test("an organisation's gunmen are its members; a plural alone is no group", () => {
  const x = run(
    "Al-Shabaab gunmen stormed a hotel in Kismayo on Friday. Analysts said gunmen are often recruited young.",
  );
  assertHas(x, "member_of(Al-Shabaab gunmen → Al-Shabaab)");
  assert.ok(!groups(x).includes("gunmen"), groups(x).join());
});

test("a count of victims is no group of attackers", () => {
  const x = run("A bomb at a market in Kano killed four traders and two soldiers on Monday.");
  assert.deepEqual(groups(x), []);
});

test("a describing modifier makes a collective; a group is also mentioned with its event", () => {
  const x = run(
    "A bombing at a station in Quetta killed 12 people on Monday. Islamist insurgents were blamed. " +
      "Three suspects in the Quetta bombing were arrested on Tuesday.",
  );
  const found = groups(x);
  assert.ok(found.includes("Islamist insurgents"), found.join());
  assert.ok(found.includes("Three suspects in the Quetta bombing"), found.join());
});

test("all the attackers, and two female suicide bombers, are mentioned whole", () => {
  const x = run(
    "Two female suicide bombers blew themselves up at a station in Moscow on Monday. " +
      "Officials said all the attackers had come from the same village.",
  );
  const found = groups(x);
  assert.ok(found.includes("Two female suicide bombers"), found.join());
  assert.ok(found.includes("all the attackers"), found.join());
});

test("counted accomplices are a group; accomplices with no count are not", () => {
  const x = extractText(
    "A court in Madrid sentenced Jamal Ahmidan to 40 years in prison for the bombing. Three accomplices received terms of five to 12 years. Police are still looking for accomplices.",
    "2019-03-04",
  );
  assert.ok(x.entities.some((e) => e.type === "group" && e.name === "three accomplices"));
  assert.ok(!x.entities.some((e) => e.type === "group" && e.name === "accomplices"));
});

test("a counted group's dress is part of its mention, other words after it are not", () => {
  const x = run("Officials say five attackers in police uniforms took part; two were killed.");
  assert.ok(x.mentions.some((m) => m.text === "five attackers in police uniforms"));
  const y = run("Officials say five attackers in police cars fled the town.");
  assert.ok(!y.mentions.some((m) => m.text.startsWith("five attackers in")));
});

test("counted men sentenced or detained are a group; men counted among the dead are not", () => {
  const x = run("A court in Lahore sentenced four men to death for the 2019 market bombing.");
  assert.ok(x.entities.some((e) => e.type === "group" && e.name === "four men"));
  const y = run("Three men were detained for questioning in Lahore on Monday.");
  assert.ok(y.entities.some((e) => e.type === "group" && e.name === "three men"));
  const z = run("The blast in Lahore on Monday killed three men and a child.");
  assert.ok(!z.entities.some((e) => e.type === "group"));
});

test("counted suspects in an attack carried it out; suspects held over one did not say so", () => {
  const x = run("Police in Kano said three suspects in the Kano market bombing had fled to Niger.");
  assertHas(x, "perpetrated(three suspects → Kano bombing)");
  const y = run("Police in Kano held three suspects over the Kano market bombing on Monday.");
  assertLacks(y, /^perpetrated\(three suspects/);
});

test("counted men sentenced for an attack carried it out; men acquitted of it did not", () => {
  const x = run(
    "A court in Lahore sentenced four men to death for the bombing of a market in Lahore in 2017.",
  );
  assertHas(x, "perpetrated(four men → Lahore bombing)");
  const y = run("A court in Lahore acquitted four men of the bombing of a market in Lahore in 2017.");
  assertLacks(y, /^perpetrated\(four men/);
});
