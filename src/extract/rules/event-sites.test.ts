import assert from "node:assert/strict";
import { test } from "node:test";
import { findDates } from "./dates.js";
import { assertHas, assertLacks, extractText, factsBy } from "./testing.js";

// Several sites of one event, containment in appositions and chains, unnamed sites, and dates the
// event takes from its sentence. Our own sentences about invented attacks.

const run = (text: string, published = "2019-09-14") => extractText(text, published);

const facts = factsBy;

test("one event at several coordinated sites is placed at each", () => {
  const x = run(
    "Four bombs exploded on trains in Kano on Friday. The blasts struck at Sabon station and at the " +
      "suburban stations of Gwale Road and Tudun Wada.",
  );
  const at = facts(x, "occurred_at");
  for (const site of ["Sabon station", "Gwale Road", "Tudun Wada"])
    assert.ok(
      at.some((f) => f.endsWith(`→ ${site}`)),
      `${site} in ${at.join("; ")}`,
    );
  assert.equal(x.entities.find((e) => e.name === "Tudun Wada")?.type, "facility");
});

test("an event phrase with two towns happened in both; a list of countries is no event", () => {
  const x = run("The cell behind last week's attacks in Kano and Zaria came from Gusau.", "2019-09-20");
  assert.deepEqual(facts(x, "occurred_at").sort(), ["Kano attack → Kano", "Kano attack → Zaria"]);
  const y = run(
    "It followed deadly attacks in France and Kuwait, and the third attack in Tunisia this year.",
  );
  assert.deepEqual(facts(y, "occurred_at"), []);
  assert.equal(y.entities.filter((e) => e.type === "event").length, 0);
});

test("apposed places are containment; proximity is not", () => {
  const x = run(
    "The suspect lived in Aylesbury, Buckinghamshire, and later in Menton, on the French Riviera. " +
      "His brother lived in Zarzis, a port south of Djerba.",
  );
  const located = facts(x, "located_in");
  assert.ok(located.includes("Aylesbury → Buckinghamshire"), located.join("; "));
  assert.ok(located.includes("Menton → French Riviera"), located.join("; "));
  assert.ok(!located.some((f) => f.startsWith("Zarzis")), located.join("; "));
  // A list of towns is no containment.
  const y = run("Police searched homes in Tunis, Sousse and Kairouan.");
  assert.deepEqual(facts(y, "located_in"), []);
});

test("a chain of places: a hall on a street, the street in a district", () => {
  const x = run(
    "Gunmen took hostages at the Olympia concert hall, on boulevard Magenta in the 10th arrondissement.",
  );
  const located = facts(x, "located_in");
  assert.ok(located.includes("Olympia concert hall → boulevard Magenta"), located.join("; "));
  assert.ok(located.includes("boulevard Magenta → 10th arrondissement"), located.join("; "));
});

test("lowercase unnamed sites are facilities placed in their town, named with or without it", () => {
  const x = run(
    "Three suspects blew themselves up in a flat in Gusau on Saturday evening. " +
      "A bomber blew himself up on a busy shopping street in central Kano on Sunday.",
  );
  const located = facts(x, "located_in");
  assert.ok(located.includes("flat in Gusau → Gusau"), located.join("; "));
  assert.ok(located.includes("busy shopping street in central Kano → Kano"), located.join("; "));
  const street = x.entities.find((e) => e.name === "busy shopping street in central Kano");
  assert.equal(street?.type, "location");
  assert.ok(x.mentions.some((m) => m.text === "a busy shopping street" && m.entity === street?.key));
  assert.ok(x.mentions.some((m) => m.text === "central Kano"));
  assert.ok(facts(x, "occurred_at").some((f) => f.endsWith("→ flat in Gusau")));
});

test("a possessive town places the site it owns; the site is what was attacked", () => {
  const x = run("Three gunmen attacked Kano's Aminu Kano airport on Tuesday night, killing 12 people.");
  assert.ok(facts(x, "located_in").includes("Aminu Kano airport → Kano"));
  assert.ok(facts(x, "occurred_at").some((f) => f.endsWith("→ Aminu Kano airport")));
});

