import assert from "node:assert/strict";
import { test } from "node:test";
import { pdfDateToIso } from "./pdf-date.js";

test("keeps the precision the PDF gave", () => {
  assert.equal(pdfDateToIso("D:2015"), "2015");
  assert.equal(pdfDateToIso("D:201506"), "2015-06");
  assert.equal(pdfDateToIso("D:20150627"), "2015-06-27");
  assert.equal(pdfDateToIso("D:2015062710"), "2015-06-27T10:00:00");
  assert.equal(pdfDateToIso("D:20150627103015"), "2015-06-27T10:30:15");
});

test("writes the time zone as ISO 8601 does, and leaves an unzoned time unzoned", () => {
  assert.equal(pdfDateToIso("D:20150627103000+01'00'"), "2015-06-27T10:30:00+01:00");
  assert.equal(pdfDateToIso("D:20150627103000-05'30"), "2015-06-27T10:30:00-05:30");
  assert.equal(pdfDateToIso("D:20150627103000+01"), "2015-06-27T10:30:00+01:00");
  assert.equal(pdfDateToIso("D:20150627103000Z"), "2015-06-27T10:30:00Z");
  assert.equal(pdfDateToIso("D:20150627103000Z00'00'"), undefined);
  assert.equal(pdfDateToIso("20150627103000"), "2015-06-27T10:30:00");
});

test("gives undefined for what is not a plausible date", () => {
  for (const value of [
    undefined,
    "",
    "last Tuesday",
    "D:20151327",
    "D:20150230",
    "D:20150627250000",
    "D:0015",
  ]) {
    assert.equal(pdfDateToIso(value), undefined, String(value));
  }
  assert.equal(pdfDateToIso("D:20160229"), "2016-02-29");
});
