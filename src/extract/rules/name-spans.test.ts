import assert from "node:assert/strict";
import { test } from "node:test";
import { repairPersonSpans } from "./name-spans.js";
import type { NamedSpan } from "./named-span.js";

// Person spans repaired before typing, on sentences written for these tests (none from the evaluation sets).
const span = (text: string, part: string, label: NamedSpan["label"]): NamedSpan => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, text: part, label };
};

test("two person spans either side of a name particle are one name", () => {
  const text = "Mayor Ruud de Vries said the square was closed.";
  const out = repairPersonSpans(text, [span(text, "Mayor Ruud", "PER"), span(text, "Vries", "PER")]);
  assert.deepEqual(
    out.map((s) => s.text),
    ["Mayor Ruud de Vries"],
  );
});

test("a particle between a person and a place joins nothing", () => {
  const text = "Ruud Smit de Lyon said nothing.";
  const out = repairPersonSpans(text, [span(text, "Ruud Smit", "PER"), span(text, "Lyon", "LOC")]);
  assert.equal(out.length, 2);
});

test("a titled span over two coordinated names is two spans, the second a person", () => {
  const text = "The cabinet sacked Interior Minister Oleg Petrov and Andrei Volkov on Monday.";
  const out = repairPersonSpans(text, [span(text, "Interior Minister Oleg Petrov and Andrei Volkov", "ORG")]);
  assert.deepEqual(
    out.map((s) => [s.text, s.label, text.slice(s.start, s.end)]),
    [
      ["Interior Minister Oleg Petrov", "ORG", "Interior Minister Oleg Petrov"],
      ["Andrei Volkov", "PER", "Andrei Volkov"],
    ],
  );
});

test("coordinated words without a person's label or a title stay one span", () => {
  const text = "Tickets from Marks Spencer and Harvey Nichols sold out.";
  const out = repairPersonSpans(text, [span(text, "Marks Spencer and Harvey Nichols", "ORG")]);
  assert.equal(out.length, 1);
});

test("an organisation's 'and' is not split", () => {
  const text = "The Ministry of Justice and Security said on Friday.";
  const out = repairPersonSpans(text, [span(text, "Ministry of Justice and Security", "ORG")]);
  assert.equal(out.length, 1);
});

test("a generational suffix after a person's span is part of the name", () => {
  const text = "Police said Harold Becker Jr. and his father, Harold Becker Sr., were questioned.";
  const out = repairPersonSpans(text, [
    span(text, "Harold Becker", "PER"),
    {
      ...span(text, "Harold Becker", "PER"),
      start: text.lastIndexOf("Harold Becker"),
      end: text.lastIndexOf("Harold Becker") + 13,
    },
  ]);
  assert.deepEqual(
    out.map((s) => s.text),
    ["Harold Becker Jr.", "Harold Becker Sr."],
  );
  const lanka = "Talks with Ravi Perera, Sri Lanka's envoy, ended.";
  assert.equal(repairPersonSpans(lanka, [span(lanka, "Ravi Perera", "PER")])[0]!.text, "Ravi Perera");
});
