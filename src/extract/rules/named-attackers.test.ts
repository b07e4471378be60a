import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// A named person who does the attacker's act in a later sentence; sentences written for these tests.
const run = (text: string) => extractText(text, "2021-06-05");

test("a name opening a sentence with an attacker's act is the report's unnamed attacker", () => {
  const x = run(
    "A suicide bomber killed 22 people at a concert in Leeds on Monday. Karim Haddad, 22, detonated a device in the foyer.",
  );
  assertHas(x, "perpetrated(Karim Haddad → Leeds attack)");
  assertHas(x, "age(Karim Haddad → 22)");
});

test("'X blew himself up' after the event is its perpetrator; 'killed himself' is not", () => {
  const x = run(
    "A suicide bombing killed 22 people at a concert in Leeds on Monday. Karim Haddad blew himself up in the foyer.",
  );
  assertHas(x, "perpetrated(Karim Haddad → Leeds bombing)");
  const y = run(
    "A bomb killed four people at a market in Gao on Monday. Ali Maiga killed himself in prison.",
  );
  assertLacks(y, /^perpetrated\(Ali Maiga/);
});

test("a titled officer or someone beside the attacker in the sentence is not the attacker", () => {
  const x = run(
    "A gunman killed nine people at a bar in Dayton on Sunday. Officer Jeremy Ellis, 30, opened fire within a minute.",
  );
  assertHas(x, "perpetrated(Dayton gunman → Dayton attack)");
  assertLacks(x, /^perpetrated\(Jeremy Ellis/);
  const y = run(
    "A gunman killed nine people at a bar in Dayton on Sunday. Jeremy Ellis opened fire on the gunman within a minute.",
  );
  assertLacks(y, /^perpetrated\(Jeremy Ellis/);
});

test("a named person or group after 'by' behind an event's phrase carried it out; not a force", () => {
  const x = run(
    "The ceremony marked two years since the attack by Brenton Tarrant on two mosques in Christchurch, which killed 51 people.",
  );
  assertHas(x, "perpetrated(Brenton Tarrant → attack)");
  const y = run(
    "A bomb killed four people at a market in Gao on Monday. A raid by police followed on Tuesday.",
  );
  assertLacks(y, /^perpetrated\(police → Gao/);
});

test("an organisation after 'by' behind an event's phrase carried it out, past an article; not a force", () => {
  const x = run("An attack by al-Shabaab on a military base in Lamu killed three Americans.");
  assertHas(x, "perpetrated(al-Shabaab → Lamu attack)");
  const y = run("An attack by the Taliban on a checkpoint in Helmand killed nine policemen on Monday.");
  assertHas(y, "perpetrated(Taliban → Helmand attack)");
  const z = run(
    "A bomb killed four people at a market in Gao. The attack was condemned by the United Nations.",
  );
  assertLacks(z, /^perpetrated\(United Nations/);
  const w = run(
    "A bomb killed four people at a market in Gao. A raid by the Malian army followed on Tuesday.",
  );
  assertLacks(w, /^perpetrated\(Malian army/);
});
