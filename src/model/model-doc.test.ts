import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { renderModelDoc } from "./model-doc.js";
import { PREDICATE_NAMES } from "./predicates.js";

test("docs/model.md is what the declared model generates (run npm run docs:model after changing the model)", () => {
  const committed = readFileSync(new URL("../../docs/model.md", import.meta.url), "utf8");
  assert.equal(committed, renderModelDoc());
  for (const p of PREDICATE_NAMES) assert.match(committed, new RegExp(`\\| \`${p}\` \\|`));
});
