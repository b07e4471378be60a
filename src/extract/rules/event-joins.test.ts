import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, extractText } from "./testing.js";

test("an attack known only by its bare head is the report's one placed attack", () => {
  const x = extractText(
    "Tashfeen Malik, one of the two attackers who killed 14 people at a social services centre in San Bernardino on Wednesday, pledged allegiance to Islamic State around the time of the shooting, officials said.",
    "2015-12-04",
  );
  const events = x.entities.filter((e) => e.type === "event");
  assert.equal(events.length, 1, events.map((e) => e.name).join(", "));
  assert.ok(x.mentions.some((m) => m.entity === events[0]!.key && m.text === "shooting"));
});

test("two placed attacks leave a bare one alone", () => {
  const x = extractText(
    "A bomb exploded in Kabul on Friday and gunmen attacked a mosque in Herat on Saturday. The attack was condemned by the United Nations.",
    "2021-06-05",
  );
  assertHas(x, "occurred_at(Kabul bombing → Kabul)");
  const bare = x.entities.find((e) => e.type === "event" && e.name === "attack");
  const merged = x.statements.some((s) => s.predicate === "occurred_at" && s.subject === bare?.key);
  assert.ok(!merged);
});
