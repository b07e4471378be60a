import assert from "node:assert/strict";
import { test } from "node:test";
import type { Extraction } from "../extraction.js";
import { splitSentences } from "../text/sentences.js";
import { createRuleExtractor } from "./rule-extractor.js";
import { assertHas, assertLacks, extractText, factsBy, factsOf } from "./testing.js";

const extractor = createRuleExtractor({ skipFailingSentences: false });

function run(text: string, published = "2015-06-26"): Extraction {
  return extractor.extract({ text, sentences: splitSentences(text), published, language: "en" });
}

const events = (x: Extraction) => x.entities.filter((e) => e.type === "event").map((e) => e.name);

test("an unplaced 'the attack' happened where an earlier sentence put gunfire", () => {
  const x = run(
    "Gunfire was reported on the beach at Port El Kantaoui. Guests were told to stay inside. " +
      "An official said at least 27 people were killed in the attack.",
  );
  assert.deepEqual(events(x), ["Port El Kantaoui attack"]);
});

test("an unnamed site gives the town it lies in, before a town it is only near", () => {
  const x = run(
    "Gunfire reported on the beach in front of a hotel at Port El Kantaoui, near Sousse. " +
      "A spokesman says at least 27 people were killed in the attack.",
  );
  assert.deepEqual(events(x), ["Port El Kantaoui attack"]);
});

test("…but not at a home town or a place of study the report names without violence", () => {
  const x = run(
    "The family home of the young man stands in Gafsa. Relatives told reporters after the attack that he " +
      "went away to study in Kairouan. Officials said 38 people were killed in the attack.",
  );
  assert.ok(!events(x).some((e) => /Gafsa|Kairouan/.test(e)), events(x).join(", "));
});

test("a perpetrator's clause places and dates an attack the report had not placed", () => {
  const x = run(
    "Relatives told reporters after the attack that he had been a quiet student. Officials said that the gunman, " +
      "who killed holidaymakers on the beach at Port El Kantaoui on 26 June before he was shot dead, had trained in Libya.",
    "2015-07-01",
  );
  const name = (key: string | undefined) => x.entities.find((e) => e.key === key)?.name;
  const facts = x.statements.map(
    (s) => `${s.predicate}(${name(s.subject)} → ${s.object ? name(s.object) : s.value})`,
  );
  assert.ok(
    facts.includes("occurred_at(Port El Kantaoui attack → beach at Port El Kantaoui)"),
    facts.join("\n"),
  );
  assert.ok(facts.includes("occurred_on(Port El Kantaoui attack → 2015-06-26)"), facts.join("\n"));
  assert.deepEqual(events(x), ["Port El Kantaoui attack"]);
});

test("an attack known only by its toll is mentioned where the toll is read", () => {
  const x = run(
    "In November a suicide bomber killed 12 members of the presidential guard on a bus in central Tunis.",
    "2016-03-18",
  );
  const event = x.entities.find((e) => e.type === "event");
  assert.equal(event?.name, "Tunis attack");
  assert.deepEqual(
    x.mentions.filter((m) => m.entity === event?.key).map((m) => m.text),
    ["killed 12 members of the presidential guard on a bus in central Tunis"],
  );
});

test("a counted event phrase opening a sentence tells the attack already reported", () => {
  const x = extractText(
    "A suicide bombing hit a rally in Tambov on Saturday. Two explosions ripped through the crowd, killing at least 40 people.",
    "2021-03-08",
  );
  const events = x.entities.filter((e) => e.type === "event");
  assert.equal(events.length, 1, events.map((e) => e.name).join(", "));
  assertHas(x, `killed(${events[0]!.name} → 40)`);
});

test("a second attack opening a sentence is not told as the first", () => {
  const x = extractText(
    "A suicide bombing hit a rally in Tambov on Saturday. A second attack killed three soldiers.",
    "2021-03-08",
  );
  const first = x.entities.find((e) => e.type === "event")!;
  const told = x.mentions.filter((m) => m.entity === first.key).map((m) => m.text);
  assert.ok(!told.some((t) => /second attack/i.test(t)), told.join(", "));
});

test("an event in a town told by its description: 'in the eastern port city of X'", () => {
  const x = extractText(
    "Officials said nine people were killed in a two-day siege in the eastern port city of Mersin.",
    "2021-03-10",
  );
  assert.ok(factsBy(x, "occurred_at").includes("Mersin siege → Mersin"), factsOf(x).join("\n"));
});

