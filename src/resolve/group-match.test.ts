import assert from "node:assert/strict";
import { test } from "node:test";
import { resolveGroups } from "./group-match.js";

test("two bands of attackers of one attack are one; other collectives and other attacks are not", () => {
  const plan = resolveGroups([
    { id: "g1", name: "Bardo Museum attackers", events: ["bardo"], mentions: 6 },
    { id: "g2", name: "Bardo attackers", events: ["bardo"], mentions: 1 },
    { id: "g3", name: "gunmen", events: ["bardo"], mentions: 1 },
    { id: "g4", name: "accomplices", events: ["bardo"], mentions: 2 },
    { id: "g5", name: "Sousse attackers", events: ["sousse"], mentions: 1 },
    { id: "g6", name: "gunmen", events: [], mentions: 1 },
  ]);
  assert.deepEqual(
    plan.clusters.map((c) => [c[0], ...c.slice(1).sort()]),
    [["g1", "g2", "g3"]],
  );
  assert.equal(plan.reviews.length, 0);
});

test("an analyst's 'not the same' keeps two bands apart", () => {
  const plan = resolveGroups(
    [
      { id: "g1", name: "Bardo Museum attackers", events: ["bardo"], mentions: 6 },
      { id: "g2", name: "Bardo attackers", events: ["bardo"], mentions: 1 },
    ],
    { distinct: new Set(["g1\u241fg2"]) },
  );
  assert.deepEqual(plan.clusters, []);
});
