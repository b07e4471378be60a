import assert from "node:assert/strict";
import { test } from "node:test";
import type { Extraction } from "../extraction.js";
import { propagatePersonNames } from "./name-propagation.js";
import type { NamedSpan } from "./named-span.js";
import { assertHas, assertLacks, extractText, factsOf } from "./testing.js";

const run = (text: string, published = "2015-07-01") => extractText(text, published);

const facts = factsOf;

const persons = (x: Extraction) =>
  x.entities
    .filter((e) => e.type === "person")
    .map((e) => e.name)
    .sort();

test("a bare surname the recogniser misses is the person the report names in full elsewhere", () => {
  const text =
    "Rafik Chelli told reporters that Rezgui had belonged to Ansar al-Sharia. " +
    "Rezgui was enrolled at a university in Kairouan. " +
    "Mr Chelli said that Seifeddine Rezgui had left Tunisia illegally.";
  const x = run(text);
  const all = facts(x);
  assert.ok(all.includes("member_of(Seifeddine Rezgui → Ansar al-Sharia)"), all.join("\n"));
  assert.ok(!all.some((f) => f.startsWith("member_of(Rafik Chelli")), all.join("\n"));
  assert.ok(all.includes("studied_at(Seifeddine Rezgui → university in Kairouan)"), all.join("\n"));
  assert.deepEqual(persons(x), ["Rafik Chelli", "Seifeddine Rezgui"]);
});

test("name propagation relabels and adds spans, but not words the text also writes in lowercase", () => {
  const text = "Said Hamdi spoke. Hamdi left. Later Said it again, officials said.";
  const spans: NamedSpan[] = [{ start: 0, end: 10, text: "Said Hamdi", label: "PER" }];
  const out = propagatePersonNames(text, spans);
  assert.deepEqual(
    out.map((s) => [s.text, s.label]),
    [
      ["Said Hamdi", "PER"],
      ["Hamdi", "PER"],
    ],
  );
});

test("'named the attacker as X' makes the described attacker that man", () => {
  const x = run(
    "The death toll from Friday's attack in Sousse rose to 39. The figure counts the gunman, who was shot dead by police. " +
      "The authorities named the attacker as Seifeddine Rezgui, a 23-year-old student from Gaafour who was studying in Kairouan.",
    "2015-06-27",
  );
  const all = facts(x);
  assert.deepEqual(persons(x), ["Seifeddine Rezgui"]);
  assert.ok(all.includes("perpetrated(Seifeddine Rezgui → Sousse attack)"), all.join("\n"));
  assert.ok(all.includes("age(Seifeddine Rezgui → 23)"), all.join("\n"));
  assert.ok(all.includes("resident_of(Seifeddine Rezgui → Gaafour)"), all.join("\n"));
});

test("two named men put to 'the two gunmen' are members of the group and carried out its attack", () => {
  const x = run(
    "The two gunmen killed at the Bardo museum on Wednesday were Yassine Labidi and Saber Khachnaoui, officials said. " +
      "Labidi was known to the intelligence services before the attack, in which 21 people died.",
    "2015-03-20",
  );
  const all = facts(x);
  for (const man of ["Yassine Labidi", "Saber Khachnaoui"]) {
    assert.ok(
      all.some((f) => f.startsWith(`perpetrated(${man} → `) && f.includes("attack")),
      all.join("\n"),
    );
    assert.ok(
      all.some((f) => f.startsWith(`member_of(${man} → `)),
      all.join("\n"),
    );
  }
});

test("a report that first writes a bare surname after describing the attacker means the attacker", () => {
  const x = run(
    "Officials said the gunman, a 23-year-old student from Gaafour, crossed into Libya in January. " +
      "Rafik Chelli, secretary of state for the Interior Ministry, told reporters that Rezgui had belonged to Ansar al-Sharia. " +
      "Mr Chelli said that Seifeddine Rezgui had left Tunisia illegally.",
    "2015-06-30",
  );
  const all = facts(x);
  assert.ok(all.includes("traveled_to(Seifeddine Rezgui → Libya)"), all.join("\n"));
  assert.ok(all.includes("age(Seifeddine Rezgui → 23)"), all.join("\n"));
  assert.deepEqual(persons(x), ["Rafik Chelli", "Seifeddine Rezgui"]);
});

test("attackers in a clause of time carried out another attack, not the sentence's", () => {
  const x = run(
    "A gunman killed 38 people at a beach hotel in Sousse on Friday. " +
      "The attack came three months after gunmen killed foreign visitors at the Bardo Museum in Tunis.",
    "2015-06-27",
  );
  const all = facts(x);
  assert.ok(!all.some((f) => /^perpetrated\(gunmen → Sousse attack\)/.test(f)), all.join("\n"));
});

