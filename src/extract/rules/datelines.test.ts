import assert from "node:assert/strict";
import { test } from "node:test";
import { findDatelines } from "./datelines.js";

test("a dateline's cities are locations and its outlet an organisation, at their offsets", () => {
  const text = "LONDON/TUNIS, July 10 (Agency report) - Britain advised its citizens against travel.";
  const [dateline, ...rest] = findDatelines(text);
  assert.equal(rest.length, 0);
  assert.deepEqual(
    dateline!.places.map((p) => [text.slice(p.start, p.end), p.type]),
    [
      ["LONDON", "location"],
      ["TUNIS", "location"],
    ],
  );
  const outlet = dateline!.outlet!;
  assert.equal(text.slice(outlet.start, outlet.end), "Agency report");
  assert.equal(outlet.type, "organization");
  assert.equal(outlet.label, "ORG");
});

test("a dateline starts any paragraph, with or without date and outlet", () => {
  const text =
    "In Gaâfour, a quiet town asks how\nGAÂFOUR - The family home stands here.\nSIRTE, Oct 21 - Fighters took the town.";
  const places = findDatelines(text).flatMap((d) => d.places.map((p) => p.text));
  assert.deepEqual(places, ["GAÂFOUR", "SIRTE"]);
});

test("headings, capitals inside a line and dashes without a known place are no datelines", () => {
  assert.deepEqual(findDatelines("KEY JUDGEMENTS\n1. We assess the gunman trained in Libya."), []);
  assert.deepEqual(findDatelines("UPDATE - Police said the toll had risen."), []);
  assert.deepEqual(findDatelines("Officials said TUNIS, March 18 (Maghreb Wire) - was quiet."), []);
});