test("parts of the day and the night of a date are the day", () => {
  const at = (text: string, published: string) => findDates(text, 0, text.length, published)[0]?.value;
  assert.equal(at("the attacks in Kano tonight", "2019-09-14"), "2019-09-14");
  assert.equal(at("police raided a flat this morning", "2019-09-14"), "2019-09-14");
  assert.equal(at("on the night of 13 November", "2020-03-01"), "2019-11-13");
});

test("an event takes the day it happened from 'during', an opening date or a framed clause", () => {
  const x = run("Two blasts tore through buses in Kano during Thursday's morning rush hour.");
  assert.deepEqual(facts(x, "occurred_on"), ["Kano blast → 2019-09-12"]);
  const y = run("In November a suicide bomber killed 9 people on a bus in central Zaria.", "2020-03-01");
  assert.deepEqual(facts(y, "occurred_on"), ["Zaria attack → 2019-11"]);
  const z = run(
    "Aircraft struck a compound near the town of Gusau on Friday, in a raid that officials said " +
      "targeted a commander.",
  );
  assert.deepEqual(facts(z, "occurred_on"), ["Gusau raid → 2019-09-13"]);
});

test("'the attack of 26 June at X' is placed and dated; 'five days after them' dates the next event", () => {
  const x = run("He is suspected of helping in the attack of 26 June at the Royal Palm hotel.", "2019-12-01");
  assert.deepEqual(facts(x, "occurred_on"), ["Royal Palm hotel attack → 2019-06-26"]);
  const y = run(
    "The militant who organised last Friday's attacks in Kano was killed five days after them in a " +
      "police raid on an apartment in Zaria, the police said.",
    "2019-09-19",
  );
  const on = facts(y, "occurred_on");
  assert.ok(on.includes("Kano attack → 2019-09-13"), on.join("; "));
  assert.ok(on.includes("Zaria raid → 2019-09-18"), on.join("; "));
  // "five days" is a span, not a toll.
  assert.deepEqual(facts(y, "killed"), []);
});

test("'the attacks' takes the event its own date identifies, not the latest", () => {
  const x = run(
    "Gunmen killed 30 people in Kano on Friday. " +
      "Police killed two suspects in a raid in Zaria on Monday. " +
      "The attacks on Friday night had been planned for months.",
    "2019-09-17",
  );
  const raid = x.entities.find((e) => e.name === "Zaria raid");
  const attack = x.entities.find((e) => e.name === "Kano attack");
  const last = x.mentions.filter((m) => m.sentence === 2 && /attacks/.test(m.text));
  assert.ok(last.length > 0 && last.every((m) => m.entity === attack?.key && m.entity !== raid?.key));
});

test("a past year's attacks with no place are not the report's latest event", () => {
  const x = run(
    "Aircraft struck a camp near Gusau on Friday, in a raid on a man linked to last year's attacks on " +
      "foreigners.",
  );
  assert.deepEqual(facts(x, "occurred_on"), ["Gusau raid → 2019-09-13"]);
});

test("tolls of killings with a place, and sums opened by a single victim", () => {
  const x = run("He is suspected in the killings of seven people in Kano and Zaria.");
  assert.deepEqual(facts(x, "killed"), ["Kano attack → 7"]);
  const y = run("A gunman opened fire outside a school in Kano, killing a teacher, his two sons and a girl.");
  assert.deepEqual(facts(y, "killed"), ["Kano attack → 4"]);
  // Named victims in apposition leave the phrase without a toll.
  const z = run("The government blamed it for the killings of two politicians, Musa Bello and Ali Sani.");
  assert.deepEqual(facts(z, "killed"), []);
});