test("'there' and 'where' point an indefinite blast back to the place just named", () => {
  const x = extractText(
    "A man left a bag at the Hilton Hotel moments before a bomb exploded there on Monday, killing 12 people.",
    "2021-03-10",
  );
  assert.ok(
    factsBy(x, "killed").some((f) => f.endsWith("→ 12")),
    factsOf(x).join("\n"),
  );
  assert.ok(
    factsBy(x, "occurred_at").some((f) => f.endsWith("→ Hilton Hotel")),
    factsOf(x).join("\n"),
  );
  const y = extractText("A man left a bag at the Hilton Hotel before a bomb was found.", "2021-03-10");
  assert.deepEqual(factsBy(y, "occurred_at"), []);
});

test("'Two loud explosions' opening a sentence are the report's attack told in detail", () => {
  const x = extractText(
    "Suicide bombers attacked the central station in Gulu on Tuesday. Two loud explosions shook the " +
      "station, killing four people.",
    "2021-03-10",
  );
  const events = x.entities.filter((e) => e.type === "event");
  assert.equal(events.length, 1, factsOf(x).join("\n"));
});

test("a drone or missile strike is an event; 'strike' alone is not", () => {
  const x = run(
    "Officials said a US drone strike killed the al-Shabaab leader in Somalia on Monday.",
    "2014-09-06",
  );
  assert.deepEqual(events(x), ["Somalia drone strike"]);
  assertHas(x, "occurred_at(Somalia drone strike → Somalia)");
  const y = run("Dock workers began a strike in Marseille on Monday.", "2014-09-06");
  assert.deepEqual(events(y), []);
});

test("an indefinite event that kills happened, placed at the country when that is all the sentence gives", () => {
  const x = run("Officials said an explosion killed five people in Nigeria on Monday.", "2014-09-06");
  assert.deepEqual(events(x), ["Nigeria explosion"]);
  // Only as the subject of a harm verb in the past: what an explosion would have done is no event.
  const y = run("An explosion would have killed dozens in Nigeria, officials said.", "2014-09-06");
  assert.ok(!events(y).includes("Nigeria explosion"), events(y).join(", "));
});

test("'the murder of nine parishioners at X' is an event at X; a beheading is named after its victim and placed", () => {
  const x = run(
    "Dylann Roof was sentenced for the murder of nine parishioners at Emanuel African Methodist Episcopal Church in Charleston.",
    "2017-01-11",
  );
  assertHas(
    x,
    "occurred_at(Emanuel African Methodist Episcopal Church murder → Emanuel African Methodist Episcopal Church)",
  );
  const y = run(
    "The beheading of Samuel Paty near his school in Conflans-Sainte-Honorine on Friday was condemned.",
    "2020-10-20",
  );
  assertHas(y, "occurred_at(beheading of Samuel Paty → Conflans-Sainte-Honorine)");
  // The scene is not found across a coordination.
  const z = run(
    "He said the group was responsible for the assassinations of Chokri Belaid and for attacks on soldiers in the Chaambi mountains.",
    "2013-08-28",
  );
  assert.ok(!z.statements.some((s) => s.predicate === "occurred_at" && s.subject.includes("assassination")));
});

test("'the Red Sea resort of Dahab' is the town Dahab, not a resort site nor the sea", () => {
  const x = extractText(
    "Three bombs tore through the Red Sea resort of Dahab on Monday evening, killing 23 people.",
    "2006-04-25",
  );
  assert.deepEqual(events(x), ["Dahab bombing"]);
  assertHas(x, "occurred_at(Dahab bombing → Dahab)");
  assert.ok(!x.entities.some((e) => e.type === "facility"), x.entities.map((e) => e.name).join(", "));
  assert.ok(
    !x.statements.some(
      (s) => s.predicate === "occurred_at" && x.entities.find((e) => e.key === s.object)?.name === "Red Sea",
    ),
  );
});

test("a killing's victim is the subject of 'was killed', not a speaker earlier in the sentence", () => {
  const x = extractText(
    "The German foreign minister, Sigmar Gabriel, says embassy staff were hurt and an Afghan guard at the mission was killed.",
    "2017-05-31",
  );
  assert.ok(!events(x).some((e) => e.includes("Sigmar Gabriel")), events(x).join(", "));
  const y = extractText(
    "Chokri Belaid, a leader of the Popular Front and a critic of the government, was shot dead outside his home in Tunis.",
    "2013-02-07",
  );
  assert.deepEqual(events(y), ["killing of Chokri Belaid"]);
});

test("'A huge explosion has shaken central Kabul' is an event though its verb takes an auxiliary", () => {
  const x = extractText("A huge explosion has shaken central Kabul near Zanbaq Square.", "2017-05-31");
  assert.equal(events(x).length, 1, events(x).join(", "));
});

