import assert from "node:assert/strict";
import { test } from "node:test";
import { linkGraph, shortestSimplePaths, strongestLink } from "./paths.js";

const edge = (from: string, to: string, predicate = "member_of", statements = [`${from}-${to}`]) => ({
  from,
  to,
  predicate,
  statements,
});

test("the k shortest simple paths come shortest first, within maxHops", () => {
  const g = linkGraph([
    edge("a", "b"),
    edge("b", "d"),
    edge("a", "c"),
    edge("c", "e"),
    edge("e", "d"),
    edge("d", "f"),
  ]);
  assert.deepEqual(shortestSimplePaths(g, "a", "d", { k: 5, maxHops: 4 }), [
    ["a", "b", "d"],
    ["a", "c", "e", "d"],
  ]);
  assert.deepEqual(shortestSimplePaths(g, "a", "d", { k: 5, maxHops: 1 }), []);
  assert.deepEqual(shortestSimplePaths(g, "a", "d", { k: 1 }), [["a", "b", "d"]]);
});

test("an edge is reported as stated, with its statements merged by predicate", () => {
  const g = linkGraph([
    edge("b", "a", "perpetrated", ["s1"]),
    edge("b", "a", "perpetrated", ["s2"]),
    edge("a", "b", "attacked", ["s3"]),
  ]);
  assert.deepEqual(strongestLink(g, "a", "b"), {
    from: "b",
    to: "a",
    predicate: "perpetrated",
    statements: ["s1", "s2"],
  });
});
