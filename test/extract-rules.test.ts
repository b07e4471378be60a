import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Extraction } from "../src/extract/extraction.js";
import { createRuleExtractor } from "../src/extract/rules/index.js";
import { preferKnownGroups } from "../src/extract/rules/known-groups.js";
import { readCount } from "../src/extract/rules/numbers.js";
import { statisticalNameFinder } from "../src/extract/statistical-name-finder.js";
import { splitSentences } from "../src/extract/text/sentences.js";

// The rule extractor as ingestion runs it: names from the trained model.
const extractor = createRuleExtractor({
  nameFinder: statisticalNameFinder("conll"),
  skipFailingSentences: false,
});

function run(text: string, published = "2015-07-01"): Extraction {
  return extractor.extract({ text, sentences: splitSentences(text), published, language: "en" });
}

/** Statements as readable facts: "holds_position(Habib Essid → Prime Minister)". */
function facts(x: Extraction): string[] {
  const name = (key: string | undefined) => x.entities.find((e) => e.key === key)?.name;
  return x.statements.map((s) => {
    const what = s.object
      ? name(s.object)
      : `${s.value}${s.bound && s.bound !== "exact" ? ` ${s.bound}` : ""}`;
    return `${s.predicate}(${name(s.subject)} → ${what}${s.role ? `, ${s.role}` : ""})`;
  });
}

const words = (s: string) => s.toLowerCase().split(/\s+/);

describe("names from the trained model", () => {
  it("turns a title in front of the model's span into a role", () => {
    const f = facts(run("Prime Minister Habib Essid said the army would stay."));
    assert.ok(f.includes("holds_position(Habib Essid → Prime Minister)"), f.join("; "));
  });

  it("reads whose title it is from a demonym or a possessive country", () => {
    const f = facts(
      run(
        "Algerian Prime Minister Abdelmalek Sellal spoke on Monday. Tunisia's President Beji Caid Essebsi declared a state of emergency.",
      ),
    );
    assert.ok(f.includes("official_of(Abdelmalek Sellal → Algeria, Prime Minister)"), f.join("; "));
    assert.ok(f.includes("head_of_state_of(Beji Caid Essebsi → Tunisia)"), f.join("; "));
  });

  it("lets the lexicon type a known group the model calls a person, whole", () => {
    const x = run("Ansar al-Sharia in Tunisia was banned in 2013.");
    const group = x.entities.find((e) => e.name === "Ansar al-Sharia in Tunisia");
    assert.equal(group?.type, "organization");
    assert.ok(!x.entities.some((e) => e.type === "person"));
    const spans = preferKnownGroups("Rezgui joined Ansar al-Sharia. IS is not the verb is.", []);
    assert.deepEqual(
      spans.map((s) => s.text),
      ["Ansar al-Sharia", "IS"],
    );
  });

  it("takes a dateline's outlet for an organisation, not a person", () => {
    const x = run("SOUSSE, June 27 (Maghreb Wire) - A gunman killed 38 people on Friday.", "2015-06-27");
    assert.ok(!x.entities.some((e) => e.type === "person" && e.name === "Maghreb Wire"));
  });
});

describe("perpetrators and coreference", () => {
  it("joins 'a gunman' and 'the attacker' to the name that follows, who perpetrated the attack", () => {
    const x = run(
      "A gunman killed 38 people on the beach at Port El Kantaoui on Friday. The attacker, Seifeddine Rezgui, a 23-year-old student, was shot dead by police.",
      "2015-06-27",
    );
    const people = x.entities.filter((e) => e.type === "person");
    assert.deepEqual(
      people.map((p) => p.name),
      ["Seifeddine Rezgui"],
    );
    const f = facts(x);
    assert.ok(f.includes("perpetrated(Seifeddine Rezgui → Port El Kantaoui attack)"), f.join("; "));
    assert.ok(f.includes("age(Seifeddine Rezgui → 23)"), f.join("; "));
  });

  it("an appositive description is the name before it, not a new person", () => {
    const x = run("Seifeddine Rezgui, the 23-year-old who killed 38 people at Sousse, had trained in Libya.");
    assert.ok(!x.entities.some((e) => e.name === "23-year-old"), x.entities.map((e) => e.name).join("; "));
  });

  it("a plural noun phrase that attacks is a group that perpetrated the sentence's event", () => {
    const f = facts(
      run(
        "Two gunmen killed 20 tourists and a security guard in an attack on the Bardo National Museum in Tunis on Wednesday.",
        "2015-03-18",
      ),
    );
    assert.ok(f.includes("killed(Bardo Museum attack → 21)"), f.join("; "));
    assert.ok(f.includes("occurred_on(Bardo Museum attack → 2015-03-18)"), f.join("; "));
    assert.ok(
      f.some((s) => /^perpetrated\(.* → Bardo Museum attack\)$/.test(s)),
      f.join("; "),
    );
  });

  it("keeps entity keys unique after an alias merge", () => {
    const x = run(
      "Ansar al-Sharia was founded by Seifallah Ben Hassine, better known as Abu Iyadh, who had fought in Afghanistan. It was blamed for the killings of Chokri Belaid and Mohamed Brahmi.",
    );
    const keys = x.entities.map((e) => e.key);
    assert.equal(new Set(keys).size, keys.length);
    assert.equal(x.entities.find((e) => e.name === "Afghanistan")?.type, "location");
    assert.equal(x.entities.find((e) => e.name === "Chokri Belaid")?.type, "person");
  });
});

describe("events, dates and counts", () => {
  it("dates an event from a later date in its clause, but not from a saying or an anchor", () => {
    const dated = facts(
      run("A US air strike on a camp near Sabratah on Friday killed more than 40 people.", "2016-02-20"),
    );
    assert.ok(dated.includes("occurred_on(Sabratah air strike → 2016-02-19)"), dated.join("; "));
    assert.ok(dated.includes("killed(Sabratah air strike → 41 at_least)"), dated.join("; "));
    const anchored = facts(
      run(
        "The president declared a state of emergency on Saturday, eight days after a gunman killed 38 tourists at a beach hotel in Sousse.",
        "2015-07-05",
      ),
    );
    // Saturday 4 July is the anchor: the attack was eight days before it, not on it.
    assert.ok(anchored.includes("occurred_on(Sousse attack → 2015-06-26)"), anchored.join("; "));
    assert.ok(!anchored.includes("occurred_on(Sousse attack → 2015-07-04)"), anchored.join("; "));
  });

  it("a count of members is no membership", () => {
    const f = facts(
      run("A suicide bomber killed 12 members of the presidential guard on Mohamed V Avenue in Tunis."),
    );
    assert.ok(!f.some((s) => s.startsWith("member_of")), f.join("; "));
    assert.ok(f.includes("killed(Mohamed V Avenue attack → 12)"), f.join("; "));
  });

  it("records vague plurals as the smallest number they allow, and 'more than N' as N + 1", () => {
    assert.deepEqual(readCount(words("dozens of people"), 0), { value: 24, bound: "at_least", end: 3 });
    assert.equal(readCount(words("several people"), 0)?.value, 3);
    assert.deepEqual(readCount(words("more than 40 people"), 0)?.value, 41);
    assert.equal(readCount(words("fewer than 10 people"), 0)?.value, 9);
  });
});