test("'became a killer' is a predicate, not a new person", () => {
  const x = run(
    "In Gafour, a quiet town asks how one of its sons became a killer. The family home of Seifiddine Rezgui Yacoubi stands in this town. " +
      "Officials have said that the gunman had crossed into Libya in January.",
  );
  assert.deepEqual(persons(x), ["Seifiddine Rezgui Yacoubi"]);
  assert.ok(facts(x).includes("traveled_to(Seifiddine Rezgui Yacoubi → Libya)"), facts(x).join("\n"));
});

test("'the number of people killed stood at 21' is a toll", () => {
  const x = run(
    "Gunmen attacked the Bardo Museum in Tunis on Wednesday. The health ministry said the number of people killed stood at 21, mostly tourists.",
    "2015-03-19",
  );
  const all = facts(x);
  assert.ok(all.includes("killed(Bardo Museum attack → 21)"), all.join("\n"));
});

test("a described attacker is named after the attack he carried out, not the one the report leads with", () => {
  const x = run(
    "The Sousse attack killed 38 people. In November a suicide bomber killed 12 members of the presidential guard on a bus in central Tunis.",
    "2016-03-18",
  );
  assert.ok(facts(x).includes("perpetrated(Tunis bomber → Tunis attack)"), facts(x).join("\n"));
});

test("'named the man who …, … as X' reaches over a long relative clause", () => {
  const x = extractText(
    "Police in Kano on Friday named the man who drove a van into shoppers outside the central market and then stabbed a guard as Musa Danjuma, 34, who lived in Zaria. The attack killed three people.",
    "2019-05-10",
  );
  assertHas(x, "perpetrated(Musa Danjuma → attack)");
  assertHas(x, "age(Musa Danjuma → 34)");
});

test("a naming does not reach past the clause of the description", () => {
  const x = extractText(
    "A gunman killed three people at the central market in Kano on Sunday. Police described the gunman who attacked the market; officials later spoke of him as Musa Danjuma's cousin.",
    "2019-05-10",
  );
  assertLacks(x, /^perpetrated\(Musa Danjuma →/);
});

test("an attacker's apposed name is a person's, whatever the recogniser typed it", () => {
  const text =
    "A gunman took hostages at a café in Kano on Monday. Two hostages died, police said, and the gunman, Kabiru Sokoto Group, 50, was killed.";
  const x = extractText(text, "2019-05-10", { finder: "capitals" });
  assertHas(x, "age(Kabiru Sokoto Group → 50)");
  const student = extractText(
    "Two hostages died, police said, and the student, Kabiru Sokoto Group, 50, was killed.",
    "2019-05-10",
    { finder: "capitals" },
  );
  assert.equal(student.entities.find((e) => e.name === "Kabiru Sokoto Group")?.type, "organization");
});

test("an arrest told beside the attack does not keep the described attacker from carrying it out", () => {
  const text =
    "The 30-year-old suspected of shooting dead six people at a mosque in Quebec City was arrested on Monday morning near the bridge to Ile d'Orleans. " +
    "Police named him as Alexandre Bissonnette. " +
    "The prime minister called the shooting a terrorist attack.";
  const all = facts(run(text, "2017-01-31"));
  assert.ok(
    all.some((f) => /^perpetrated\(Alexandre Bissonnette → .*(?:attack|shooting)/.test(f)),
    all.join("\n"),
  );
  assert.ok(!all.some((f) => /^perpetrated\(Alexandre Bissonnette → arrest/.test(f)), all.join("\n"));
});

test("a copula after a source's 'said' puts a name to the attacker, an age before the name too", () => {
  assertHas(
    run(
      "A gunman killed nine people at a bar in Dayton on Sunday. Police said the gunman was Carl Betts, 24.",
    ),
    "perpetrated(Carl Betts → Dayton attack)",
  );
  const x = run(
    "A gunman killed nine people at a bar in Dayton on Sunday. The shooter was 24-year-old Carl Betts.",
  );
  assertHas(x, "perpetrated(Carl Betts → Dayton attack)");
  assertHas(x, "age(Carl Betts → 24)");
  // The victim named by a copula is no attacker.
  const y = run(
    "A gunman killed nine people at a bar in Dayton on Sunday. Police said the victim was Lois Oglesby, 27.",
  );
  assertLacks(y, /^perpetrated\(Lois Oglesby/);
});
