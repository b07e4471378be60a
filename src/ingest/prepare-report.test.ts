import assert from "node:assert/strict";
import { test } from "node:test";
import { parseDate, prepareReport } from "./prepare-report.js";

test("dates: ISO dates and timestamps keep the date as written; impossible dates are refused", () => {
  assert.equal(parseDate("2015-06-26"), "2015-06-26");
  assert.equal(parseDate("2015-06-26T23:30:00+01:00"), "2015-06-26");
  assert.equal(parseDate("Fri, 26 Jun 2015 10:00:00 GMT"), "2015-06-26");
  assert.equal(parseDate("2015-02-30"), undefined);
  assert.equal(parseDate("yesterday"), undefined);
  assert.equal(parseDate("26"), undefined);
});

test("the user's options win over a file's metadata; a file's unusable hints are ignored", () => {
  const prepared = prepareReport(
    {
      origin: "a.html",
      format: "html",
      text: "Some text.",
      meta: { title: "Page title", published: "not a date", source: "Page Outlet", tlp: "ultraviolet" },
    },
    { source: "Given Outlet", reliability: "B" },
  );
  assert.equal(prepared.title, "Page title");
  assert.equal(prepared.source, "Given Outlet");
  assert.equal(prepared.reliability, "B");
  assert.equal(prepared.published, null);
  assert.equal(prepared.marking, "clear");
});

test("a batch record's own fields are the user's: validated, and they win over batch-wide options", () => {
  const prepared = prepareReport(
    {
      origin: "b.jsonl:3",
      format: "jsonl",
      text: "Text.",
      meta: { source: "Record Outlet", tlp: "TLP:AMBER+STRICT" },
    },
    { source: "Option Outlet", published: "2015-06-27" },
  );
  assert.equal(prepared.source, "Record Outlet");
  assert.equal(prepared.marking, "amber+strict");
  assert.equal(prepared.published, "2015-06-27");
  assert.throws(
    () => prepareReport({ origin: "b.jsonl:4", format: "jsonl", text: "Text.", meta: { reliability: "Q" } }),
    /^TesseraError: b\.jsonl:4: reliability "Q" is not a grade A to F$/m,
  );
});

test("text is normalised before hashing, so the same content in other clothes is the same document", () => {
  const a = prepareReport({
    origin: "a",
    format: "text",
    text: "Sousse\u00a0attack.\r\n\r\n\r\nToll rose.",
    meta: {},
  });
  const b = prepareReport({
    origin: "b",
    format: "text",
    text: "  Sousse attack.\n\nToll rose.\n",
    meta: {},
  });
  assert.equal(a.text, "Sousse attack.\n\nToll rose.");
  assert.equal(a.contentHash, b.contentHash);
  assert.throws(
    () => prepareReport({ origin: "e.txt", format: "text", text: " \u200b\n", meta: {} }),
    /e\.txt: the document has no text/,
  );
});
