import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, extractText, factsBy } from "./testing.js";

test("an undated event in a live blog's entries happened on the blog's day", () => {
  const x = extractText(
    "18:10 Police say at least 60 people have been killed in the blasts in Jaipur. 19:30 The toll has risen to 63.",
    "2008-05-13",
  );
  assertHas(x, "occurred_on(Jaipur blast → 2008-05-13)");
});

test("an event a live entry names as the past is not dated to the blog's day", () => {
  const x = extractText(
    "09:00 Police say the man suspected in the bombings in Jaipur has been arrested. 10:15 He is being questioned.",
    "2008-05-20",
  );
  assert.deepEqual(factsBy(x, "occurred_on"), []);
});

test("without time stamps a report's undated event stays undated", () => {
  const x = extractText("Police say the man killed 60 people in the blasts in Jaipur.", "2008-05-20");
  assert.deepEqual(factsBy(x, "occurred_on"), []);
});

test("a lead that tells of violence on a date dates the event the next sentence names", () => {
  const x = extractText(
    "Gunfire and explosions rocked the centre of Lahore on Tuesday morning, police said. " +
      "The attack was aimed at a bus carrying the Sri Lankan cricket team.",
    "2009-03-04",
  );
  assertHas(x, "occurred_on(Lahore attack → 2009-03-03)");
});

test("a lead's date of a saying dates no later event", () => {
  const x = extractText(
    "Police said on Tuesday that gunfire and explosions had been heard in the centre of Lahore. " +
      "The attack was aimed at a bus carrying the Sri Lankan cricket team.",
    "2009-03-04",
  );
  assert.deepEqual(factsBy(x, "occurred_on"), []);
});

test("a lead's 'a day after' counts back from its date to the violence the next sentence names", () => {
  const x = extractText(
    "A 32-year-old man was charged with murder in Halle on Thursday, a day after a gunman shot dead two people near a synagogue. The attack on the synagogue was streamed live online.",
    "2019-10-11",
  );
  assertHas(x, "occurred_on(Halle attack → 2019-10-09)");
});

test("a lead whose span is bounded, or whose date a saying takes, dates nothing back", () => {
  const bounded = extractText(
    "A 32-year-old man was charged with murder in Halle on Thursday, less than a week after a gunman shot dead two people near a synagogue. The attack on the synagogue was streamed live online.",
    "2019-10-11",
  );
  assert.deepEqual(factsBy(bounded, "occurred_on"), []);
  const said = extractText(
    "Prosecutors said on Thursday a man was charged, a day after a gunman shot dead two people near a synagogue. The attack on the synagogue was streamed live online.",
    "2019-10-11",
  );
  assert.deepEqual(factsBy(said, "occurred_on"), []);
});
