import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText, factsOf } from "./testing.js";

// Members, leaders, affiliates and claims, on sentences written for these tests (none from the
// evaluation sets).
const run = (text: string, published = "2019-05-10") => extractText(text, published);

const facts = factsOf;

const has = assertHas;

const lacks = assertLacks;

test("members picked out of a group by a partitive list and by an ordinal", () => {
  const x = run(
    "Prosecutors have charged the three men they believe carried out last month's bombing in Lyon. " +
      "Two of them, Karim Haddad, 27, and Omar Belkacem, 31, grew up in Vaulx-en-Velin. " +
      "The third, Yanis Ferhat, 24, lived in Grenoble.",
  );
  has(x, "member_of(Karim Haddad → three men)");
  has(x, "member_of(Omar Belkacem → three men)");
  has(x, "member_of(Yanis Ferhat → three men)");
  assert.ok(facts(x).some((f) => /^perpetrated\(Yanis Ferhat → /.test(f)));
});

test("a partitive list whose count does not fit makes no members", () => {
  const x = run(
    "Police arrested the two men they believe carried out last month's bombing in Lyon. " +
      "Three of them, Karim Haddad, Omar Belkacem and Yanis Ferhat, were released.",
  );
  lacks(x, /^member_of/);
});

test("a given name alone is the one person of the report with that given name", () => {
  const x = run("Ilyas Kemmou was arrested in Lyon on Monday. Ilyas, 22, had studied at Lyon University.");
  has(x, "age(Ilyas Kemmou → 22)");
  assert.ok(!x.entities.some((e) => e.name === "Ilyas"));
});

test("a leader split from his group by a parenthetical source", () => {
  const x = run(
    "The cell behind last month's bombing in Lyon was small, and was led, police believe, by a preacher, Ahmed Zerrouki.",
  );
  has(x, "leader_of(Ahmed Zerrouki → cell)");
});

test("an organisation's regional arm is affiliated with it and may claim an attack", () => {
  const x = run(
    "A bomb killed nine soldiers at a checkpoint in Arish on Monday. Al-Qaeda's Sinai Province, which has fought the army for years, claimed responsibility for the attack.",
  );
  has(x, "affiliated_with(Sinai Province → Al-Qaeda)");
  assert.ok(facts(x).some((f) => /^claimed_responsibility_for\(Sinai Province → /.test(f)));
});

test("a description with a clause of the attacker's act, claimed as one of a group's soldiers", () => {
  const x = run(
    "The Islamic State said on Sunday that the man who drove a van into a market in Lyon on Friday was one of its soldiers.",
  );
  const man = x.entities.find((e) => e.type === "person");
  assert.ok(man, "the man is a person");
  assert.ok(
    x.mentions.some((m) => m.entity === man.key && m.text === "man who drove a van into a market in Lyon"),
  );
  assert.ok(facts(x).some((f) => /^member_of\(.* → Islamic State\)$/.test(f)));
  assert.ok(facts(x).some((f) => /^claimed_responsibility_for\(Islamic State → /.test(f)));
});

test("the head of a body holds the post with its body, is its official and its leader", () => {
  const x = run("Karim Haddad, the head of the National Guard, said the border was closed.");
  has(x, "holds_position(Karim Haddad → head of the National Guard)");
  has(x, "official_of(Karim Haddad → National Guard)");
  has(x, "leader_of(Karim Haddad → National Guard)");
});

test("passengers of an attacked bus are attacked, as a group, not a place", () => {
  const x = run("Gunmen opened fire on a bus carrying Coptic Christians near Assiut on Friday.");
  has(x, "attacked(gunmen → Coptic Christians)");
  assert.equal(x.entities.find((e) => e.name === "Coptic Christians")?.type, "group");
});

test("a town is never what an attack verb attacked", () => {
  const x = run("Three gunmen attacked Lyon's main station on Tuesday.");
  lacks(x, /^attacked\(.* → Lyon\)$/);
});

test("names in apposition to a group of attackers are its members and carried out its attack", () => {
  const x = run(
    "Two gunmen killed six people in an attack on the Grand Hotel in Mahdia on Sunday. " +
      "The two gunmen, Karim Haddad and Omar Belkacem, were shot dead by police.",
  );
  assert.ok(facts(x).some((f) => /^member_of\(Karim Haddad → /.test(f)));
  assert.ok(facts(x).some((f) => /^perpetrated\(Omar Belkacem → /.test(f)));
});
