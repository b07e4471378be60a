import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { ERROR_CODES, inputError, TesseraError } from "./errors.js";

test("docs/errors.md lists exactly the registry's codes, with the same exit and HTTP statuses", () => {
  const doc = readFileSync(new URL("../../docs/errors.md", import.meta.url), "utf8");
  const rows = [...doc.matchAll(/^\| `(TESSERA_[A-Z_0-9]+)` \| (\d+) \| (\d+) \|/gm)].map((m) => [
    m[1],
    Number(m[2]),
    Number(m[3]),
  ]);
  const registry = Object.entries(ERROR_CODES).map(([code, v]) => [code, v.exit, v.http]);
  assert.deepEqual(rows.sort(), registry.sort());
});

test("an input error is one sentence that starts with the input", () => {
  const error = inputError(
    "TESSERA_CORRUPT_FILE",
    "report.pdf",
    "not a readable PDF (unexpected end of file)",
  );
  assert.ok(error instanceof TesseraError);
  assert.equal(error.message, "report.pdf: not a readable PDF (unexpected end of file)");
  assert.equal(error.exitCode, 3);
  assert.equal(error.httpStatus, 400);
  assert.doesNotMatch(error.message, /\n/);
});
