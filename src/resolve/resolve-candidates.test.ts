import assert from "node:assert/strict";
import { test } from "node:test";
import { resolveCandidates } from "./resolve-candidates.js";
import type { Candidate } from "./score-pair.js";

const person = (id: string, names: string[], extra: Partial<Candidate> = {}): Candidate => ({
  id,
  type: "person",
  names,
  ...extra,
});

test("a person known only by descriptions is never compared by name", () => {
  // "Iyadh" and the "at" of "beach at Port El Kantaoui" share a phonetic skeleton: as names, the two
  // scored 0.72 and went to review. A description is not a name.
  const abuIyadh = person("abu-iyadh", ["Seifallah Ben Hassine", "Abu Iyadh"], { places: ["tunis"] });
  const gunman = { places: ["tunis"], documents: ["d1"] };
  const named = resolveCandidates([abuIyadh, person("gunman", ["beach at Port El Kantaoui gunman"], gunman)]);
  assert.equal(named.reviews.length, 1, "compared as a name, the pair is queued");
  const described = resolveCandidates([
    abuIyadh,
    person("gunman", ["beach at Port El Kantaoui gunman"], { ...gunman, descriptionOnly: true }),
  ]);
  assert.equal(described.compared, 0);
  assert.deepEqual([described.reviews, described.merges], [[], []]);
});

test("Rezgui Yacoubi, Seifiddine Rezgui Yacoubi and Seifeddine Rezgui are one person", () => {
  const context = (documents: string[], places: string[]) => ({ documents, places, roles: ["gunman"] });
  const plan = resolveCandidates([
    person("a", ["Seifeddine Rezgui"], {
      mentions: 5,
      ...context(["d1", "d2"], ["sousse", "gaafour", "libya"]),
    }),
    person("b", ["Rezgui Yacoubi"], context(["d3"], ["libya", "sabratha"])),
    person("c", ["Seifiddine Rezgui Yacoubi"], context(["d4"], ["gaafour", "libya", "sabratha"])),
    person("d", ["Seifiddine Rezgui"], context(["d5"], ["sabratha"])),
    person("e", ["Seifallah Ben Hassine"], context(["d2"], ["tunis"])),
  ]);
  assert.deepEqual(
    plan.clusters.map((c) => c.slice().sort()),
    [["a", "b", "c", "d"]],
  );
  assert.equal(plan.clusters[0]![0], "a", "kept under the most mentioned");
});

test("a compass region of a place is part of it, neither merged nor queued with it", () => {
  const place = (id: string, name: string): Candidate => ({
    id,
    type: "location",
    names: [name],
    documents: [id],
    neighbours: ["sabratha", "tripoli"],
    places: ["sabratha", "tripoli"],
  });
  const plan = resolveCandidates([
    place("ly", "Libya"),
    place("wly", "Western Libya"),
    place("ly2", "Libya"),
  ]);
  assert.deepEqual(plan.clusters, [["ly", "ly2"]]);
  assert.deepEqual(
    plan.reviews.filter((r) => [r.a, r.b].includes("wly")),
    [],
  );
});
