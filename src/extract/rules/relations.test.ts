import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText, factsOf } from "./testing.js";

// Who did what and their ties, on sentences written for these tests (none from the evaluation sets).
const run = (text: string, published = "2019-05-10") => extractText(text, published);

const facts = factsOf;

const has = assertHas;

const lacks = assertLacks;

test("a bare age after a name is an age, and the appositive after it is still read", () => {
  const x = run("Karim Haddad, 27, from Bizerte, was arrested in Lyon on Monday.");
  has(x, "age(Karim Haddad → 27)");
  has(x, "resident_of(Karim Haddad → Bizerte)");
});

test("a bare age before a demonym keeps the nationality", () => {
  const x = run("Police named the suspect as Karim Haddad, 27, a Moroccan who lived in Lyon.");
  has(x, "age(Karim Haddad → 27)");
  has(x, "nationality(Karim Haddad → Morocco)");
});

test("a number that counts is no age", () => {
  const x = run("Karim Haddad, 40 people were killed, said the mayor.");
  lacks(x, /^age\(/);
});

test("names listed with their ages all take the statement after them", () => {
  const x = run("Karim Haddad, 27, Samir Belkacem, 31, and Omar Tazi, 24, came from Tangier.");
  for (const n of ["Karim Haddad", "Samir Belkacem", "Omar Tazi"]) has(x, `resident_of(${n} → Tangier)`);
});

test("a town and its county joined by a comma are not two homes", () => {
  const x = run("Karim Haddad lived in Luton, Bedfordshire, with his parents.");
  has(x, "resident_of(Karim Haddad → Luton)");
  lacks(x, /resident_of\(Karim Haddad → Bedfordshire\)/);
});

test("an organisation that says it was behind an attack claims it", () => {
  const x = run(
    "A bomb exploded at a market in Kano on Sunday. " +
      "The Islamic State said in a video on Tuesday that it was behind the bombing in Kano.",
  );
  assert.ok(
    facts(x).some((f) => /^claimed_responsibility_for\(Islamic State → /.test(f)),
    facts(x).join("\n"),
  );
  lacks(x, /^perpetrated\(Islamic State/);
});

test("a group that has not said it carried out an attack claims nothing", () => {
  const x = run(
    "A bomb exploded at a market in Kano on Sunday. The Islamic State has not said it carried out the bombing in Kano.",
  );
  lacks(x, /^claimed_responsibility_for/);
});

test("an attack verb followed by a preposition says where, not what was attacked", () => {
  const x = run("Three gunmen struck at Mombasa port on Friday, killing six people.");
  lacks(x, /^attacked\(.* → Mombasa/);
});

test("a speaker is not the agent of the clause he reports", () => {
  const x = run("President John Mahama said the army had attacked Kumasi overnight.");
  lacks(x, /^attacked\(John Mahama/);
});

test("the possessor is no argument: the thing possessed is, or nothing", () => {
  const x = run("Four gunmen attacked Nairobi's Kenyatta Hospital on Friday.");
  lacks(x, /^attacked\(.* → Nairobi\)/);
});

test("travel in other verbs: flew to, spent time in, fought with an organisation in a country", () => {
  const x = run(
    "Karim Haddad flew to Turkey in March 2014. Samir Belkacem had fought with al-Shabaab in Somalia.",
  );
  has(x, "traveled_to(Karim Haddad → Turkey)");
  has(x, "traveled_to(Samir Belkacem → Somalia)");
  has(x, "member_of(Samir Belkacem → al-Shabaab)");
});

test("pledges allegiance in the present tense is allegiance", () => {
  const x = run("In the recording Karim Haddad pledges allegiance to Abubakar Shekau.");
  has(x, "allegiance_to(Karim Haddad → Abubakar Shekau)");
});

test("a passive act has no actor before it; 'was responsible for' is no passive", () => {
  const x = extractText(
    "A bombing at a bus station in Quetta on Monday killed 14 people. " +
      "The minister told parliament that Saturday's attacks were carried out in retaliation for the Quetta bombing.",
    "2021-05-04",
  );
  assertLacks(x, /^perpetrated\(parliament/);
  const y = extractText(
    "A bombing at a bus station in Quetta on Monday killed 14 people. " +
      "Police said Lashkar-e-Jhangvi was responsible for the bombing.",
    "2021-05-04",
  );
  assertHas(y, "perpetrated(Lashkar-e-Jhangvi → Quetta bombing)");
});

test("entering a country is travel; entering the grounds of a site is not", () => {
  has(run("Police said Ali Gharbi entered Libya in January."), "traveled_to(Ali Gharbi → Libya)");
  lacks(
    run("Two gunmen entered the grounds of the National Museum in Valletta and opened fire on visitors."),
    /^traveled_to/,
  );
});

test("who launched an attack carried it out; who launched an investigation into it did not", () => {
  const x = run(
    "Boko Haram launched an attack on the town of Baga on Saturday, killing dozens of people.",
    "2015-01-05",
  );
  assertHas(x, "perpetrated(Boko Haram → Baga attack)");
  const y = run(
    "Gunmen killed 12 people in Baga on Saturday. The police launched an investigation into the attack.",
    "2015-01-05",
  );
  assertLacks(y, /^perpetrated\(police/);
});

test("'flew into' and 'had come to' a place are travel; coming to power is not", () => {
  const x = run("Investigators said Marco Ruiz flew into Guatemala on a chartered plane in early May.");
  assertHas(x, "traveled_to(Marco Ruiz → Guatemala)");
  const y = run("Both brothers were born in Quito. Luis Andrade had come to Portugal from Ecuador in 2009.");
  assertHas(y, "traveled_to(Luis Andrade → Portugal)");
  const z = run("Luis Andrade came to power in Ecuador after the 2009 vote.");
  assertLacks(z, /traveled_to/);
});

test("a former commander of a group does not lead it", () => {
  const x = run("Police named Goran Ilic as a former commander of the White Eagles militia.");
  assertLacks(x, /leader_of\(Goran Ilic/);
});

test("'attended' a school is study; attending a funeral in a city is not", () => {
  const x = run("Karim Haddad attended Ain Shams University in Cairo before he moved to Libya.");
  assertHas(x, "studied_at(Karim Haddad → Ain Shams University)");
  const y = run("Karim Haddad attended the funeral in Cairo on Sunday.");
  assertLacks(y, /studied_at/);
});

test("a name after 'as' heads the 'who' clause that follows it", () => {
  const x = extractText(
    "Police named the man who stabbed a guard outside the station as Omar Benali, 31, who had lived in Leicester.",
    "2021-09-14",
  );
  assertHas(x, "resident_of(Omar Benali → Leicester)");
  assertLacks(x, /resident_of\(a guard/);
  // Any other preposition still keeps its noun phrase from the subject's place.
  const y = extractText(
    "The depot was seized by gunmen loyal to Karim Haddad, who lived in Leicester until 2015.",
    "2021-09-14",
  );
  assertLacks(y, /resident_of\(gunmen/);
});

test("swearing loyalty, being allied and belonging, in their several forms", () => {
  has(
    run(
      "A gunman killed three people in Nice on Friday. Police said the gunman had sworn loyalty to the Islamic State.",
    ),
    "allegiance_to(Nice gunman → Islamic State)",
  );
  has(
    run("Al-Shabaab, which is allied with al-Qaeda, claimed the attack."),
    "affiliated_with(Al-Shabaab → al-Qaeda)",
  );
  has(
    run("Police said Yusuf Bello was believed to belong to Boko Haram."),
    "member_of(Yusuf Bello → Boko Haram)",
  );
  has(
    run("Abdullahi Hassan, a militant with al-Shabaab, was arrested on Friday."),
    "member_of(Abdullahi Hassan → al-Shabaab)",
  );
  lacks(run("Soldiers clashed with militants with heavy weapons near Baga."), /^member_of/);
  lacks(run("Police said Yusuf Bello did not belong to Boko Haram."), /^member_of/);
});

test("'the cell' refers to the report's unnamed cell, never to an organisation", () => {
  const x = run(
    "A cell carried out the bombing in Kano on Friday. The interior ministry said the cell was led by Yusuf Bello.",
  );
  has(x, "leader_of(Yusuf Bello → cell)");
  lacks(x, /^leader_of\(Yusuf Bello → interior ministry/);
});

test("wire phrasings of travel, and what is no journey", () => {
  has(run("Walid Gharbi made several trips to Libya in 2015."), "traveled_to(Walid Gharbi → Libya)");
  has(run("Walid Gharbi was sent to Libya for training in 2016."), "traveled_to(Walid Gharbi → Libya)");
  has(run("Walid Gharbi was filmed crossing into Syria in 2014."), "traveled_to(Walid Gharbi → Syria)");
  lacks(run("Walid Gharbi was deported from Turkey in 2015."), /^traveled_to/);
  lacks(run("Walid Gharbi planned to travel to Iraq."), /^traveled_to/);
});

test("'had been living in' a town; 'the Paris suburb of X' is the suburb, 'the X district of Y' the district", () => {
  has(
    run("Hamid Zerrouki had been living in Marseille for two years."),
    "resident_of(Hamid Zerrouki → Marseille)",
  );
  const x = run("Hamid Zerrouki, who lived in the Paris suburb of Saint-Denis, was arrested.");
  has(x, "resident_of(Hamid Zerrouki → Saint-Denis)");
  lacks(x, /^resident_of\(Hamid Zerrouki → Paris\)/);
  const y = run("Hamid Zerrouki had lived in the Molenbeek district of Brussels.");
  lacks(y, /^resident_of\(Hamid Zerrouki → Brussels\)/);
});

test("'is believed to be behind' an attack: hedged perpetration", () => {
  const x = run("Abu Musa al-Barnawi is believed to be behind the attack on the market in Maiduguri.");
  has(x, "perpetrated(Abu Musa al-Barnawi → Maiduguri attack)");
  assert.ok(x.statements.filter((s) => s.predicate === "perpetrated").every((s) => s.credibility === 4));
  lacks(
    run("Abu Musa al-Barnawi said the army was not behind the attack on the market in Maiduguri."),
    /^perpetrated\(Abu Musa/,
  );
});
