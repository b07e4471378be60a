import assert from "node:assert/strict";
import { test } from "node:test";
import type { Extraction } from "../extraction.js";
import { extractText, factsOf } from "./testing.js";

// Perpetrators and groups of attackers, on sentences written for these tests.
const run = (text: string, published = "2019-05-10") => extractText(text, published);

const facts = factsOf;

const mentionsOf = (x: Extraction, type: string) =>
  x.mentions.filter((m) => x.entities.find((e) => e.key === m.entity)?.type === type).map((m) => m.text);

test("a plural with a relative clause of its act is a group, mentioned by both phrases", () => {
  const x = run("The men who blew themselves up in Kano on Sunday had trained together.");
  const groups = mentionsOf(x, "group");
  assert.ok(groups.includes("The men"), groups.join(" | "));
  assert.ok(groups.includes("The men who blew themselves up in Kano"), groups.join(" | "));
});

test("a group that carried out an event perpetrated it, its members too", () => {
  const x = run(
    "Karim Haddad, the eldest of the three men who carried out the bombing in Kano, was arrested on Monday.",
  );
  const all = facts(x);
  assert.ok(
    all.some((f) => /^perpetrated\(three men → .*Kano/.test(f)),
    all.join("\n"),
  );
  assert.ok(all.includes("member_of(Karim Haddad → three men)"), all.join("\n"));
  assert.ok(
    all.some((f) => /^perpetrated\(Karim Haddad → .*Kano/.test(f)),
    all.join("\n"),
  );
});

test("a plural noun with no clause of an act is no group of attackers", () => {
  const x = run("The brothers ran a bakery in Kano.");
  assert.deepEqual(mentionsOf(x, "group"), []);
});

test("modifiers and a participle phrase do not hide an acting group", () => {
  const x = run("Four suicide bombers armed with rifles attacked the airport in Kano on Sunday.");
  const groups = mentionsOf(x, "group");
  assert.ok(groups.includes("Four suicide bombers"), groups.join(" | "));
});

test("an indefinite man who drives into a crowd is the attacker of the report's attack", () => {
  const x = run(
    "A man drove a van into shoppers in Kano on Sunday, killing nine people. " +
      "No group has said it was behind the van attack.",
  );
  const all = facts(x);
  assert.ok(
    all.some((f) => /^perpetrated\(.* → /.test(f)),
    all.join("\n"),
  );
  assert.ok(!all.some((f) => f.startsWith("claimed_responsibility_for")), all.join("\n"));
});

test("a man who does no attacker's act is nobody's attacker", () => {
  const x = run("A man drove his children to school in Kano. The van attack on Sunday killed nine people.");
  assert.ok(!facts(x).some((f) => f.startsWith("perpetrated")), facts(x).join("\n"));
});

test("'a heavily armed gunman' and 'a masked attacker' are attackers like 'a gunman'", () => {
  const x = run(
    "A heavily armed gunman opened fire at a synagogue in Halle on Wednesday, killing two people.",
  );
  assert.ok(facts(x).includes("perpetrated(Halle gunman → Halle attack)"), facts(x).join("\n"));
  const y = run("A masked gunman opened fire at the Kano bus station on Friday.");
  assert.ok(mentionsOf(y, "person").includes("A masked gunman"), mentionsOf(y, "person").join(", "));
});

test("'the man who shot dead nine people in Hanau' carried out the attack he is described by", () => {
  const x = run(
    "A prosecutor said that the man who shot dead nine people in Hanau on Wednesday had acted alone.",
  );
  assert.ok(
    facts(x).some((f) => /^perpetrated\(.* → Hanau attack\)$/.test(f)),
    facts(x).join("\n"),
  );
});

test("'A man who had pledged allegiance to X stabbed …': the act after a relative clause makes him the attacker", () => {
  const x = run(
    "A man who had pledged allegiance to Islamic State stabbed a police commander to death outside his home in Magnanville on Monday evening.",
  );
  assert.ok(facts(x).includes("perpetrated(Magnanville man → Magnanville attack)"), facts(x).join("\n"));
  assert.ok(facts(x).includes("occurred_at(Magnanville attack → Magnanville)"), facts(x).join("\n"));
  // A relative clause broken by a comma is not read through.
  const y = run("A man who lived nearby, police said, stabbed nobody.");
  assert.ok(!facts(y).some((f) => f.startsWith("perpetrated")), facts(y).join("\n"));
});

test("a named person who killed, and the possessor of an attack, carried it out; a victim's possessive did not", () => {
  const x = run(
    "Anders Behring Breivik killed 77 people in Oslo and on Utoya in July 2011. Breivik's rampage shocked Norway.",
  );
  assert.ok(
    facts(x).some((f) => /^perpetrated\(.*Breivik → Oslo attack\)$/.test(f)),
    facts(x).join("\n"),
  );
  const y = run("Chokri Belaid was shot dead in Tunis on Wednesday. Belaid's killing shocked the country.");
  assert.ok(!facts(y).some((f) => /^perpetrated\(Chokri Belaid/.test(f)), facts(y).join("\n"));
  const z = run("Mohamed Merah killed himself in Toulouse.");
  assert.ok(!facts(z).some((f) => f.startsWith("perpetrated")), facts(z).join("\n"));
});

test("a relative clause of attack on a name: 'X, who killed 77 people in Oslo, was sentenced'", () => {
  const x = run(
    "Anders Behring Breivik, who killed 77 people in Oslo in July 2011, was sentenced on Friday.",
  );
  assert.ok(
    facts(x).some((f) => /^perpetrated\(.*Breivik → Oslo attack\)$/.test(f)),
    facts(x).join("\n"),
  );
});

test("a group with a relative clause of opening fire carried out the attack; detainees did not carry out the raid", () => {
  const x = run(
    "Three men who opened fire on worshippers at a mosque in Zaria last month have been arrested.",
  );
  assert.ok(facts(x).includes("perpetrated(three men → Zaria attack)"), facts(x).join("\n"));
  const y = run("The suspects, members of Boko Haram, were detained in a raid on a house in Kaduna.");
  assert.ok(!facts(y).some((f) => /^perpetrated\(members of Boko Haram/.test(f)), facts(y).join("\n"));
});

test("'The suspect, X,' after an unnamed gunman is the gunman named", () => {
  const x = run(
    "A gunman killed 20 people at a shopping centre in Sfax on Saturday. The suspect, Ahmed Ben Salem, 21, surrendered to officers.",
  );
  assert.ok(
    facts(x).some((f) => /^perpetrated\(Ahmed Ben Salem → /.test(f)),
    facts(x).join("\n"),
  );
});

test("'An 18-year-old white man in body armour shot 13 people' is the attacker, named later by 'Police named him as X'", () => {
  const x = run(
    "An 18-year-old white man in body armour shot 13 people at a supermarket in Buffalo on Saturday, killing 10. Police named him as Payton Gendron.",
  );
  assert.ok(facts(x).includes("perpetrated(Payton Gendron → Buffalo attack)"), facts(x).join("\n"));
  assert.ok(facts(x).includes("age(Payton Gendron → 18)"), facts(x).join("\n"));
});

test("gunmen on motorbikes are the attackers; forces who stormed in to end an attack are not", () => {
  const x = run(
    "Gunmen on motorbikes killed at least 30 villagers in an attack on the village of Koulogon on Tuesday.",
  );
  assert.ok(facts(x).includes("perpetrated(gunmen → Koulogon attack)"), facts(x).join("\n"));
  const y = run(
    "Gunmen killed 20 people at the Radisson Blu hotel in Bamako. The gunmen seized 170 hostages before Malian and French special forces stormed the building.",
  );
  assert.ok(!facts(y).some((f) => /^perpetrated\(.*special forces → Radisson/.test(f)), facts(y).join("\n"));
});

test("a sniper who shot the victim dead carried the killing out; a police sniper who shot the attacker did not", () => {
  const x = run("Police chief Javed Iqbal was killed by a sniper on Tuesday in Quetta, officials said.");
  assert.ok(
    facts(x).some((f) => /^perpetrated\(sniper → .*Javed Iqbal/.test(f)),
    facts(x).join("\n"),
  );
  const y = run(
    "Gunmen attacked a hotel in Mogadishu on Tuesday, killing 12 people. A police sniper shot dead one of the gunmen.",
  );
  assert.ok(!facts(y).some((f) => /^perpetrated\(.*sniper/.test(f)), facts(y).join("\n"));
});

test("militiamen, terrorists, separatists, guerrillas and herdsmen acting in their own clause are attackers", () => {
  const cases: [string, string][] = [
    ["Militiamen stormed a camp near Bunia overnight, killing 22 people.", "militiamen → Bunia attack"],
    [
      "Terrorists attacked a police station in Kunar province on Saturday, killing four officers.",
      "terrorists → Kunar province attack",
    ],
    [
      "Guerrillas ambushed an army patrol near Tame on Tuesday, killing five soldiers.",
      "guerrillas → Tame ambush",
    ],
  ];
  for (const [text, fact] of cases) assert.ok(facts(run(text)).includes(`perpetrated(${fact})`), text);
});

test("those nouns as victims or as parties to talks carry out nothing", () => {
  const x = run(
    "Soldiers killed nine terrorists in a raid on a hideout near Maiduguri. Talks with separatists resumed on Monday.",
  );
  assert.ok(
    !facts(x).some((f) => /^perpetrated\((?:nine )?(?:terrorists|separatists)/.test(f)),
    facts(x).join("\n"),
  );
});

test("an organisation after 'by' of a participle is not the subject of the verb that follows", () => {
  const x = run("A bombing claimed by the Islamic State killed 12 people in Kabul on Friday.");
  assert.ok(!facts(x).some((f) => f.startsWith("perpetrated(Islamic State")), facts(x).join("\n"));
  assert.ok(
    facts(x).includes("claimed_responsibility_for(Islamic State → Kabul bombing)"),
    facts(x).join("\n"),
  );
});
