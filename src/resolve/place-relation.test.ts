import assert from "node:assert/strict";
import { test } from "node:test";
import { fixturePlaces } from "../../test/fixtures/resolve/places.js";
import { distanceKm } from "./place-relation.js";

test("places relate: one place, one within another, near, only one country, apart", () => {
  const places = fixturePlaces();
  assert.equal(places.relate("sabratha", "sabratah"), "same", "one gazetteer place under two spellings");
  assert.equal(places.relate("bardo-museum", "tunis"), "within");
  assert.equal(places.relate("gaafour", "siliana"), "within");
  assert.equal(places.relate("bardo-museum", "bardo"), "near", "the museum's town is 2 km from Bardo");
  assert.equal(places.relate("marhaba", "sousse"), "near", "Port El Kantaoui is 8 km from Sousse");
  assert.equal(places.relate("sousse", "tunisia"), "country", "a country contains, but says little");
  assert.equal(places.relate("sousse", "tunis"), "apart", "two towns 120 km apart");
  assert.equal(places.relate("gaafour", "kairouan"), "apart");
  assert.equal(places.relate("sousse", "sabratha"), "apart", "different countries");
  assert.equal(places.relate("beach-sousse", "siliana"), "unknown", "nothing says where the governorate is");
  assert.equal(places.relateSets(["tunis", "sousse"], ["kantaoui"]), "near", "the best pair counts");
  assert.equal(places.relateSets([], ["sousse"]), "unknown");
});

test("great-circle distance", () => {
  const km = distanceKm([35.825, 10.637], [36.819, 10.166]);
  assert.ok(km > 110 && km < 125, `Sousse–Tunis ${km} km`);
});
