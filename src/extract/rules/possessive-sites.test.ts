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

test("an official's house known by the post is a site: 'the Japanese ambassador's residence', 'the residence of Japan's ambassador'", () => {
  const x = extractText("Gunfire is coming from the Japanese ambassador's residence in Lima.", "1997-04-22");
  assertHas(x, "located_in(Japanese ambassador's residence → Lima)");
  const y = extractText(
    "Rebels stormed the residence of Japan's ambassador in Lima on Tuesday.",
    "1996-12-18",
  );
  assertHas(y, "located_in(residence of Japan's ambassador → Lima)");
  const z = extractText("Gunmen attacked the governor's palace in Kandahar on Monday.", "2011-05-08");
  assertHas(z, "occurred_at(governor's palace attack → governor's palace)");
  const w = extractText("The president's home town of Gaafour mourned on Monday.", "2015-06-29");
  assert.ok(!w.entities.some((e) => e.type === "facility"), w.entities.map((e) => e.name).join(", "));
});