test("'and in nearby X' is a further site; an aside before the placing verb is stepped over", () => {
  const x = run("Saturday night's attack on Kano Bridge and in nearby Sabon Market killed eight people.");
  assert.ok(
    facts(x, "occurred_at").includes("Kano Bridge attack → Sabon Market"),
    facts(x, "occurred_at").join("; "),
  );
  const y = run(
    "Twin blasts killed three people in Kano on Monday. The blasts, about 12 seconds apart, tore through " +
      "crowds of spectators on Zaria Road.",
  );
  assert.ok(facts(y, "occurred_at").includes("Kano blast → Zaria Road"), facts(y, "occurred_at").join("; "));
  // A place after the verb's object that no locative introduces is not where it happened.
  const z = run(
    "Twin blasts killed three people in Kano on Monday. The blasts, minutes apart, shocked visitors from Zaria.",
  );
  assert.deepEqual(facts(z, "occurred_at"), ["Kano blast → Kano"]);
});

test("sites after an event's place set off by a comma: a share of the event, a nearby landmark", () => {
  const x = run(
    "Two explosions were heard in central Kano on Friday, one near the Central Police Station and one " +
      "on Murtala Road, close to the parliament building.",
  );
  const at = facts(x, "occurred_at");
  for (const site of ["Kano", "Central Police Station", "Murtala Road", "parliament building"])
    assert.ok(
      at.some((f) => f.endsWith(`→ ${site}`)),
      `${site} in ${at.join("; ")}`,
    );
  const y = run(
    "A car bomb exploded at the busy Sabon junction in Kano, outside the Grand Hotel, on Friday.",
  );
  assert.ok(facts(y, "occurred_at").some((f) => f.endsWith("→ Grand Hotel")));
});

test("a landmark at a distance from the place is no site of the event", () => {
  const x = run("A bomb exploded in Kano on Friday, a few hundred metres from the Grand Hotel.");
  assert.ok(!facts(x, "occurred_at").some((f) => f.endsWith("→ Grand Hotel")));
  const y = run("A bomb exploded in Kano on Friday, and police in Zaria said they had made arrests.");
  assert.deepEqual(
    facts(y, "occurred_at").filter((f) => f.endsWith("→ Zaria")),
    [],
  );
});

test("a placing verb's preposition of being inside or beneath a site places the event there", () => {
  const x = run("A bomb exploded inside a mosque in Kano on Friday, killing 20 worshippers.");
  assertHas(x, "occurred_at(Kano bombing → mosque in Kano)");
  assertHas(x, "occurred_at(Kano bombing → Kano)");
  const y = run("A bomb went off beneath a bridge in Zaria on Friday.");
  assertHas(y, "occurred_at(Zaria bombing → Zaria)");
});

test("a denial of who did it leaves the place and date the event's phrase gives", () => {
  const x = run("The government rejected the group's claim to have carried out Friday's massacre in Gusau.");
  assertHas(x, "occurred_at(Gusau attack → Gusau)");
  assertHas(x, "occurred_on(Gusau attack → 2019-09-13)");
  const y = run("The militia denied any role in last week's bombing in Zaria.");
  assertHas(y, "occurred_at(Zaria bombing → Zaria)");
  // A negation right before the phrase denies the event itself.
  const z = run("Police said there was no attack in Gusau on Friday.");
  assertLacks(z, /occurred_at/);
  const w = run("There was no evidence of a bombing in Zaria.");
  assertLacks(w, /occurred_at/);
});

test("wire copy's other scenes are sites: a cemetery, a shrine, a stadium in a town", () => {
  for (const head of ["cemetery", "shrine", "stadium", "courthouse"]) {
    const x = extractText(
      `A bomb exploded at the ${head} in Kabul on Friday, killing 12 people.`,
      "2021-06-05",
    );
    assertHas(x, `occurred_at(Kabul bombing → ${head} in Kabul)`);
    assertHas(x, "occurred_at(Kabul bombing → Kabul)");
  }
  // "a traffic stop", "a post in the government" are no sites.
  const y = extractText("Police pulled him over at a traffic stop in Shelby.", "2015-06-19");
  assertLacks(y, /stop in Shelby/);
});
