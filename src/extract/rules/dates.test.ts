import assert from "node:assert/strict";
import { test } from "node:test";
import { findAnchoredSpans, findDates, shiftInterval } from "./dates.js";

const PUBLISHED = "2015-07-01"; // a Wednesday

function first(text: string, published: string | null = PUBLISHED) {
  return findDates(text, 0, text.length, published)[0];
}

test("a weekday is the latest such day on or before publication", () => {
  assert.deepEqual(first("on Friday")?.time, { from: "2015-06-26", to: "2015-06-26", precision: "day" });
  assert.equal(first("Friday's attack")?.value, "2015-06-26");
  assert.equal(first("on Wednesday")?.value, "2015-07-01");
  assert.equal(first("last Wednesday")?.value, "2015-06-24");
});

test("a month without a year is at month precision, in the year before if still to come", () => {
  assert.deepEqual(first("crossed into Libya in January")?.time, {
    from: "2015-01-01",
    to: "2015-01-31",
    precision: "month",
  });
  assert.equal(first("in September")?.value, "2014-09");
  assert.equal(first("last August")?.value, "2014-08");
  assert.equal(first("the March attack")?.value, "2015-03");
  assert.equal(first("in February", "2016-02-20")?.time.to, "2016-02-29");
});

test("days, years and ranges keep their precision", () => {
  assert.deepEqual(first("on 26 June")?.time, { from: "2015-06-26", to: "2015-06-26", precision: "day" });
  assert.equal(first("June 26, 2015")?.value, "2015-06-26");
  assert.deepEqual(first("designated in 2013")?.time, {
    from: "2013-01-01",
    to: "2013-12-31",
    precision: "year",
  });
  assert.deepEqual(first("since 2011")?.time, { from: "2011-01-01", to: "2015-07-01", precision: "year" });
  assert.deepEqual(first("last week")?.time, { from: "2015-06-22", to: "2015-06-28", precision: "day" });
});

test("a span counted from an anchor is no date of its own, and shifts the anchor's date", () => {
  // "three months before the attack" counts from the attack, not from publication.
  assert.equal(first("three months before the attack"), undefined);
  const [span] = findAnchoredSpans("eight days after the siege", 0, 26);
  assert.deepEqual(
    { amount: span?.amount, unit: span?.unit, sign: span?.sign },
    { amount: 8, unit: "day", sign: 1 },
  );
  const saturday = { from: "2015-07-04", to: "2015-07-04", precision: "day" } as const;
  assert.deepEqual(shiftInterval(saturday, span!, -1), {
    from: "2015-06-26",
    to: "2015-06-26",
    precision: "day",
  });
  const [months] = findAnchoredSpans("three months before", 0, 19);
  const june = { from: "2015-06-01", to: "2015-06-30", precision: "month" } as const;
  assert.equal(shiftInterval(june, months!, -1)?.from, "2015-03-01");
});

test("without a publication date only absolute dates resolve", () => {
  assert.equal(first("on Friday", null), undefined);
  assert.equal(first("in January", null), undefined);
  assert.equal(first("on 4 July 2015", null)?.value, "2015-07-04");
  assert.equal(first("in 2013", null)?.value, "2013");
});

test("offsets point into the text", () => {
  const text = "He crossed into Libya in January and trained near Sabratha.";
  const [d] = findDates(text, 0, text.length, PUBLISHED);
  assert.equal(text.slice(d!.start, d!.end), d!.text);
  assert.equal(d!.text, "January");
});

test("a weekend is the Saturday and Sunday before publication, dated by its first day", () => {
  assert.deepEqual(first("arrested at the weekend")?.time, {
    from: "2015-06-27",
    to: "2015-06-28",
    precision: "day",
  });
  assert.equal(first("over the weekend")?.value, "2015-06-27");
  // In a Sunday report "last weekend" is the one before; "at the weekend" is the current one.
  assert.equal(first("last weekend", "2015-07-05")?.value, "2015-06-27");
  assert.equal(first("at the weekend", "2015-07-05")?.value, "2015-07-04");
});

