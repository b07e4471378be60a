import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Sentences written for these tests (none from the evaluation sets).
const run = (text: string) => extractText(text, "2021-06-05");

test("an unnamed cell after 'belonged to' is a group, and the participle after it ties the cell", () => {
  const x = run(
    "Bombs exploded in Kampala on Tuesday. Police said the attackers belonged to a domestic cell " +
      "linked to the Allied Democratic Forces.",
  );
  assertHas(x, "member_of(Kampala attackers → domestic cell)");
  assertHas(x, "affiliated_with(domestic cell → Allied Democratic Forces)");
  assertLacks(x, /^(?:member_of|affiliated_with)\(Kampala attackers → Allied Democratic Forces\)/);
  assert.equal(x.entities.find((e) => e.name === "domestic cell")?.type, "group");
});

test("bare plural collectives keep a place that follows them, and did no attack", () => {
  const x = run(
    "Two bombers killed 40 people in Moscow on Monday. Officials said the bombers had links to " +
      "militant groups in the North Caucasus.",
  );
  assertHas(x, "affiliated_with(bombers → militant groups in the North Caucasus)");
  assertLacks(x, /^perpetrated\(militant groups/);
});

test("a club is an organisation; a telling's date does not date the membership", () => {
  const x = run(
    "The prosecutor told reporters on Thursday that Karl Weber, 43, had owned his rifles as a member of a shooting club.",
  );
  assertHas(x, "member_of(Karl Weber → shooting club)");
  assert.equal(x.entities.find((e) => e.name === "shooting club")?.type, "organization");
  const tie = x.statements.find((s) => s.predicate === "member_of");
  assert.equal(tie?.time, undefined);
});

test("a definite collective, 'a group of' and a possession are no new group", () => {
  assertLacks(run("Police said the car belonged to a group of Syrian students."), /^member_of/);
  assertLacks(run("Yusuf Bello was a member of Musa Danjuma's family."), /^member_of/);
  assertLacks(
    run(
      "Gunmen killed 12 villagers in Solhan on Friday. Officials said the gunmen were not members of a local gang.",
    ),
    /^member_of/,
  );
});

test("a host apposed as a breakaway faction of a group is an organisation affiliated with it", () => {
  const x = run("Jamaat-ul-Ahrar, a breakaway faction of the Pakistani Taliban, claimed the bombing.");
  assertHas(x, "affiliated_with(Jamaat-ul-Ahrar → Taliban)");
  assert.equal(x.entities.find((e) => e.name === "Jamaat-ul-Ahrar")?.type, "organization");
});
