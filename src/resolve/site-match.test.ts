import assert from "node:assert/strict";
import { test } from "node:test";
import { resolveSites } from "./site-match.js";

test("unnamed sites of one attack join its one named site", () => {
  const plan = resolveSites([
    { id: "marhaba", name: "Imperial Marhaba hotel", events: ["sousse"], mentions: 4 },
    { id: "hotel", name: "beach hotel near Sousse", events: ["sousse"], mentions: 2 },
    { id: "beach", name: "beach at Port El Kantaoui", events: ["sousse"], mentions: 3 },
    { id: "museum", name: "museum in Tunis", events: ["bardo"], mentions: 1 },
  ]);
  assert.deepEqual(
    plan.clusters.map((c) => [c[0], ...c.slice(1).sort()]),
    [["marhaba", "beach", "hotel"]],
  );
  assert.equal(plan.reviews.length, 0);
});

test("with several named sites an unnamed one goes to review, and named sites never join", () => {
  const plan = resolveSites([
    { id: "bataclan", name: "Bataclan", events: ["paris"], mentions: 5 },
    { id: "stade", name: "Stade de France", events: ["paris"], mentions: 3 },
    { id: "cafe", name: "café on rue de Charonne", events: ["paris"], mentions: 1 },
  ]);
  assert.deepEqual(plan.clusters, []);
  assert.equal(plan.reviews.length, 2);
  assert.ok(plan.reviews.every((r) => r.b === "cafe" || r.a === "cafe"));
});
