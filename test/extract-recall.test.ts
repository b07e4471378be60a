import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Extraction } from "../src/extract/extraction.js";
import { createRuleExtractor } from "../src/extract/rules/index.js";
import { splitSentences } from "../src/extract/text/sentences.js";

const extractor = createRuleExtractor({ skipFailingSentences: false });

function facts(text: string, published = "2015-07-01"): string[] {
  const x: Extraction = extractor.extract({
    text,
    sentences: splitSentences(text),
    published,
    language: "en",
  });
  const name = (key: string | undefined) => x.entities.find((e) => e.key === key)?.name;
  return x.statements.map(
    (s) => `${s.predicate}(${name(s.subject)} → ${s.object ? name(s.object) : s.value})`,
  );
}

describe("extraction: coreference, events named by other nouns, implicit events, anchored dates, sites and containment", () => {
  it("resolves a pronoun to the most salient entity of a compatible type", () => {
    const f = facts("Police arrested Ahmed Abu Khattala in Benghazi. He is being held at a military prison.");
    assert.ok(f.includes("detained_at(Ahmed Abu Khattala → military prison)"), f.join("\n"));
  });

  it("lets the predicate's types choose among the readings of 'it', never the clause's own subject", () => {
    const f = facts(
      "Gunmen killed 21 people in an attack on the Bardo Museum on Wednesday. The Islamic State claimed it.",
    );
    assert.ok(
      f.some((s) => /^claimed_responsibility_for\(Islamic State → .*attack\)$/.test(s)),
      f.join("\n"),
    );
  });

  it("reads 'the group' as the organisation named before", () => {
    const f = facts(
      "Ansar al-Sharia was banned in August. Officials said the group was responsible for the killing of Chokri Belaid.",
    );
    assert.ok(f.includes("perpetrated(Ansar al-Sharia → killing of Chokri Belaid)"), f.join("\n"));
  });

  it("takes 'the fall of X' as an event at X", () => {
    const f = facts("He had been on the run since the fall of Tripoli in August.", "2011-11-20");
    assert.ok(f.includes("occurred_at(Tripoli fall → Tripoli)"), f.join("\n"));
    assert.ok(f.includes("occurred_on(Tripoli fall → 2011-08)"), f.join("\n"));
  });

  it("keeps containment and drops proximity", () => {
    const f = facts(
      "Gunmen stormed the US diplomatic compound in Benghazi. A camp near Sabratha was hit. Fighting reached the Tunisian border town of Ben Guerdane.",
    );
    assert.ok(f.includes("located_in(US diplomatic compound → Benghazi)"), f.join("\n"));
    assert.ok(f.includes("located_in(Ben Guerdane → Tunisia)"), f.join("\n"));
    assert.ok(!f.some((s) => s.startsWith("located_in(camp near Sabratha")), f.join("\n"));
  });

  it("makes a group of 'gunmen loyal to X' with its allegiance", () => {
    const f = facts("The plant was seized by gunmen loyal to Mokhtar Belmokhtar on Wednesday.");
    assert.ok(
      f.includes("allegiance_to(gunmen loyal to Mokhtar Belmokhtar → Mokhtar Belmokhtar)"),
      f.join("\n"),
    );
  });

  it("takes a person who 'was shot dead' as the victim of a killing, by the agent after 'by'", () => {
    const f = facts(
      "Chokri Belaid was shot dead outside his home in Tunis on Wednesday by an unidentified gunman.",
      "2013-02-07",
    );
    for (const fact of [
      "killed(killing of Chokri Belaid → 1)",
      "occurred_at(killing of Chokri Belaid → Tunis)",
      "occurred_on(killing of Chokri Belaid → 2013-02-06)",
      "perpetrated(gunman → killing of Chokri Belaid)",
      "attacked(gunman → Chokri Belaid)",
      "resident_of(Chokri Belaid → Tunis)",
    ])
      assert.ok(f.includes(fact), `${fact} in\n${f.join("\n")}`);
  });

  it("makes an event of a place taken, and its taker the one who attacked it", () => {
    const f = facts(
      "Rebel fighters overran Bab al-Aziziya, Muammar Gaddafi's fortified compound in Tripoli, on Tuesday.",
      "2011-08-24",
    );
    assert.ok(f.includes("located_in(Bab al-Aziziya → Tripoli)"), f.join("\n"));
    assert.ok(f.includes("perpetrated(rebel fighters → Bab al-Aziziya attack)"), f.join("\n"));
    assert.ok(f.includes("occurred_on(Bab al-Aziziya attack → 2011-08-23)"), f.join("\n"));
  });

  it("says the attackers of a site attacked it", () => {
    const f = facts(
      "Two gunmen killed 20 tourists in an attack on the Bardo National Museum on Wednesday.",
      "2015-03-20",
    );
    assert.ok(f.includes("attacked(gunmen → Bardo National Museum)"), f.join("\n"));
  });

  it("counts 'three months before the attack' from the attack's date", () => {
    const x = extractor.extract({
      text: "Gunmen attacked the Bardo Museum on 18 March. Yassine Labidi travelled to Libya three months before the attack.",
      sentences: splitSentences(
        "Gunmen attacked the Bardo Museum on 18 March. Yassine Labidi travelled to Libya three months before the attack.",
      ),
      published: "2015-03-20",
      language: "en",
    });
    const travel = x.statements.find((s) => s.predicate === "traveled_to");
    assert.deepEqual(travel?.time, { from: "2014-12-01", to: "2014-12-31", precision: "month" });
  });

  it("does not assert what there is no evidence for", () => {
    const f = facts("There is no evidence that Seifeddine Rezgui ever travelled to Syria.");
    assert.ok(!f.some((s) => s.startsWith("traveled_to")), f.join("\n"));
  });
});
