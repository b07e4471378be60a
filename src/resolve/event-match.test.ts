import assert from "node:assert/strict";
import { test } from "node:test";
import { fixturePlaces } from "../../test/fixtures/resolve/places.js";
import type { TimeInterval } from "../model/index.js";
import { type EventCandidate, isGenericEventKey, resolveEvents, scoreEvents } from "./event-match.js";

const day = (d: string): TimeInterval => ({ from: d, to: d, precision: "day" });
const month = (m: string): TimeInterval => ({ from: `${m}-01`, to: `${m}-28`, precision: "month" });
const event = (id: string, e: Partial<EventCandidate>): EventCandidate => ({
  id,
  names: [id],
  dates: [],
  places: [],
  ...e,
});

const sousse = event("Sousse attack", {
  dates: [day("2015-06-26"), month("2015-06")],
  places: ["sousse"],
  mentions: 9,
});
const beach = event("beach at Port El Kantaoui attack", {
  dates: [day("2015-06-26")],
  namedPlaces: ["kantaoui"],
});
const marhaba = event("Imperial Marhaba hotel attack", { dates: [day("2015-06-26")], places: ["marhaba"] });
const bardo = event("Bardo Museum attack", {
  dates: [day("2015-03-18")],
  places: ["bardo-museum"],
  mentions: 20,
});
const bardoShort = event("Bardo attack", { dates: [month("2015-03")], places: ["bardo"] });
const bardoUndated = event("Bardo attack", { places: ["bardo"] });
const tunisNovember = event("Tunis attack", { dates: [day("2015-11-24")], places: ["tunis"] });
const forecast = event("Tunisia attack", { places: ["tunisia"] });
const tripoliSameDay = event("Tripoli attack", { dates: [day("2015-06-26")], places: ["tripoli"] });

test("the same day at places that coincide is one event, whatever the names", () => {
  const places = fixturePlaces();
  const s = scoreEvents(sousse, marhaba, places);
  assert.ok(s.score >= 0.85, JSON.stringify(s));
  assert.equal(s.features.sameDay, 1);
  assert.equal(s.features.placeNear, 1, "the hotel at Port El Kantaoui is 8 km from Sousse");
  const named = scoreEvents(sousse, beach, places);
  assert.ok(named.score >= 0.85, JSON.stringify(named));
  assert.equal(named.features.placeFromName, 1, "the place comes from the event's own name");
});

test("different days are two events even in one town; same month or no date is review at most", () => {
  const places = fixturePlaces();
  const tunis = scoreEvents(bardo, tunisNovember, places);
  assert.equal(tunis.cannotLink, true);
  assert.equal(tunis.features.dateConflict, 1);
  const monthOnly = scoreEvents(bardo, bardoShort, places);
  assert.ok(monthOnly.score >= 0.6 && monthOnly.score < 0.85, JSON.stringify(monthOnly));
  assert.equal(monthOnly.features.sameMonth, 1);
  const undated = scoreEvents(bardo, bardoUndated, places);
  assert.ok(undated.score >= 0.6 && undated.score < 0.85, "same place and name, no date: review");
  assert.ok(scoreEvents(tunisNovember, bardoUndated, places).score < 0.6, "a town alone says nothing");
  assert.ok(scoreEvents(sousse, forecast, places).score < 0.6, "a forecast for the country is no attack");
  const elsewhere = scoreEvents(sousse, tripoliSameDay, places);
  assert.equal(elsewhere.cannotLink, true, "the same day in another country");
  assert.equal(elsewhere.features.placeConflict, 1);
});

test("a pass merges the Sousse attack's three names, queues Bardo, keeps November and the forecast apart", () => {
  const places = fixturePlaces();
  const plan = resolveEvents([sousse, beach, marhaba, bardo, bardoUndated, tunisNovember, forecast], places);
  assert.deepEqual(plan.clusters, [
    ["Sousse attack", "beach at Port El Kantaoui attack", "Imperial Marhaba hotel attack"],
  ]);
  assert.equal(plan.merges.length, 2);
  assert.ok(plan.merges.every((m) => m.a === "Sousse attack" && m.features.event === 1));
  assert.deepEqual(
    plan.reviews.map((r) => [r.a, r.b].sort()),
    [["Bardo Museum attack", "Bardo attack"]],
  );
  const distinct = resolveEvents([sousse, marhaba], places, {
    distinct: new Set(["Imperial Marhaba hotel attack\u241fSousse attack"]),
  });
  assert.deepEqual(distinct.clusters, [], "an analyst's 'not the same' holds");
});

test("a bare word for what happened names no event", () => {
  assert.equal(isGenericEventKey("attack"), true);
  assert.equal(isGenericEventKey("the killings"), true);
  assert.equal(isGenericEventKey("air strike"), true);
  assert.equal(isGenericEventKey("sousse attack"), false);
  assert.equal(isGenericEventKey("attack on the bardo museum"), false);
});
