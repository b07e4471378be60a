import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import type { ExtractedStatement, Extraction } from "../extraction.js";
import { splitSentences } from "../text/sentences.js";
import { createRuleExtractor } from "./index.js";

const GUNMAN =
  "Officials said the gunman, a 23-year-old student from Gaafour, crossed into Libya in January and trained at a camp near Sabratha at the same time as the two men who attacked the Bardo Museum.";
const TOLL = "The death toll from Friday's attack in Sousse rose to 39, most of them British tourists.";
const MUSEUM = "The museum attack left 20 tourists and a security guard dead.";
const CHELLI =
  "Rafik Chelli, secretary of state for the Interior Ministry, told reporters that Rezgui had belonged to Ansar al-Sharia.";
const CLAIM = "ISIS claimed responsibility for the March attack on the Bardo National Museum.";
const REPORT = [GUNMAN, TOLL, MUSEUM, CHELLI, CLAIM].join(" ");

const extractor = createRuleExtractor({ skipFailingSentences: false });

function run(text: string, published: string | null = "2015-07-01"): Extraction {
  return extractor.extract({ text, sentences: splitSentences(text), published, language: "en" });
}

/** Statements as readable facts: "trained_at(Sousse gunman → Sabratha)". */
function facts(x: Extraction): string[] {
  const name = (key: string | undefined) => x.entities.find((e) => e.key === key)?.name;
  return x.statements.map(
    (s) => `${s.predicate}(${name(s.subject)} → ${s.object ? name(s.object) : s.value})`,
  );
}

function find(
  x: Extraction,
  predicate: string,
  subject: string,
  object?: string,
): ExtractedStatement | undefined {
  const key = (n: string) => x.entities.find((e) => e.name === n)?.key;
  return x.statements.find(
    (s) =>
      s.predicate === predicate &&
      s.subject === key(subject) &&
      (object === undefined || s.object === key(object) || String(s.value) === object),
  );
}

function typeOf(x: Extraction, name: string): string | undefined {
  return x.entities.find((e) => e.name === name)?.type;
}

test("the gunman sentence: travel, training with its month, hometown, age, the Bardo group", () => {
  const x = run(GUNMAN);
  const trained =
    find(x, "trained_at", "gunman", "Sabratha") ?? find(x, "trained_at", "Bardo Museum gunman", "Sabratha");
  // With no event of its own, the unnamed gunman is named by its description alone.
  assert.ok(
    x.entities.some((e) => e.type === "person" && /gunman$/.test(e.name)),
    facts(x).join("\n"),
  );
  const gunman = x.entities.find((e) => e.type === "person")!.name;
  const t = find(x, "trained_at", gunman, "Sabratha") ?? trained;
  assert.ok(t, facts(x).join("\n"));
  assert.deepEqual(t.time, { from: "2015-01-01", to: "2015-01-31", precision: "month" });
  assert.equal(t.credibility, 3, "attributed to officials");
  assert.equal(t.sentence, 0);
  assert.ok(find(x, "traveled_to", gunman, "Libya"));
  assert.ok(find(x, "resident_of", gunman, "Gaafour"));
  assert.equal(find(x, "age", gunman)?.value, 23);
  assert.equal(typeOf(x, "camp near Sabratha"), "facility");
  // "near" is proximity, not containment (annotation README).
  assert.equal(find(x, "located_in", "camp near Sabratha", "Sabratha"), undefined);
  assert.equal(typeOf(x, "Bardo Museum attackers"), "group");
  assert.ok(find(x, "attacked", "Bardo Museum attackers", "Bardo Museum"));
  assert.ok(find(x, "perpetrated", "Bardo Museum attackers", "Bardo Museum attack"));
  assert.ok(find(x, "trained_at", "Bardo Museum attackers", "Sabratha"), "at the same time as");
  assert.equal(typeOf(x, "Officials"), undefined);
});

