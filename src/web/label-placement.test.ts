import assert from "node:assert/strict";
import { test } from "node:test";
import { placeLabels } from "./label-placement.js";

const chart = { width: 400, height: 200 };

test("labels of close points go to free sides; the most important keeps the first choice", () => {
  const labels = placeLabels(
    [
      { id: "tunis", x: 200, y: 100, text: "Tunis", priority: 2 },
      { id: "bardo", x: 200, y: 108, text: "Bardo Museum", priority: 1 },
    ],
    chart,
  );
  assert.equal(labels.get("tunis")?.anchor, "start");
  assert.equal(labels.get("bardo")?.anchor, "end", "the right side is taken: the left is free");
});

test("a label with no free side is left out rather than drawn over another", () => {
  const crowd = Array.from({ length: 12 }, (_, i) => ({
    id: `p${i}`,
    x: 200 + (i % 3),
    y: 100 + Math.floor(i / 3),
    text: "Port El Kantaoui",
    priority: 12 - i,
  }));
  const labels = placeLabels(crowd, chart);
  const shown = [...labels.values()].filter((l) => l !== null);
  assert.ok(shown.length >= 1 && shown.length <= 4, `${shown.length} shown`);
  assert.ok(labels.get("p0"), "the most important is labelled");
});

test("labels stay inside the chart", () => {
  const labels = placeLabels([{ id: "edge", x: 395, y: 100, text: "Sabratha", priority: 1 }], chart);
  assert.equal(labels.get("edge")?.anchor, "end");
});