test("what a source says opens a sentence: 'State television says three bombs went off' tells the report's attack", () => {
  const x = extractText(
    "Explosions are reported in Dahab, the diving resort on the Sinai coast. " +
      "State television says three bombs went off in the town centre near restaurants.",
    "2006-04-24",
  );
  assert.deepEqual(events(x), ["Dahab explosion"]);
  assert.ok(
    x.mentions.some((m) => m.text === "three bombs"),
    x.mentions.map((m) => m.text).join(", "),
  );
});

test("an event's own relative clause of harm places it: 'the twin bombings that killed 30 people in Algiers'", () => {
  const x = extractText(
    "The twin bombings that killed more than 30 people in Algiers on 11 April mark a shift.",
    "2007-05-01",
  );
  assertHas(x, "occurred_at(Algiers bombing → Algiers)");
  // Not a clause of something else: "the bombings, which the group said it carried out in Algiers".
  const y = extractText(
    "The bombings, which the group claimed in a statement in Algiers, shocked the country.",
    "2007-05-01",
  );
  assert.ok(!y.statements.some((s) => s.predicate === "occurred_at"), JSON.stringify(y.statements));
});

test("an attempt at an attack is an event at what it aimed at; 'no attempt to hide' is none", () => {
  const x = extractText(
    "The gunman failed in the attempt to storm the synagogue in Halle on Wednesday.",
    "2019-10-10",
  );
  assertHas(x, "occurred_at(Halle attempt → synagogue in Halle)");
  assertHas(x, "perpetrated(Halle gunman → Halle attempt)");
  const y = extractText(
    "Abdulmutallab was convicted over the failed attempt to blow up a Northwest Airlines jet over Detroit.",
    "2010-01-07",
  );
  assertHas(y, "occurred_at(Northwest Airlines jet attempt → Northwest Airlines jet)");
  const z = extractText("He made no attempt to hide and no attempt to flee.", "2010-01-07");
  assert.deepEqual(events(z), []);
});

test("'the attacks' after a seizure told by its verb is the attack, not the seizure", () => {
  const x = extractText(
    "Suicide bombers blew themselves up in two mosques in Sanaa on Friday, killing 137 people. " +
      "The mosques are used by the Houthi movement, whose fighters seized Sanaa in September. " +
      "Islamic State said in a statement that it was behind the attacks.",
    "2015-03-21",
  );
  assertHas(x, "claimed_responsibility_for(Islamic State → Sanaa attack)");
});

test("'A string of bombs … ripped through …' is an event, placed at the dateline's town named again in its clause", () => {
  const x = extractText(
    "JAIPUR, India, May 14 - A string of bombs hidden on bicycles ripped through crowded markets near temples in the old walled city of Jaipur on Tuesday evening, killing at least 60 people, police said.",
    "2008-05-14",
  );
  assertHas(x, "occurred_at(Jaipur bombing → Jaipur)");
  assertHas(x, "killed(Jaipur bombing → 60)");
  // Without the dateline's town in the clause, the event is not placed at the dateline.
  const y = extractText(
    "NEW DELHI, May 14 - A string of bombs hidden on bicycles ripped through crowded markets on Tuesday evening, police said.",
    "2008-05-14",
  );
  assert.ok(!y.statements.some((s) => s.predicate === "occurred_at"), JSON.stringify(y.statements));
});

test("a bomb's own clause of going off makes it the event; a bombing and a blast at one place are one event", () => {
  const x = extractText(
    "The ministry said the car bomb which exploded outside the Danish embassy in Islamabad on Monday had fake plates.",
    "2008-06-03",
  );
  assert.ok(
    x.mentions.some((m) => m.text === "car bomb"),
    x.mentions.map((m) => m.text).join(", "),
  );
  const y = extractText(
    "A car bomb exploded beside bus stops in Kızılay on Sunday, killing 37 people. More than 120 were wounded in the blast in Kızılay.",
    "2016-03-14",
  );
  assert.equal(events(y).length, 1, events(y).join(", "));
});

test("'the storming of the X hotel' and 'an offensive in X' are events; 'an offensive weapon' is none", () => {
  const x = extractText(
    "The Taliban carried out the storming of the Intercontinental hotel. The army launched an offensive in South Waziristan on Saturday. He was carrying an offensive weapon.",
    "2018-01-28",
  );
  assertHas(x, "occurred_at(Intercontinental hotel storming → Intercontinental hotel)");
  assertHas(x, "occurred_at(South Waziristan offensive → South Waziristan)");
  assert.equal(events(x).length, 2, events(x).join(", "));
});

test("a live blog's present tense and a verb's object place an indefinite event: 'A powerful explosion shakes central Kabul'", () => {
  const x = extractText(
    "12:50 A powerful explosion shakes central Kabul near several embassies.",
    "2018-01-27",
  );
  assertHas(x, "occurred_at(Kabul explosion → Kabul)");
});

