import assert from "node:assert/strict";
import { test } from "node:test";
import { countTokens, generateCorpus, PLACES } from "./corpus.js";

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

test("about one report in ten re-reports an earlier incident", () => {
  // A near-duplicate names the same town in its lead and is published within a few days of the first.
  const reports = [...generateCorpus({ count: 1000, seed: 9 })];
  const firstSeen = new Map<string, number>();
  let duplicates = 0;
  for (const r of reports) {
    const lead = r.text.split("\n\n")[0]!.toLowerCase();
    const town = PLACES.find((p) => lead.includes(p.town.toLowerCase()))?.town;
    assert.ok(town, `${r.url}: the lead names a town`);
    const day = Date.parse(r.published) / 86_400_000;
    const near = [-4, -3, -2, -1, 0].some((d) => firstSeen.has(`${town}@${day + d}`));
    if (near) duplicates++;
    else firstSeen.set(`${town}@${day}`, 1);
  }
  assert.ok(duplicates >= 60 && duplicates <= 160, `${duplicates} near-duplicates in 1000`);
});

test("dates spread over 2010 to 2024", () => {
  const years = new Set([...generateCorpus({ count: 500, seed: 3 })].map((r) => r.published.slice(0, 4)));
  assert.ok(years.size >= 14, [...years].join(","));
});

test("countTokens counts words and punctuation", () => {
  assert.equal(countTokens("Gao, Mali."), 4);
  assert.equal(countTokens("Ag Ghaly's men killed 12 (officials said)."), 10);
  assert.equal(countTokens(""), 0);
});
