import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Family ties, on sentences written for these tests (none from the evaluation sets).
const run = (text: string, published = "2021-03-10") => extractText(text, published);

test("a name coordinated before 'his cousin' owns the tie, not the sentence's subject", () => {
  const x = run(
    "Prosecutors in Lyon said on Tuesday that Karim Haddad and his cousin Yanis Haddad had bought the rifles.",
  );
  assertHas(x, "relative_of(Yanis Haddad → Karim Haddad)");
  assertLacks(x, /relative_of\(Yanis Haddad → (?!Karim)/);
});

test("a kin noun after an age-rank word and a partner in apposition are ties", () => {
  const x = run("Marc Dupuis, 44, was a fireman in Rouen. His elder brother, Paul Dupuis, ran a bakery.");
  assertHas(x, "relative_of(Paul Dupuis → Marc Dupuis)");
  const y = run(
    "Marc Dupuis, 44, was a fireman in Rouen; his partner, Claire Morel, 39, taught at a school.",
  );
  assertHas(y, "relative_of(Claire Morel → Marc Dupuis)");
});

test("an unnamed relative is a person tied to the possessor", () => {
  const x = run(
    "A gunman killed four people at a bus depot in Graz on Friday before shooting his 68-year-old father at their flat.",
  );
  assertHas(x, "relative_of(his 68-year-old father → Graz gunman)");
  const y = run(
    "Anton Weber, 51, opened fire at a market in Linz. Weber's wife was found unharmed at his home.",
  );
  assertHas(y, "relative_of(Weber's wife → Anton Weber)");
});

test("a parent described by trade or post is a person", () => {
  const x = run("The dead student, Omar Rahimi, was the son of the deputy governor of the Central Bank.");
  assertHas(x, "relative_of(Omar Rahimi → the deputy governor of the Central Bank)");
  const y = run("Tariq Aziz, 30, the son of a wealthy trader, was arrested in Leeds on Monday.");
  assertHas(y, "relative_of(Tariq Aziz → a wealthy trader)");
});

test("no tie without a possessor, for a relative who possesses, or for a named parent twice", () => {
  assertLacks(run("The general promised the mother of all battles near Mosul."), /relative_of/);
  const x = run("Anton Weber, 51, was arrested in Linz. His father had warned police about his son's views.");
  assertLacks(x, /relative_of\(his son/);
  const y = run("Leila Haddad is the daughter of Karim Haddad, a doctor in Lyon.");
  assertLacks(y, /relative_of\(Leila Haddad → a doctor/);
});