test("'shot 13 people at a supermarket in a mostly Black neighbourhood of Buffalo' tells an attack there", () => {
  const x = extractText(
    "A man in body armour shot 13 people at a supermarket in a mostly Black neighbourhood of Buffalo on Saturday, killing 10.",
    "2022-05-15",
  );
  assertHas(x, "occurred_at(Buffalo attack → Buffalo)");
  assertHas(x, "killed(Buffalo attack → 10)");
  // Police who shot one attacker tell no attack by themselves.
  const y = extractText("Police shot the attacker dead in Buffalo on Saturday.", "2022-05-15");
  assert.ok(!events(y).includes("Buffalo attack"), events(y).join(", "));
});

test("a group named in the apposition before 'said … it carried out' claims the attack; 'in central Ankara' places it", () => {
  const x = extractText(
    "ISTANBUL, March 17 - A Kurdish militant group, the Kurdistan Freedom Falcons (TAK), said on Thursday that it carried out Sunday's car bombing in central Ankara that killed 37 people.",
    "2016-03-17",
  );
  assertHas(x, "occurred_at(Ankara bombing → Ankara)");
  assertHas(x, "claimed_responsibility_for(Kurdistan Freedom Falcons → Ankara bombing)");
  assert.ok(!factsOf(x).some((f) => f.startsWith("perpetrated(Kurdistan")), factsOf(x).join("\n"));
});

test("an act of harm known first only by its kind takes the place a later definite phrase gives it", () => {
  const x = extractText(
    "Mourners buried those killed in Friday's mosque bombings, and the ministry put the toll at 142 dead. Officials said four bombers carried out the Sanaa attacks.",
    "2015-03-21",
  );
  assert.equal(events(x).length, 1, events(x).join(", "));
  assertHas(x, "killed(Sanaa attack → 142)");
  assertHas(x, "occurred_at(Sanaa attack → Sanaa)");
});

test("a report that recalls other attacks at their sites keeps them apart from its own", () => {
  const x = extractText(
    "A gunman killed 38 tourists on a beach near Sousse on Friday. Islamic State claimed the attack at the Imperial Marhaba hotel, as it had claimed the attack on the Bardo Museum in March.",
    "2015-06-28",
  );
  assert.ok(
    events(x).some((e) => /Bardo/.test(e)),
    events(x).join(", "),
  );
});

test("a bare plural that strikes is an event of its own ('Explosions rocked Lima')", () => {
  const x = extractText("Explosions rocked Lima on Monday, killing three people.", "1997-04-22");
  assertHas(x, "occurred_at(Lima explosion → Lima)");
  assertHas(x, "killed(Lima explosion → 3)");
  const y = extractText("Engineers said explosions are a daily risk for the miners.", "1997-04-22");
  assertLacks(y, /explosion/);
});

test("an event that 'has torn through' is placed at the site after its verb, and 'in the centre of' a town in it", () => {
  const x = extractText(
    "An explosion has torn through a carriage of a suburban train as it pulled into Saint-Lazare station in central Paris, police say.",
    "1996-12-04",
  );
  assertHas(x, "occurred_at(Saint-Lazare station explosion → Saint-Lazare station)");
  const y = extractText(
    "Two explosions have hit crowds celebrating Independence Day in the centre of Morelia on Monday.",
    "2008-09-16",
  );
  assertHas(y, "occurred_at(Morelia explosion → Morelia)");
  const z = extractText("Two explosions were heard on the outskirts of Morelia on Monday.", "2008-09-16");
  assertLacks(z, /^occurred_at\(.* → Morelia\)$/);
});

test("noun modifiers between 'a' and the head ('A poison gas attack on five crowded subway trains … killed')", () => {
  const x = extractText(
    "A poison gas attack on five crowded subway trains during the Monday morning rush hour killed at least 12 people.",
    "1995-03-21",
  );
  assert.ok(
    x.statements.some((s) => s.predicate === "killed" && s.value === 12),
    factsOf(x).join("; "),
  );
  const y = extractText(
    "The cell behind last week's attacks in Barcelona was made up of young men.",
    "2017-08-24",
  );
  assert.ok(!y.mentions.some((m) => /^cell/.test(m.text)), y.mentions.map((m) => m.text).join("; "));
});

test("an explosion that shook a part of a town named by its direction is in the town", () => {
  const x = extractText(
    "A powerful explosion shook northern Kabul on Friday, killing 12 people.",
    "2021-06-05",
  );
  assertHas(x, "killed(Kabul explosion → 12)");
});
