import assert from "node:assert/strict";
import { test } from "node:test";
import { formatBytes, reasonOf } from "./reason.js";

test("reasonOf keeps one line and drops the final full stop", () => {
  assert.equal(reasonOf(new Error("Invalid PDF structure.")), "Invalid PDF structure");
  assert.equal(reasonOf(new Error("first line\n  at somewhere\nmore")), "first line at somewhere more");
  assert.equal(reasonOf("plain"), "plain");
  assert.equal(reasonOf(new TypeError("")), "TypeError");
});

test("reasonOf shortens very long reasons", () => {
  const reason = reasonOf(new Error("x".repeat(500)));
  assert.ok(reason.length <= 160);
  assert.ok(reason.endsWith("…"));
});

test("formatBytes uses binary units with at most one decimal", () => {
  assert.equal(formatBytes(512), "512 bytes");
  assert.equal(formatBytes(1024), "1 KiB");
  assert.equal(formatBytes(1536), "1.5 KiB");
  assert.equal(formatBytes(50 * 1024 * 1024), "50 MiB");
  assert.equal(formatBytes(200 * 1024 * 1024), "200 MiB");
  assert.equal(formatBytes(3 * 1024 ** 3), "3 GiB");
});
