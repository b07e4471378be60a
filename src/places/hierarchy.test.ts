import assert from "node:assert/strict";
import { test } from "node:test";
import { PlaceHierarchy } from "./hierarchy.js";

test("unnamed sites in one town may be one site; named sites and different towns are not", () => {
  const h = new PlaceHierarchy();
  h.add({ id: "tn", name: "Tunisia", kind: "country" });
  h.add({ id: "sousse", name: "Sousse", kind: "city" });
  h.add({ id: "tunis", name: "Tunis", kind: "city" });
  h.add({ id: "hotel", name: "beach hotel near Sousse", kind: "site" });
  h.add({ id: "beach", name: "beach at Sousse", kind: "site" });
  h.add({ id: "marhaba", name: "Imperial Marhaba hotel", kind: "site" });
  h.add({ id: "marina", name: "Port Marina", kind: "site" });
  h.add({ id: "bardo", name: "Bardo Museum", kind: "site" });
  h.contain("sousse", "tn");
  h.contain("tunis", "tn");
  for (const site of ["hotel", "beach", "marhaba", "marina"]) h.contain(site, "sousse");
  h.contain("bardo", "tunis");
  assert.equal(h.mayBeOneSite("hotel", "beach"), true);
  assert.equal(h.mayBeOneSite("hotel", "marhaba"), true);
  assert.equal(h.mayBeOneSite("marhaba", "marina"), false, "two named sites are two sites");
  assert.equal(h.mayBeOneSite("hotel", "bardo"), false, "different towns");
  assert.equal(h.mayBeOneSite("hotel", "sousse"), false, "a town is not a site");
});

test("places within a few kilometres are near, a site read at the town it lies in; countries never", () => {
  const h = new PlaceHierarchy();
  h.add({ id: "tn", name: "Tunisia", kind: "country", lat: 34, lon: 9 });
  h.add({ id: "sousse", name: "Sousse", kind: "city", lat: 35.825, lon: 10.637 });
  h.add({ id: "pek", name: "Port El Kantaoui", kind: "city", lat: 35.892, lon: 10.595 });
  h.add({ id: "tunis", name: "Tunis", kind: "city", lat: 36.819, lon: 10.166 });
  h.add({ id: "beach", name: "beach at Port El Kantaoui", kind: "site" });
  h.add({ id: "camp", name: "camp in the desert", kind: "site" });
  for (const c of ["sousse", "pek", "tunis"]) h.contain(c, "tn");
  h.contain("beach", "pek");
  h.contain("camp", "tn");
  assert.equal(h.near("beach", "sousse"), true, "8 km");
  assert.equal(h.near("sousse", "tunis"), false, "120 km");
  assert.equal(h.near("camp", "tunis"), false, "a site placed only in a country has no point");
});