test("the toll sentence: a revised figure on a dated event at its place", () => {
  const x = run(TOLL);
  assert.equal(typeOf(x, "Sousse attack"), "event");
  assert.equal(find(x, "killed", "Sousse attack")?.value, 39);
  assert.ok(find(x, "occurred_at", "Sousse attack", "Sousse"));
  const on = find(x, "occurred_on", "Sousse attack");
  assert.equal(on?.value, "2015-06-26");
  assert.deepEqual(on?.time, { from: "2015-06-26", to: "2015-06-26", precision: "day" });
  assert.equal(typeOf(x, "British"), undefined, "a demonym is no entity");
});

test("the museum sentence: a sum of victims on the earlier museum event", () => {
  const alone = run(MUSEUM);
  assert.equal(alone.statements.find((s) => s.predicate === "killed")?.value, 21);
  const x = run(`${CLAIM} ${MUSEUM}`);
  const killed = find(x, "killed", "Bardo Museum attack");
  assert.equal(killed?.value, 21);
  assert.equal(killed?.sentence, 1);
  assert.equal(
    x.entities.filter((e) => e.type === "event").length,
    1,
    "the museum attack is the Bardo attack",
  );
});

test("the Chelli sentence: appositive post, ministry, attributed membership", () => {
  const x = run(CHELLI);
  assert.equal(typeOf(x, "Rafik Chelli"), "person");
  assert.equal(typeOf(x, "Interior Ministry"), "organization");
  assert.equal(typeOf(x, "Ansar al-Sharia"), "organization");
  assert.equal(find(x, "holds_position", "Rafik Chelli")?.value, "secretary of state");
  const official = find(x, "official_of", "Rafik Chelli", "Interior Ministry");
  assert.equal(official?.role, "secretary of state");
  assert.equal(official?.credibility, 2, "the speaker's own post is the reporter's assertion");
  const member = find(x, "member_of", "Rezgui", "Ansar al-Sharia");
  assert.equal(member?.credibility, 3, "told reporters that …");
});

test("the claim sentence: a claim on the canonical Bardo Museum attack in March", () => {
  const x = run(CLAIM);
  assert.equal(typeOf(x, "ISIS"), "organization");
  assert.ok(find(x, "claimed_responsibility_for", "ISIS", "Bardo Museum attack"));
  assert.ok(find(x, "occurred_at", "Bardo Museum attack", "Bardo National Museum"));
  const on = find(x, "occurred_on", "Bardo Museum attack");
  assert.equal(on?.value, "2015-03");
  assert.equal(on?.time?.precision, "month");
});

test("the five sentences as one report", () => {
  const x = run(REPORT);
  const all = facts(x);
  // "Rezgui", first met as a bare surname after the gunman is described, is the gunman.
  for (const fact of [
    "trained_at(Rezgui → Sabratha)",
    "traveled_to(Rezgui → Libya)",
    "resident_of(Rezgui → Gaafour)",
    "age(Rezgui → 23)",
    "killed(Sousse attack → 39)",
    "killed(Bardo Museum attack → 21)",
    "official_of(Rafik Chelli → Interior Ministry)",
    "member_of(Rezgui → Ansar al-Sharia)",
    "claimed_responsibility_for(ISIS → Bardo Museum attack)",
    "perpetrated(Bardo Museum attackers → Bardo Museum attack)",
    "occurred_on(Sousse attack → 2015-06-26)",
    "occurred_on(Bardo Museum attack → 2015-03)",
  ]) {
    assert.ok(all.includes(fact), `${fact} missing from\n${all.join("\n")}`);
  }
  assert.equal(find(x, "killed", "Sousse attack")?.sentence, 1);
  assert.equal(find(x, "member_of", "Rezgui")?.sentence, 3);
  // One Bardo event and one Bardo facility, however the report spells the museum.
  assert.equal(x.entities.filter((e) => e.type === "event" && e.name.startsWith("Bardo")).length, 1);
  assert.equal(x.entities.filter((e) => e.type === "facility" && e.name.startsWith("Bardo")).length, 1);
});

