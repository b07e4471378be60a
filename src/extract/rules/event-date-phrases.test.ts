import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, extractText, factsBy, factsOf } from "./testing.js";

const datesOf = (text: string, published: string): string[] =>
  factsBy(extractText(text, published), "occurred_on");

test("a possessive date dates the event phrase it determines, across a list of names", () => {
  const x = extractText(
    "Egypt has tightened security at its temples after last year's Luxor and Cairo attacks, officials said.",
    "1998-02-10",
  );
  assertHas(x, "occurred_on(Cairo attack → 1997)");
});

test("a relative date right after an event's phrase is part of it, even after 'after'", () => {
  const x = extractText(
    "Security was tightened at stations across the country after the train bombings last July.",
    "2006-10-01",
  );
  assert.deepEqual(factsBy(x, "occurred_on"), ["bombing → 2006-07"]);
});

test("a date whose clause goes on 'in a raid' dates the raid, beside another event", () => {
  const x = extractText(
    "A man wanted over the Delhi bombings of September 13 was killed on Friday in a police raid on a flat in Batla House.",
    "2008-09-20",
  );
  assertHas(x, "occurred_on(Delhi bombing → 2008-09-13)");
  assertHas(x, "occurred_on(Batla House raid → 2008-09-19)");
});

test("an event word that modifies another noun is not framed by the date", () => {
  assert.deepEqual(
    datesOf("He was questioned on Tuesday in the bombing investigation, police said.", "2005-10-31"),
    [],
  );
});

test("'last Sunday' after the event's words dates it without a preposition", () => {
  const x = extractText(
    "Police said the bomber who killed 74 people at a rugby club in Kampala last Sunday had travelled from Somalia.",
    "2010-07-14",
  );
  assertHas(x, "occurred_on(Kampala attack → 2010-07-11)");
});

test("'during the Tuesday evening rush hour' dates the event", () => {
  const x = extractText(
    "Seven bombs tore through commuter trains in Mumbai during the Tuesday evening rush hour, killing more than 180 people.",
    "2006-07-12",
  );
  assertHas(x, "occurred_on(Mumbai bombing → 2006-07-11)");
});

test("a relative date after a saying dates the saying, not the event", () => {
  assert.deepEqual(
    datesOf(
      "The group said last Friday that its fighters carried out the bombing of the Australian embassy in Jakarta.",
      "2004-09-10",
    ),
    [],
  );
  assert.deepEqual(
    datesOf(
      "Police said a car bomb exploded outside the Australian embassy in Jakarta last Thursday, killing nine people.",
      "2004-09-10",
    ),
    ["Australian embassy bombing → 2004-09-09"],
  );
});

test("a possessive date dates its event across lowercase modifier nouns, not across a preposition", () => {
  assertHas(
    extractText("The toll from Sunday's market bombing in Quetta rose to 40, officials said.", "2021-05-12"),
    "occurred_on(Quetta bombing → 2021-05-09)",
  );
  assert.deepEqual(
    datesOf("Officials said Sunday's toll from the bombing in Quetta rose to 40.", "2021-05-12"),
    [],
  );
});

test("a date between the article and the event's head dates the event", () => {
  assertHas(
    extractText("He was jailed for the June 4, 2017, attack in Leeds that killed nine people.", "2021-05-12"),
    "occurred_on(Leeds attack → 2017-06-04)",
  );
});

test("a relative possessive the event's phrase takes in dates it", () => {
  const x = extractText("Last week's carnage in Quetta killed 40 people.", "2021-05-12");
  assert.ok(
    factsBy(x, "occurred_on").some((f) => f.startsWith("Quetta carnage → 2021-05")),
    factsOf(x).join("\n"),
  );
  assert.deepEqual(datesOf("Survivors described scenes of carnage in Quetta.", "2021-05-12"), []);
});

test("a denial does not undo the date its event's phrase presupposes", () => {
  const x = extractText(
    "The rebel movement denied any role in Tuesday's bombing of a market in Maiduguri.",
    "2014-07-03",
  );
  assertHas(x, "occurred_on(Maiduguri bombing → 2014-07-01)");
  assert.deepEqual(
    datesOf("Police denied that officers fired on the crowd on Tuesday in Maiduguri.", "2014-07-03"),
    [],
  );
});
