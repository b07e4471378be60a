import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { foldName, type GoldReport, type GoldStatement } from "../src/extract/evaluation/eval-set.js";
import { intervalOf, sameRole, sameTime } from "../src/extract/evaluation/match.js";
import { evaluateExtractor } from "../src/extract/evaluation/score.js";
import { defaultPipeline } from "../src/ingest/default-pipeline.js";
import { isEntityType } from "../src/model/entity-types.js";
import { isPredicate, PREDICATES, type PredicateSpec } from "../src/model/predicates.js";

const load = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/extract/${name}`, import.meta.url), "utf8")) as GoldReport[];

const reports = load("eval-set.json");
// Held-out sets (heldout-set*.json) are written after the rules, never tuned against, and checked for
// form only: no score floor is asserted on them (test/fixtures/extract/README.md).
// Second development set: for tuning, like the first (test/fixtures/extract/README.md). Checked for form only.
const dev2 = load("dev-set-2.json");
// Third development set: first scored before any rule was tuned on it (test/fixtures/extract/README.md). Checked for form only.
const dev3 = load("dev-set-3.json");
// Fourth development set: scored twice before it was tuned on (test/fixtures/extract/README.md).
const dev4 = load("dev-set-4.json");
// Fifth and sixth development sets: each scored unseen before it was tuned on (session 3 of 2026-11-22).
const dev5 = load("dev-set-5.json");
const dev6 = load("dev-set-6.json");
// Seventh and eighth development sets: each scored unseen before it was tuned on (session 4 of 2026-11-22).
const dev7 = load("dev-set-7.json");
const dev8 = load("dev-set-8.json");

/**
 * Statements of the first set whose object is not in the report's entity list (the country of an
 * inferred nationality). Known, left as annotated; the held-out set has none.
 */
const KNOWN_UNLISTED: Record<string, readonly string[]> = {
  "eval-set.json": ["r06 Algeria", "r08 United States"],
};
const unlistedIn = (name: string): readonly string[] => KNOWN_UNLISTED[name] ?? [];

const STYLES = new Set(["wire", "news", "analysis", "official", "live"]);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PRECISION_OF: Record<number, string> = { 1: "year", 2: "month", 3: "day" };

const validDate = (value: string) =>
  DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** The problems of one statement against its report: vocabulary, signature, literal shapes. */
function statementProblems(report: GoldReport, s: GoldStatement, unlisted: readonly string[]): string[] {
  const where = `${report.id} ${s.predicate}(${s.subject} → ${s.object ?? s.value})`;
  if (!isPredicate(s.predicate)) return [`${where}: undeclared predicate`];
  const spec: PredicateSpec = PREDICATES[s.predicate];
  const types = new Map(report.entities.map((e) => [e.text, e.type]));
  const problems: string[] = [];
  const subjectType = types.get(s.subject);
  if (subjectType === undefined) problems.push(`${where}: subject not among the entities`);
  else if (!spec.subject.includes(subjectType)) problems.push(`${where}: subject is a ${subjectType}`);
  if (spec.object.kind === "entity") {
    if (s.object === undefined) problems.push(`${where}: no object`);
    else if (s.value !== undefined) problems.push(`${where}: both object and value`);
    else {
      const objectType = types.get(s.object);
      if (objectType === undefined) {
        if (!unlisted.includes(`${report.id} ${s.object}`))
          problems.push(`${where}: object not among the entities`);
      } else if (!spec.object.types.includes(objectType))
        problems.push(`${where}: object is a ${objectType}`);
    }
  } else {
    if (s.object !== undefined) problems.push(`${where}: an entity object for a literal predicate`);
    if (spec.object.kind === "number") {
      if (typeof s.value !== "number" || !Number.isInteger(s.value) || s.value < 0)
        problems.push(`${where}: value is not a count`);
      if (s.bound !== undefined && !["exact", "at_least", "at_most"].includes(s.bound))
        problems.push(`${where}: bound ${s.bound}`);
    } else if (typeof s.value !== "string" || s.value.trim() === "") problems.push(`${where}: no text value`);
    if (spec.object.kind === "date" && typeof s.value === "string") {
      const parts = s.value.split("-").length;
      if (!validDate([...s.value.split("-"), "01", "01"].slice(0, 3).join("-")))
        problems.push(`${where}: date ${s.value}`);
      if (s.precision !== PRECISION_OF[parts])
        problems.push(`${where}: precision ${s.precision} for ${s.value}`);
    }
  }
  if (s.role !== undefined && s.predicate !== "official_of")
    problems.push(`${where}: role outside official_of`);
  if (s.time) {
    if (!["day", "week", "month", "year"].includes(s.time.precision))
      problems.push(`${where}: time precision ${s.time.precision}`);
    for (const end of [s.time.from, s.time.to])
      if (end !== undefined && !validDate(end)) problems.push(`${where}: time ${end}`);
    if (s.time.from && s.time.to && s.time.from > s.time.to) problems.push(`${where}: time runs backwards`);
  }
  return problems;
}

// Every set in the folder is checked for form, so a new one is checked the moment it lands.
const SET_FILES = readdirSync(new URL("fixtures/extract/", import.meta.url)).filter((f) =>
  f.endsWith(".json"),
);

for (const [name, set] of SET_FILES.map((f) => [f, load(f)] as const)) {
  describe(`${name} is well-formed`, () => {
    it("has reports with unique ids, a known style, a date and some text", () => {
      assert.ok(set.length > 0);
      assert.equal(new Set(set.map((r) => r.id)).size, set.length);
      for (const r of set) {
        assert.ok(STYLES.has(r.style), `${r.id} style ${r.style}`);
        assert.ok(validDate(r.published), `${r.id} published ${r.published}`);
        assert.ok(r.text.trim().length > 0, `${r.id} text`);
        assert.ok(Array.isArray(r.entities) && Array.isArray(r.statements) && Array.isArray(r.negatives));
      }
    });

    it("types its entities from the model and finds each named one in its report's text", () => {
      for (const r of set) {
        assert.equal(
          new Set(r.entities.map((e) => e.text)).size,
          r.entities.length,
          `${r.id} duplicate entity`,
        );
        for (const e of r.entities) {
          assert.ok(isEntityType(e.type), `${r.id} ${e.text}: type ${e.type}`);
          if (!e.implicit)
            assert.ok(r.text.toLowerCase().includes(e.text.toLowerCase()), `${r.id} ${e.text} not in text`);
        }
      }
    });

    it("annotates statements and negatives with declared predicates over the report's entities", () => {
      const problems = set.flatMap((r) =>
        [...r.statements, ...r.negatives].flatMap((s) => statementProblems(r, s, unlistedIn(name))),
      );
      assert.deepEqual(problems, []);
    });

    it("keeps negatives apart from the statements and never optional", () => {
      for (const r of set)
        for (const n of r.negatives) {
          assert.ok(!n.optional, `${r.id} optional negative ${n.predicate}(${n.subject})`);
          const same = r.statements.find(
            (s) =>
              s.predicate === n.predicate &&
              s.subject === n.subject &&
              s.object === n.object &&
              s.value === n.value &&
              (s.bound ?? "exact") === (n.bound ?? "exact") &&
              JSON.stringify(s.time) === JSON.stringify(n.time),
          );
          assert.equal(
            same,
            undefined,
            `${r.id} ${n.predicate}(${n.subject}) is both annotated and negative`,
          );
        }
    });

    it("scores an empty extractor as missing every required statement", () => {
      const empty = evaluateExtractor(
        { name: "empty", extract: () => ({ entities: [], mentions: [], statements: [] }) },
        set,
      );
      assert.equal(empty.overall.tp, 0);
      assert.equal(empty.overall.fn, set.flatMap((r) => r.statements.filter((s) => !s.optional)).length);
    });
  });
}

describe("eval:extract scoring", () => {
  it("folds names: case, diacritics, hyphens, apostrophes, a leading article", () => {
    assert.equal(foldName("Gaâfour"), foldName("Gaafour"));
    assert.equal(foldName("the Bardo Museum"), foldName("Bardo Museum"));
    assert.equal(foldName("Ansar al-Sharia"), "ansar al sharia");
    assert.notEqual(foldName("Rezgui"), foldName("Seifeddine Rezgui"));
  });

  it("matches times by overlap at the same precision", () => {
    const january = { ...intervalOf("2015-01"), precision: "month" as const };
    assert.ok(sameTime(january, { from: "2015-01-01", to: "2015-01-31", precision: "month" }));
    assert.ok(!sameTime(january, { from: "2015-01-15", to: "2015-01-15", precision: "day" }));
    assert.ok(!sameTime(january, { from: "2014-01-01", to: "2014-01-31", precision: "month" }));
    assert.ok(
      sameTime(
        { from: "2014-12-01", precision: "month" },
        { from: "2015-02-01", to: "2015-02-28", precision: "month" },
      ),
    );
  });

  it("scores a perfect and an empty extractor as such", () => {
    const one = reports.slice(0, 1);
    const empty = evaluateExtractor(
      { name: "empty", extract: () => ({ entities: [], mentions: [], statements: [] }) },
      one,
    );
    assert.equal(empty.overall.tp, 0);
    assert.equal(empty.overall.fn, one[0]!.statements.filter((s) => !s.optional).length);
  });
});

// Floors a little below what the extractor reaches (docs/extraction.md): a regression fails here.
describe("the extractor on the evaluation set (conll model)", () => {
  const result = evaluateExtractor(defaultPipeline().extractor, reports);
  const recall = (p: string) => result.predicates[p]?.recall ?? 0;

  it("keeps overall precision and recall", () => {
    assert.ok(result.overall.precision >= 0.88, `precision ${result.overall.precision}`);
    assert.ok(result.overall.recall >= 0.76, `recall ${result.overall.recall}`);
  });

  it("extracts none of the annotated negatives", () => {
    assert.deepEqual(result.negatives.list, []);
  });

  it("keeps the predicates it is good at", () => {
    assert.ok(recall("holds_position") >= 0.7, `holds_position ${recall("holds_position")}`);
    assert.ok(recall("killed") >= 0.75, `killed ${recall("killed")}`);
    assert.ok(recall("wounded") >= 1, `wounded ${recall("wounded")}`);
    assert.ok(recall("occurred_on") >= 0.68, `occurred_on ${recall("occurred_on")}`);
    assert.ok(recall("perpetrated") >= 0.5, `perpetrated ${recall("perpetrated")}`);
    assert.ok(recall("official_of") >= 0.7, `official_of ${recall("official_of")}`);
    assert.ok(recall("located_in") >= 0.75, `located_in ${recall("located_in")}`);
    assert.ok(recall("occurred_at") >= 0.77, `occurred_at ${recall("occurred_at")}`);
    assert.ok(recall("attacked") >= 0.35, `attacked ${recall("attacked")}`);
    assert.ok(recall("traveled_to") >= 0.75, `traveled_to ${recall("traveled_to")}`);
    assert.ok(recall("resident_of") >= 0.7, `resident_of ${recall("resident_of")}`);
  });

  it("keeps finding people and places", () => {
    assert.ok((result.entities.person?.f1 ?? 0) >= 0.9, `person ${result.entities.person?.f1}`);
    assert.ok((result.entities.location?.f1 ?? 0) >= 0.75, `location ${result.entities.location?.f1}`);
  });
});

// The development sets added after set 1 (tuned on once first scored unseen): floors a little below
// their end-of-day figures in docs/extraction.md, so a rule that helps one set cannot quietly cost
// another. The held-out sets have no floor: they are never tuned on.
describe("the extractor on development sets 2 to 8 (conll model)", () => {
  const extractor = defaultPipeline().extractor;
  for (const [name, set, floor] of [
    ["set 2", dev2, { precision: 0.92, recall: 0.77 }],
    ["set 3", dev3, { precision: 0.91, recall: 0.76 }],
    ["set 4", dev4, { precision: 0.9, recall: 0.65 }],
    ["set 5", dev5, { precision: 0.88, recall: 0.69 }],
    ["set 6", dev6, { precision: 0.9, recall: 0.68 }],
    ["set 7", dev7, { precision: 0.9, recall: 0.56 }],
    ["set 8", dev8, { precision: 0.88, recall: 0.49 }],
  ] as const) {
    it(`keeps ${name}'s overall precision and recall`, () => {
      const result = evaluateExtractor(extractor, [...set]);
      assert.ok(result.overall.precision >= floor.precision, `precision ${result.overall.precision}`);
      assert.ok(result.overall.recall >= floor.recall, `recall ${result.overall.recall}`);
    });
  }
});

describe("role texts", () => {
  it("match when one is the other with its owner or place, never with another rank or a second post", () => {
    assert.ok(sameRole("Secretary of State", "US Secretary of State"));
    assert.ok(sameRole("Sheriff", "Erie County Sheriff"));
    assert.ok(sameRole("spokesman", "Spokesman"));
    assert.ok(!sameRole("spokesman", "deputy spokesman"));
    assert.ok(!sameRole("president", "former president"));
    assert.ok(!sameRole("communication minister", "communication minister and government spokesman"));
    assert.ok(!sameRole("security guard", "police officer working as the store's security guard"));
    assert.ok(!sameRole("Taliban commander", "commander in South Waziristan"));
  });
});
