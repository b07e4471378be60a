import assert from "node:assert/strict";
import { test } from "node:test";
import { findDates } from "./dates.js";
import { easterSunday } from "./holiday-dates.js";
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

test("national days, a bare 'Christmas' and Easter as a season are no dates", () => {
  assert.deepEqual(values("an Independence Day concert", "2011-04-13"), []);
  assert.deepEqual(values("shoppers over Christmas and the New Year", "2011-01-13"), []);
  assert.deepEqual(values("prayers at Easter", "2011-05-13"), []);
  assert.deepEqual(values("the Eid al-Fitr holiday", "2011-09-13"), []);
});

test("Easter is computed: the Gregorian computus, and the days of its cycle", () => {
  assert.deepEqual(easterSunday(2019), [4, 21]);
  assert.deepEqual(easterSunday(2016), [3, 27]);
  assert.deepEqual(easterSunday(2000), [4, 23]);
  assert.deepEqual(easterSunday(2038), [4, 25]);
  assert.deepEqual(easterSunday(1818), [3, 22]);
  assert.deepEqual(values("bombers struck on Easter Sunday", "2019-04-23"), ["2019-04-21"]);
  assert.deepEqual(values("a park bombed on Easter", "2016-03-28"), ["2016-03-27"]);
  assert.deepEqual(values("two churches bombed on Palm Sunday", "2017-04-10"), ["2017-04-09"]);
  assert.deepEqual(values("arrested on Good Friday", "2019-04-20"), ["2019-04-19"]);
  assert.deepEqual(values("the Easter Monday 2016 raid", "2020-01-01"), ["2016-03-28"]);
});

test("an Easter feast without a year is the last one that is not after publication", () => {
  // Published in March 2020, before Easter (12 April 2020): the Easter meant is 2019's.
  assert.deepEqual(values("the attacks on Easter Sunday", "2020-03-01"), ["2019-04-21"]);
  assert.deepEqual(values("the attacks on Easter Sunday", "2020-04-12"), ["2020-04-12"]);
});

test("an attack on a holiday is dated to it", () => {
  const x = extractText(
    "Gunmen opened fire on worshippers at a church in Kano on Christmas Eve, killing six people.",
    "2012-12-27",
  );
  assertHas(x, "occurred_on(Kano attack → 2012-12-24)");
});

test("the Easter Sunday bombings are dated to the feast", () => {
  const x = extractText(
    "On Easter Sunday, suicide bombers attacked three churches and three hotels in Sri Lanka, killing more than 250 people.",
    "2019-04-23",
  );
  const dated = x.statements.filter((s) => s.predicate === "occurred_on").map((s) => s.value);
  assert.deepEqual(dated, ["2019-04-21"]);
});
