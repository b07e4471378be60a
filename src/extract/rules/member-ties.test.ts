import assert from "node:assert/strict";
import { test } from "node:test";
import { personAfterGroupTitle } from "./member-ties.js";
import { assertHas, assertLacks, extractText, factsOf } from "./testing.js";

// Sentences written for these tests (none from the evaluation sets).
const run = (text: string) => extractText(text, "2019-05-10");

test("counted members of a banned group are a group, members of it", () => {
  const x = run("Police detained four members of the outlawed Boko Haram in Maiduguri on Monday.");
  assertHas(x, "member_of(four members of the outlawed Boko Haram → Boko Haram)");
  assert.equal(x.entities.find((e) => e.name === "four members of the outlawed Boko Haram")?.type, "group");
});

test("members of the public, of parliament and of the security forces are no membership", () => {
  const x = run(
    "Two members of the public were hurt in Kano. Members of Parliament met in Abuja. " +
      "Three members of the security forces died.",
  );
  assertLacks(x, /^member_of/);
});

test("a known group's title in front of a name: the person, a member of the group", () => {
  const x = run("The Boko Haram commander Mamman Nur was killed near Maiduguri.");
  assert.equal(x.entities.find((e) => e.name === "Mamman Nur")?.type, "person");
  assertHas(x, "member_of(Mamman Nur → Boko Haram)");
});

test("a group's leader named in front of or after a possessive leads it", () => {
  assertHas(
    run("The al-Shabaab leader Hassan Dahir was seen in Kismayo."),
    "leader_of(Hassan Dahir → al-Shabaab)",
  );
  assertHas(run("Boko Haram's leader, Musa Garba, spoke in a video."), "leader_of(Musa Garba → Boko Haram)");
});

test("a deputy leader holds a post in the group, and does not lead it", () => {
  const x = run("Boko Haram's deputy leader, Musa Garba, spoke in a video.");
  assertHas(x, "holds_position(Musa Garba → deputy leader)");
  assertHas(x, "official_of(Musa Garba → Boko Haram)");
  assertLacks(x, /^leader_of\(Musa Garba/);
});

test("a title of a body that is no armed group ties no member", () => {
  const x = run(
    "The army commander of the region said the road was closed. Police chief Musa Garba said so too.",
  );
  assertLacks(x, /^member_of/);
});

test("a senior figure of a group in apposition is its member", () => {
  const x = run("Musa Garba, a senior Ansar al-Sharia figure, was arrested in Sfax.");
  assertHas(x, "member_of(Musa Garba → Ansar al-Sharia)");
});

test("the head of a group's wing is its member, not its leader", () => {
  const x = run("Musa Garba, the head of Ansar al-Sharia's military wing, was arrested in Sfax.");
  assertHas(x, "member_of(Musa Garba → Ansar al-Sharia)");
  assertHas(x, "holds_position(Musa Garba → head of Ansar al-Sharia's military wing)");
  assertLacks(x, /^leader_of/);
});

test("a person's name is read only after lowercase title words", () => {
  const text = "Abu Sayyaf commander Musa Garba";
  assert.deepEqual(personAfterGroupTitle(text, 10, text.length), { start: 21, end: 31, text: "Musa Garba" });
  const other = "Abu Sayyaf Khorasan Province";
  assert.equal(personAfterGroupTitle(other, 10, other.length), undefined);
  assert.ok(factsOf(run("Abu Sayyaf said nothing.")).every((f) => !f.startsWith("member_of")));
});

test("counted members killed in an attack are its victims' group, never its perpetrators", () => {
  const x = run("Gunmen opened fire on a parade in Kano on Monday, killing six members of the Boko Haram.");
  assertLacks(x, /^perpetrated\(six members/);
});

test("a person apposed with 'the group's leader' leads the armed group last named", () => {
  const x = run("Boko Haram attacked the town. Abubakar Shekau, the group's leader, appeared in a video.");
  assertHas(x, "leader_of(Abubakar Shekau → Boko Haram)");
  assertLacks(
    run("Boko Haram attacked the town. Abubakar Shekau, the group's fighter, appeared in a video."),
    /^leader_of/,
  );
});

test("a name taken for a place after 'belonging to' is the body he belongs to", () => {
  const x = run(
    "Police said Ramon Quintero had admitted belonging to the Halcones, the armed wing of the Sinaloa cartel.",
  );
  assertHas(x, "member_of(Ramon Quintero → Halcones)");
  assertLacks(x, /member_of\(Ramon Quintero → Sinaloa/);
  const y = run(
    "Police said Ramon Quintero had admitted belonging to the Netherlands branch of the network.",
  );
  assertLacks(y, /member_of\(Ramon Quintero → Netherlands/);
});

test("hedged members after a copula are said of the subject, not a group of their own", () => {
  const x = run(
    "Gunmen killed 12 villagers in Solhan on Friday. Officials said the gunmen were suspected members of Boko Haram.",
  );
  assertHas(x, "member_of(gunmen → Boko Haram)");
  assertLacks(x, /^member_of\(members of Boko Haram/);
});

test("a name after 'members of' is a body of people, not a person", () => {
  const x = run(
    "Gunmen killed 12 villagers in Solhan on Friday. Officials said the attackers were members of Ansaroul Islam.",
  );
  assertHas(x, "member_of(gunmen → Ansaroul Islam)");
  assert.equal(x.entities.find((e) => e.name === "Ansaroul Islam")?.type, "organization");
});

test("hedges and times in a title leave it whole; a founder leads", () => {
  assertHas(
    run("Police arrested Musa Garba, a suspected Islamic State militant, on Friday."),
    "member_of(Musa Garba → Islamic State)",
  );
  assertHas(
    run("Boko Haram's founder, Musa Garba, was killed in 2009."),
    "leader_of(Musa Garba → Boko Haram)",
  );
  const x = run("Musa Garba, Boko Haram's longtime leader, died in May.");
  assertHas(x, "leader_of(Musa Garba → Boko Haram)");
  // A lesser post in the same shape is no leadership.
  const deputy = run("Musa Garba, Boko Haram's deputy leader, died in May.");
  assertLacks(deputy, /^leader_of/);
  assertHas(deputy, "official_of(Musa Garba → Boko Haram)");
});

test("'whose leader' ties the leader to the group the pronoun stands for", () => {
  const x = run("Boko Haram, whose leader Musa Garba died in May, claimed the attack.");
  assertHas(x, "leader_of(Musa Garba → Boko Haram)");
  assertHas(x, "claimed_responsibility_for(Boko Haram → attack)");
  assertLacks(run("The soldiers, whose leader Musa Garba died in May, left Baga."), /^leader_of/);
});

test("a group title that ends in where its holder is from still ties him to the group", () => {
  assertHas(
    extractText(
      "Abu Walid, the Islamic State operative from Belgium who planned the raid, was killed.",
      "2021-06-05",
    ),
    "member_of(Abu Walid → Islamic State)",
  );
});

test("the group's spiritual guide leads it", () => {
  assertHas(
    extractText(
      "Ansar Dine launched the attack on Konna. Iyad Ag Ghaly, the group's spiritual guide, was not seen.",
      "2021-06-05",
    ),
    "leader_of(Iyad Ag Ghaly → Ansar Dine)",
  );
});