test("coreference: 'Rezgui', 'the gunman' and 'the 23-year-old student' join Seifeddine Rezgui", () => {
  const text =
    "Seifeddine Rezgui opened fire on tourists in Sousse. The gunman, a 23-year-old student from Gaafour, was shot dead by police. Officials said Rezgui had trained in Libya. The 23-year-old student had belonged to Ansar al-Sharia.";
  const x = run(text, "2015-06-27");
  const people = x.entities.filter((e) => e.type === "person");
  assert.deepEqual(
    people.map((e) => e.name),
    ["Seifeddine Rezgui"],
  );
  const key = people[0]!.key;
  const mentions = x.mentions.filter((m) => m.entity === key);
  assert.deepEqual(
    mentions.map((m) => [m.text, m.nominal === true]),
    [
      ["Seifeddine Rezgui", false],
      ["gunman", true],
      ["Rezgui", false],
      ["23-year-old student", true],
    ],
  );
  assert.ok(find(x, "resident_of", "Seifeddine Rezgui", "Gaafour"));
  assert.ok(find(x, "trained_at", "Seifeddine Rezgui", "Libya"));
  assert.ok(find(x, "member_of", "Seifeddine Rezgui", "Ansar al-Sharia"));
});

test("a later short name joins the full name; a description with no antecedent and no statement is no entity", () => {
  const x = run("President Beji Caid Essebsi visited Sousse. Essebsi said the gunman was dead.");
  assert.deepEqual(
    x.entities.filter((e) => e.type === "person").map((e) => e.name),
    ["Beji Caid Essebsi"],
  );
  assert.equal(x.mentions.filter((m) => m.text === "Essebsi").length, 1);
  assert.equal(
    x.mentions.some((m) => m.text.includes("gunman")),
    false,
  );
});

test("titles become roles, not parts of names", () => {
  const x = run(
    "President Beji Caid Essebsi declared a state of emergency. Prime Minister Habib Essid closed mosques. Interior Minister Najem Gharsalli spoke. Gen. Ismail Fathali resigned. Sheikh Abu Iyadh preached. Tunisian President Moncef Marzouki spoke in 2013.",
  );
  assert.equal(find(x, "holds_position", "Beji Caid Essebsi")?.value, "President");
  assert.equal(find(x, "holds_position", "Habib Essid")?.value, "Prime Minister");
  assert.equal(find(x, "holds_position", "Najem Gharsalli")?.value, "Interior Minister");
  assert.equal(find(x, "holds_position", "Ismail Fathali")?.value, "Gen.");
  assert.equal(find(x, "holds_position", "Abu Iyadh")?.value, "Sheikh");
  assert.ok(find(x, "head_of_state_of", "Moncef Marzouki", "Tunisia"));
  assert.equal(
    x.entities.some((e) => /President|Minister/.test(e.name)),
    false,
  );
});

test("hedges lower credibility, attribution lowers it less", () => {
  const plain = run("Rezgui trained in Libya.");
  const said = run("Officials said Rezgui trained in Libya.");
  const hedged = run("Rezgui is thought to have trained in Libya.");
  const reportedly = run("Rezgui reportedly trained in Libya.");
  assert.equal(find(plain, "trained_at", "Rezgui", "Libya")?.credibility, 2);
  assert.equal(find(said, "trained_at", "Rezgui", "Libya")?.credibility, 3);
  assert.equal(find(hedged, "trained_at", "Rezgui", "Libya")?.credibility, 4);
  assert.equal(find(reportedly, "trained_at", "Rezgui", "Libya")?.credibility, 4);
});

test("negations are not asserted", () => {
  for (const text of [
    "Rezgui did not train in Libya.",
    "Rezgui never trained in Libya.",
    "Officials denied that Rezgui had trained in Libya.",
    "Rezgui didn't travel to Libya.",
  ]) {
    const x = run(text);
    assert.equal(
      x.statements.filter((s) => s.predicate === "trained_at" || s.predicate === "traveled_to").length,
      0,
      text,
    );
  }
  assert.equal(run("Rezgui trained in Libya and did not travel to Syria.").statements.length, 1);
});