test("a month with 'last year' or 'this year' belongs to that year", () => {
  assert.deepEqual(first("in April last year")?.time, {
    from: "2014-04-01",
    to: "2014-04-30",
    precision: "month",
  });
  assert.equal(first("in July of last year")?.value, "2014-07");
  assert.equal(first("in March this year")?.value, "2015-03");
  assert.equal(findDates("in April last year", 0, 18, PUBLISHED).length, 1);
});

test("'earlier that day' and 'that morning' take the day of the sentence's date before them", () => {
  const text = "Police said on Tuesday that a bomb had exploded at a market earlier that day.";
  const dates = findDates(text, 0, text.length, "2021-11-17");
  assert.deepEqual(
    dates.map((d) => [d.text, d.value]),
    [
      ["on Tuesday", "2021-11-16"],
      ["earlier that day", "2021-11-16"],
    ],
  );
  // With no day before it, the phrase dates nothing.
  const alone = "A bomb had exploded at a market earlier that day.";
  assert.deepEqual(findDates(alone, 0, alone.length, "2021-11-17"), []);
});

test("'N months to the day after' keeps the anchor's day", () => {
  const [span] = findAnchoredSpans("six months to the day after the bombing", 0, 39);
  assert.equal(span?.toTheDay, true);
  const monday = { from: "2019-10-21", to: "2019-10-21", precision: "day" } as const;
  assert.deepEqual(shiftInterval(monday, span!, -1), {
    from: "2019-04-21",
    to: "2019-04-21",
    precision: "day",
  });
  const [year] = findAnchoredSpans("a year to the day after", 0, 23);
  assert.equal(shiftInterval(monday, year!, -1)?.from, "2018-10-21");
  // Without "to the day", months stay months.
  const [plain] = findAnchoredSpans("six months after", 0, 16);
  assert.equal(shiftInterval(monday, plain!, -1)?.precision, "month");
});

test("an anniversary counts back whole years from the report's day or month", () => {
  const dates = findDates("A year ago today, gunmen stormed the museum.", 0, 44, "2016-03-18");
  assert.deepEqual(
    dates.map((d) => d.value),
    ["2015-03-18"],
  );
  assert.equal(
    first("Five years ago this month, bombers struck the capital.", "2016-03-18")?.value,
    "2011-03",
  );
  assert.equal(first("Two years ago today, the siege began.", "2016-03-18")?.time.precision, "day");
});

test("a month without a year after one the sentence dated in an earlier year goes on in that year", () => {
  const all = (text: string) => findDates(text, 0, text.length, PUBLISHED).map((d) => d.value);
  assert.deepEqual(all("He was jailed for a raid in March 2009 and for the August bombing of a bank."), [
    "2009-03",
    "2009-08",
  ]);
  // A month before the dated one is the next year's.
  assert.deepEqual(all("The cell formed in November 2009 and struck in February."), ["2009-11", "2010-02"]);
  // A date in the report's own year leaves the month to publication's rule.
  assert.deepEqual(all("Police raided a flat in March 2015 and another in May."), ["2015-03", "2015-05"]);
  assert.deepEqual(all("He crossed into Libya in January."), ["2015-01"]);
});

test("a length of time is no date: 'in a week', 'after two days', 'within months'", () => {
  const found = (text: string) => findDates(text, 0, text.length, "2021-06-05").map((d) => d.text);
  assert.deepEqual(found("The attack was the second in the region in a week."), []);
  assert.deepEqual(found("He was released after two days."), []);
  assert.deepEqual(found("The group carried out three attacks in a month."), []);
});

test("a week is a range whose value is its Monday", () => {
  const [d] = findDates("killed 12 people this week", 0, 26, "2021-06-05");
  assert.equal(d?.value, "2021-05-31");
  assert.deepEqual(d?.time, { from: "2021-05-31", to: "2021-06-06", precision: "day" });
});
