import assert from "node:assert/strict";
import { test } from "node:test";
import type { EntityRef } from "../model/index.js";
import { detectConflicts } from "./conflicts.js";
import type { ClaimedFact, SourceRef, WeighedEvidence } from "./types.js";

const sousse: EntityRef = { id: "ev1", name: "Sousse attack", type: "event" };
const wire: SourceRef = { id: "s1", name: "Maghreb Wire", reliability: "B" };
const post: SourceRef = { id: "s2", name: "Tunis Evening Post", reliability: "C" };

function evidence(statementId: string, quote: string, published: string, source = wire): WeighedEvidence {
  return {
    statementId,
    documentId: `d-${published}`,
    documentTitle: null,
    published,
    source,
    analyst: null,
    quote,
    credibility: 2,
  };
}

function toll(
  id: string,
  value: number,
  quote: string,
  published: string,
  bound: ClaimedFact["bound"] = "exact",
  source = wire,
): ClaimedFact {
  return {
    id,
    subject: sousse,
    predicate: "killed",
    object: null,
    value,
    bound,
    time: null,
    evidence: [evidence(id, quote, published, source)],
  };
}

test("38 and 39 for one toll are a conflict with both sides' sentences, first reported first", () => {
  const conflicts = detectConflicts([
    toll("a", 39, "The death toll rose to 39.", "2015-06-27"),
    toll("b", 38, "Officials said 38 were killed.", "2015-06-26", "exact", post),
  ]);
  assert.equal(conflicts.length, 1);
  const [c] = conflicts;
  assert.deepEqual(
    c!.values.map((v) => v.value),
    [38, 39],
  );
  assert.equal(c!.values[0]!.evidence[0]!.quote, "Officials said 38 were killed.");
  assert.deepEqual(c!.values[1]!.sources, [wire]);
  assert.deepEqual(
    c!.revisions.map((r) => [r.from, r.to, r.reason]),
    [["38 persons", "39 persons", "cue"]],
  );
});

test("a bound is compatible with values inside it and is shown apart", () => {
  const conflicts = detectConflicts([
    toll("a", 38, "38 killed", "2015-06-26"),
    toll("b", 39, "39 killed", "2015-06-27"),
    toll("c", 37, "at least 37 killed", "2015-06-26", "at_least"),
  ]);
  assert.deepEqual(
    conflicts[0]!.values.map((v) => v.label),
    ["38 persons", "39 persons"],
  );
  assert.deepEqual(
    conflicts[0]!.compatible.map((v) => v.label),
    ["≥37 persons"],
  );
  assert.deepEqual(
    detectConflicts([toll("a", 38, "", "2015-06-26"), toll("c", 37, "", "2015-06-26", "at_least")]),
    [],
  );
});

test("values within the declared tolerance are not a conflict (age: 1 year)", () => {
  const person: EntityRef = { id: "p", name: "Rezgui", type: "person" };
  const age = (id: string, value: number): ClaimedFact => ({
    id,
    subject: person,
    predicate: "age",
    object: null,
    value,
    bound: "exact",
    time: null,
    evidence: [],
  });
  assert.deepEqual(detectConflicts([age("a", 23), age("b", 24)]), []);
  assert.equal(detectConflicts([age("a", 23), age("b", 26)]).length, 1);
});

test("dates conflict when their intervals do not meet; a month holds its day", () => {
  const date = (id: string, from: string, to: string, precision: "day" | "month"): ClaimedFact => ({
    id,
    subject: sousse,
    predicate: "occurred_on",
    object: null,
    value: from,
    bound: "exact",
    time: { from, to, precision },
    evidence: [],
  });
  assert.deepEqual(
    detectConflicts([
      date("a", "2015-06-26", "2015-06-26", "day"),
      date("b", "2015-06-01", "2015-06-30", "month"),
    ]),
    [],
  );
  const [c] = detectConflicts([
    date("a", "2015-06-26", "2015-06-26", "day"),
    date("b", "2015-06-27", "2015-06-27", "day"),
  ]);
  assert.deepEqual(
    c!.values.map((v) => v.label),
    ["2015-06-26 (day)", "2015-06-27 (day)"],
  );
});

test("two presidents of one country at the same time are an inverse-functional conflict", () => {
  const tunisia: EntityRef = { id: "tn", name: "Tunisia", type: "location" };
  const president = (id: string, name: string, from: string, to: string): ClaimedFact => ({
    id,
    subject: { id: name, name, type: "person" },
    predicate: "head_of_state_of",
    object: tunisia,
    value: null,
    bound: "exact",
    time: { from, to, precision: "year" },
    evidence: [],
  });
  const [c] = detectConflicts([
    president("a", "Essebsi", "2015-01-01", "2015-12-31"),
    president("b", "Marzouki", "2015-01-01", "2015-12-31"),
  ]);
  assert.equal(c!.kind, "inverse-functional");
  assert.equal(c!.subject.name, "Tunisia");
  assert.deepEqual(c!.values.map((v) => v.label).sort(), ["Essebsi", "Marzouki"]);
  assert.deepEqual(
    detectConflicts([
      president("a", "Essebsi", "2015-01-01", "2015-12-31"),
      president("b", "Marzouki", "2012-01-01", "2012-12-31"),
    ]),
    [],
  );
});

test("places within one another are compatible when a containment test says so", () => {
  const at = (id: string, place: string): ClaimedFact => ({
    id,
    subject: sousse,
    predicate: "occurred_at",
    object: { id: place, name: place, type: "location" },
    value: null,
    bound: "exact",
    time: null,
    evidence: [],
  });
  const within = (a: string, b: string) =>
    a === b || (a === "beach" && b === "Sousse") || (a === "Sousse" && b === "beach");
  assert.deepEqual(detectConflicts([at("a", "beach"), at("b", "Sousse")], { samePlace: within }), []);
  assert.equal(detectConflicts([at("a", "Tunis"), at("b", "Sousse")], { samePlace: within }).length, 1);
});