test("casualty phrasings", () => {
  const at = (text: string, predicate = "killed") =>
    run(`The Sousse attack was the worst. ${text}`).statements.find((s) => s.predicate === predicate);
  assert.equal(at("Officials said 38 holidaymakers were killed.")?.value, 38);
  assert.equal(at("The gunman killed thirty-eight people.")?.value, 38);
  assert.deepEqual(
    [at("At least 37 people died.")?.value, at("At least 37 people died.")?.bound],
    [37, "at_least"],
  );
  assert.deepEqual(
    [
      at("Dozens of people were wounded.", "wounded")?.value,
      at("Dozens of people were wounded.", "wounded")?.bound,
    ],
    [24, "at_least"],
  );
  assert.equal(at("The attack killed 38 people and wounded 39 others.", "wounded")?.value, 39);
  assert.equal(at("The attack killed 38 people and wounded 39 others.")?.value, 38);
  assert.equal(at("It killed 39 people, including the gunman.")?.value, 39);
  assert.equal(at("The gunman was born in 1992.")?.value, undefined);
  // No event yet, but a place: the event is named after it.
  const x = run("A gunman killed 38 people in Sousse.");
  assert.equal(find(x, "killed", "Sousse attack")?.value, 38);
  assert.ok(find(x, "occurred_at", "Sousse attack", "Sousse"));
});

test("every mention's offsets slice its text, and every statement names its sentence", () => {
  const x = run(REPORT);
  const sentences = splitSentences(REPORT);
  for (const m of x.mentions) {
    assert.equal(REPORT.slice(m.start, m.end), m.text);
    const s = sentences[m.sentence]!;
    assert.ok(m.start >= s.start && m.end <= s.end, `${m.text} outside sentence ${m.sentence}`);
    assert.ok(x.entities.some((e) => e.key === m.entity));
  }
  for (const s of x.statements) assert.ok(s.sentence >= 0 && s.sentence < sentences.length);
});

test("a pluggable name finder replaces the capitalised fallback", () => {
  const text = "Rezgui trained in Sabratha.";
  const x = createRuleExtractor({
    nameFinder: () => [
      { start: 0, end: 6, text: "Rezgui", label: "PER" },
      { start: 18, end: 26, text: "Sabratha", label: "LOC" },
    ],
  }).extract({ text, sentences: splitSentences(text), published: null, language: "en" });
  assert.deepEqual(facts(x), ["trained_at(Rezgui → Sabratha)"]);
  const none = createRuleExtractor({ nameFinder: () => [] }).extract({
    text,
    sentences: splitSentences(text),
    published: null,
    language: "en",
  });
  assert.equal(none.entities.length, 0);
});

/** Crude tag stripping, enough to get prose out of the demo corpus. */
function prose(file: string): string {
  const raw = readFileSync(file, "utf8");
  if (!file.endsWith(".html")) return raw;
  const article = /<article[\s\S]*?<\/article>/i.exec(raw)?.[0] ?? raw;
  return article
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, "")
    .replace(/<\/(p|h\d|li|div)>/gi, "\n\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/&middot;/g, "·")
    .replace(/&[a-z]+;/g, " ");
}

test("the demo corpus: never throws, offsets right, statements well-formed", () => {
  const dir = new URL("../../../samples/demo/", import.meta.url);
  if (!existsSync(dir)) return;
  const files = readdirSync(dir).filter((f) => f.endsWith(".html") || f.endsWith(".txt"));
  for (const f of files) {
    const text = prose(new URL(f, dir).pathname);
    const x = run(text, "2015-07-01");
    for (const m of x.mentions) assert.equal(text.slice(m.start, m.end), m.text, f);
    const keys = new Set(x.entities.map((e) => e.key));
    for (const s of x.statements) {
      assert.ok(keys.has(s.subject), f);
      if (s.object) assert.ok(keys.has(s.object), f);
      assert.ok(s.credibility >= 1 && s.credibility <= 6);
    }
  }
});
