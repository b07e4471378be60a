import assert from "node:assert/strict";
import { test } from "node:test";
import { intersect, overlaps, overlapTightness, timeLabel } from "./time-interval.js";

const jan = { from: "2015-01-01", to: "2015-01-31", precision: "month" } as const;
const early = { from: "2015-01-01", to: "2015-04-30", precision: "month" } as const;
const year = { from: "2015-01-01", to: "2015-12-31", precision: "year" } as const;
const march = { from: "2015-03-01", to: "2015-03-31", precision: "month" } as const;

test("fuzzy intervals of different precision meet where their spans meet", () => {
  assert.ok(overlaps(jan, early), "January 2015 overlaps early 2015");
  assert.ok(overlaps(jan, year));
  assert.ok(!overlaps(jan, march));
  assert.deepEqual(intersect(jan, year), { from: "2015-01-01", to: "2015-01-31", precision: "month" });
});

test("tightness is 1 for the same month and small for a month within a year", () => {
  assert.equal(overlapTightness(jan, jan), 1);
  assert.ok(Math.abs(overlapTightness(jan, year) - 31 / 365) < 1e-9);
  assert.equal(overlapTightness(jan, march), 0);
});

test("labels show the precision", () => {
  assert.equal(timeLabel(jan), "2015-01 (month)");
  assert.equal(timeLabel(year), "2015 (year)");
  assert.equal(timeLabel({ from: "2015-06-26", to: "2015-06-26", precision: "day" }), "2015-06-26 (day)");
});
