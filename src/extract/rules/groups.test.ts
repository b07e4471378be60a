import assert from "node:assert/strict";
import { test } from "node:test";
import type { Extraction } from "../extraction.js";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Attacking groups, on sentences written for these tests (none from the evaluation sets).
const run = (text: string) => extractText(text, "2020-01-10");

const groups = (x: Extraction): string[] => {
  const keys = new Set(x.entities.filter((e) => e.type === "group").map((e) => e.key));
  return x.mentions.filter((m) => keys.has(m.entity)).map((m) => m.text);
};

test("a phrase of dress between attackers and their act belongs to their description", () => {
  const x = run("Four attackers in military uniforms opened fire on a parade in Baghdad on Saturday.");
  assert.ok(groups(x).includes("Four attackers in military uniforms"), groups(x).join(" | "));
  assertHas(x, "perpetrated(attackers → Baghdad attack)");
  const y = run("Two gunmen wearing masks stormed the Grand Hotel in Leeds on Saturday.");
  assert.ok(groups(y).includes("Two gunmen wearing masks"), groups(y).join(" | "));
});

test("a place after the attackers is no part of their description", () => {
  const x = run("Gunmen in Baghdad killed a police officer on Saturday.");
  assert.ok(!groups(x).some((g) => g.includes("Baghdad")), groups(x).join(" | "));
});

test("'Militants from al-Shabaab' are members of it and a group; 'fighters from Zintan' only come from there", () => {
  const x = extractText(
    "Militants from al-Shabaab stormed the Westgate mall in Nairobi on Saturday.",
    "2013-09-22",
  );
  assertHas(x, "member_of(militants from al-Shabaab → al-Shabaab)");
  assertHas(x, "perpetrated(militants from al-Shabaab → Westgate mall attack)");
  const y = extractText("Fighters from Zintan captured the airport on Saturday.", "2011-11-20");
  assertLacks(y, /member_of\(fighters from Zintan/);
});

test("'Suspected jihadists opened fire …' are a group that carried out the attack", () => {
  const x = extractText(
    "Suspected jihadists opened fire on diners at a Turkish restaurant in Ouagadougou late on Sunday, killing 17 people.",
    "2017-08-14",
  );
  assertHas(x, "perpetrated(suspected jihadists → Turkish restaurant attack)");
});

test("gunmen who held hostages act; gunmen who were held did not", () => {
  const x = run("Gunmen in army uniform held hostages inside the Serena hotel in Kabul for six hours.");
  assert.ok(groups(x).includes("Gunmen in army uniform"));
  const y = run("Police said gunmen held in the raid in Kabul were questioned.");
  assert.ok(!groups(y).includes("gunmen"));
});

test("gunmen who burst in or took people hostage act; gunmen who took a road or burst nothing do not", () => {
  const x = run(
    "A siege began on Friday night when gunmen burst into a café in Kano and took diners hostage.",
  );
  assertHas(x, "perpetrated(gunmen → Kano attack)");
  const y = run("Police said gunmen took the road north out of Kano on Friday.");
  assert.ok(!groups(y).includes("gunmen"));
});

test("gunmen who shot or fired act; gunmen shot dead by police do not", () => {
  const x = run("Masked gunmen shot dead three policemen at a checkpoint in Kano on Friday.");
  assertHas(x, "perpetrated(masked gunmen → Kano attack)");
  const y = run(
    "A bomb exploded at a checkpoint in Kano on Friday. Masked gunmen shot dead by soldiers near the checkpoint were foreigners, police said.",
  );
  assertLacks(y, /^perpetrated\(masked gunmen/);
});

test("an aside set off by commas between attackers and their act", () => {
  const x = run("The gunmen, who arrived on motorcycles, killed 11 villagers in Zamfara on Friday.");
  assertHas(x, "perpetrated(gunmen → Zamfara attack)");
  const y = run("Gunmen riding motorcycles killed 14 villagers in Zamfara on Friday.");
  assertHas(y, "perpetrated(gunmen → Zamfara attack)");
});

test("an aside after a noun that does not act makes no group", () => {
  const x = run("The gunmen, who arrived on motorcycles, were never found, police in Zamfara said.");
  assertLacks(x, /^perpetrated/);
});

test("'the gunmen who killed 40 people' carried out the killings their clause gives", () => {
  const x = run(
    "The army said on Thursday that most of the gunmen who killed at least 40 people in the village of Tadaress were teenagers.",
  );
  assertHas(x, "perpetrated(gunmen → Tadaress attack)");
  const y = run("Police hunted the men who were killed in the village of Tadaress on Friday.");
  assertLacks(y, /^perpetrated/);
});

test("'the attackers' after a group that carried the attack out is that group, not a second one", () => {
  const x = run(
    "Unidentified gunmen attacked a bus in Mandera on Friday, killing 11 passengers. Police said the attackers belonged to al-Shabaab.",
  );
  assertHas(x, "member_of(unidentified gunmen → al-Shabaab)");
  assert.equal(x.entities.filter((e) => e.type === "group").length, 1);
});

test("'The assailants arrived on motorcycles and opened fire …' and 'The attackers, who were armed, killed …' act", () => {
  const x = run(
    "The assailants arrived on motorcycles and opened fire on a market in Solhan on Friday, killing 30 people.",
  );
  assertHas(x, "perpetrated(assailants → Solhan attack)");
  const y = run("The attackers, who were armed with rifles, killed 20 people in Solhan on Friday.");
  assertHas(y, "perpetrated(attackers → Solhan attack)");
  // Someone else's act after the "and" is not theirs.
  const z = run("The militants arrived in the town and soldiers opened fire on them on Friday.");
  assertLacks(z, /^perpetrated\(militants/);
});
