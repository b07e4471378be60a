import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText, factsBy } from "./testing.js";

test("a site known by its town's possessive is a facility in that town", () => {
  const x = extractText(
    "A suicide bomber struck outside Tambov's main railway station on Monday, killing nine people.",
    "2021-03-02",
  );
  assertHas(x, "located_in(Tambov's main railway station → Tambov)");
  assert.ok(factsBy(x, "occurred_at").some((f) => f.endsWith("→ Tambov's main railway station")));
});

test("a capitalised word or a longer noun after the possessive is no unnamed site", () => {
  const x = extractText("Tambov's airport road was closed for hours on Sunday.", "2021-03-02");
  assertLacks(x, /located_in\(Tambov's airport/);
  const y = extractText("Tambov's mayor visited the wounded in hospital.", "2021-03-02");
  assertLacks(y, /located_in\(Tambov's/);
});
