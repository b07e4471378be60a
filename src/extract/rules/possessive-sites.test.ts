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

test("a business known by its owner's name is a facility; a town's or a long name is not an owner", () => {
  const x = extractText(
    "Kuta was hit on Saturday. A bomb hit Raja's restaurant on the main square, killing four people.",
    "2019-09-14",
  );
  const types = new Map(x.entities.map((e) => [e.name, e.type]));
  assert.equal(types.get("Raja's restaurant"), "facility");
  // The owner, named only in the site's name, is no entity of its own.
  assert.equal(types.get("Raja"), undefined);
  const y = extractText("The Kano Traders Union's shop was closed on Friday.", "2019-09-14");
  assert.ok(!y.entities.some((e) => e.name.endsWith("Union's shop")));
});
