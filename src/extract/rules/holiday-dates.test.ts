import assert from "node:assert/strict";
import { test } from "node:test";
import { findDates } from "./dates.js";
import { assertHas, extractText } from "./testing.js";

const values = (text: string, published: string | null): string[] =>
  findDates(text, 0, text.length, published).map((d) => d.value);

test("a fixed holiday is its day in the latest year that does not put it after publication", () => {
  assert.deepEqual(values("the plane was diverted on Christmas Day", "2013-12-27"), ["2013-12-25"]);
  assert.deepEqual(values("the plane was diverted on Christmas Day", "2014-01-03"), ["2013-12-25"]);
  assert.deepEqual(values("shots were fired on New Year’s Eve", "2017-01-02"), ["2016-12-31"]);
  assert.deepEqual(values("a bomb went off on New Year's Day", "2017-01-01"), ["2017-01-01"]);
});

test("a holiday takes the year written after it, as one date", () => {
  assert.deepEqual(values("the Boxing Day 2004 tsunami", "2014-12-26"), ["2004-12-26"]);
  assert.deepEqual(values("on Christmas Eve last year", "2014-06-01"), ["2013-12-24"]);
  assert.deepEqual(values("a holiday with no year", null), []);
  assert.deepEqual(values("on Christmas Eve", null), []);
});

test("movable feasts, national days and a bare 'Christmas' are no dates", () => {
  assert.deepEqual(values("an Independence Day concert", "2011-04-13"), []);
  assert.deepEqual(values("shoppers over Christmas and the New Year", "2011-01-13"), []);
  assert.deepEqual(values("prayers at Easter", "2011-05-13"), []);
});

test("an attack on a holiday is dated to it", () => {
  const x = extractText(
    "Gunmen opened fire on worshippers at a church in Kano on Christmas Eve, killing six people.",
    "2012-12-27",
  );
  assertHas(x, "occurred_on(Kano attack → 2012-12-24)");
});
