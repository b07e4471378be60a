import assert from "node:assert/strict";
import { test } from "node:test";
import { attributedOrigins, corroborate } from "./corroboration.js";
import type { WeighedEvidence } from "./types.js";

const ev = (source: string, quote: string): WeighedEvidence => ({
  statementId: "s",
  documentId: `d-${source}`,
  documentTitle: null,
  published: null,
  source: { id: source, name: source, reliability: "B" },
  analyst: null,
  quote,
  credibility: 2,
});

test("two outlets repeating one agency's quotation count once", () => {
  const quote = "“We will not let terrorists destroy our economy,” the minister said.";
  const c = corroborate([ev("Tunis Evening Post", quote), ev("Coastal Courier", `Earlier, ${quote}`)]);
  assert.deepEqual(c, { sources: 2, independent: 1, singleSource: false });
});

test("an outlet citing another (told Reuters, a dateline credit) joins it", () => {
  assert.deepEqual(attributedOrigins("The minister told Maghreb Wire that 38 died."), ["maghreb wire"]);
  const c = corroborate([
    ev("Maghreb Wire", "The minister said 38 died."),
    ev("Coastal Courier", "The minister told Maghreb Wire that 38 died."),
    ev("Agency report", "Officials said 38 people were killed at a beach resort."),
  ]);
  assert.equal(c.sources, 3);
  assert.equal(c.independent, 2);
});

test("one source is shown as single-source", () => {
  assert.deepEqual(corroborate([ev("Maghreb Wire", "x"), ev("Maghreb Wire", "y")]), {
    sources: 1,
    independent: 1,
    singleSource: true,
  });
});
