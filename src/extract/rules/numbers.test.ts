import assert from "node:assert/strict";
import { test } from "node:test";
import { readCount, readNumber, sharesLowerBound, wordValue } from "./numbers.js";

const words = (s: string): string[] => s.toLowerCase().split(" ");

test("number words and digits", () => {
  assert.equal(wordValue("thirty-eight"), 38);
  assert.equal(wordValue("1,200"), 1200);
  assert.equal(wordValue("nineteen"), 19);
  assert.equal(readNumber(words("two hundred and fifty people"), 0)?.value, 250);
  assert.equal(readNumber(words("1.5 million"), 0)?.value, 1_500_000);
  assert.equal(readNumber(words("a dozen tourists"), 0)?.value, 12);
  assert.equal(readNumber(words("the gunman"), 0), undefined);
});

test("vague plurals are lower bounds (ACLED convention)", () => {
  assert.deepEqual(readCount(words("dozens of people"), 0), { value: 24, bound: "at_least", end: 3 });
  assert.equal(readCount(words("hundreds"), 0)?.value, 200);
  assert.equal(readCount(words("scores of"), 0)?.bound, "at_least");
});

test("bounds in front of a number", () => {
  assert.deepEqual(readCount(words("at least 37 people"), 0), { value: 37, bound: "at_least", end: 4 });
  assert.equal(readCount(words("up to 40"), 0)?.bound, "at_most");
  assert.equal(readCount(words("about 80 mosques"), 0)?.bound, "exact");
});

test("sums of counted nouns", () => {
  assert.equal(readCount(words("20 tourists and a security guard dead"), 0)?.value, 21);
  assert.equal(readCount(words("21 foreign visitors and a Tunisian police officer"), 0)?.value, 22);
  assert.equal(readCount(words("ten soldiers , two police officers and a civilian"), 0)?.value, 13);
  // "killed 38 and wounded 39" is not a sum.
  assert.equal(readCount(words("38 and wounded 39"), 0)?.value, 38);
});

test("a vague addend makes a sum a lower bound; a span of time is no addend", () => {
  assert.deepEqual(readCount(words("13 soldiers and scores of civilians who"), 0), {
    value: 53,
    bound: "at_least",
    end: 6,
  });
  assert.deepEqual(readCount(words("20 tourists and a guard dead"), 0), {
    value: 21,
    bound: "exact",
    end: 5,
  });
  assert.equal(readCount(words("14 people , a day after"), 0)?.value, 14);
  assert.equal(readCount(words("14 people , a policeman among them"), 0)?.value, 15);
});

test("'at least' before the first figure of a pair bounds the second too", () => {
  const w = words("at least 30 people were killed and 110 wounded");
  assert.equal(sharesLowerBound(w, w.indexOf("110")), true);
  // A figure in another clause, or with no bound before the pair, keeps its own bound.
  const v = words("30 people were killed and 110 wounded");
  assert.equal(sharesLowerBound(v, v.indexOf("110")), false);
  const u = words("at least 30 people were killed , officials said , and 110 wounded");
  assert.equal(sharesLowerBound(u, u.indexOf("110")), false);
});

test("a source after a comma is no addend of a sum", () => {
  const words = (t: string) => t.split(" ");
  assert.equal(readCount(words("at least 10 people , a local official said ."), 0)?.value, 10);
  assert.equal(readCount(words("12 people , an army spokesman told Reuters ."), 0)?.value, 12);
  assert.equal(readCount(words("12 people , a police officer and a child ."), 0)?.value, 14);
});
