import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText, factsBy, factsOf } from "./testing.js";

// Events a report tells only by a verb. Our own sentences about invented or public cases.

const run = (text: string, published = "2021-03-10") => extractText(text, published);

test("a relative clause's claimed event does not hide the main clause's attack verb", () => {
  const x = run(
    "Al-Shabaab, which claimed the bombing, had stormed the Westgate mall in Nairobi in 2013, killing 67 people.",
  );
  const events = factsBy(x, "perpetrated").filter((f) => f.includes("Westgate"));
  assert.equal(events.length, 1, factsOf(x).join("\n"));
  assert.ok(
    factsBy(x, "occurred_at").some((f) => /Westgate.* → .*Westgate mall/.test(f)),
    factsOf(x).join("\n"),
  );
});

test("a claimed event in the main clause still names the sentence's event", () => {
  const x = run("Al-Shabaab claimed the bombing and said its fighters had stormed the Westgate mall.");
  assert.ok(!factsBy(x, "perpetrated").some((f) => f.includes("Westgate")), factsOf(x).join("\n"));
});

test("an attacked definite site and the town after it both place the attack", () => {
  const x = run("On Monday gunmen attacked the Serena hotel in Kandahar, killing four people.");
  const at = factsBy(x, "occurred_at");
  assert.ok(
    at.some((f) => /→ .*Serena hotel/.test(f)),
    at.join("\n"),
  );
  assert.ok(
    at.some((f) => f.endsWith("→ Kandahar")),
    at.join("\n"),
  );
});

test("an attempt to storm a site is an attack there by the one who tried", () => {
  const x = run("Police said the gunman who tried to storm the mosque in Christchurch had acted alone.");
  assert.ok(
    factsBy(x, "occurred_at").some((f) => f.endsWith("→ Christchurch")),
    factsOf(x).join("\n"),
  );
  assert.ok(
    factsBy(x, "perpetrated").some((f) => f.startsWith("Christchurch gunman")),
    factsOf(x).join("\n"),
  );
});

test("a base form without a verb of trying is no attack", () => {
  const x = run("Police said they had no plan to storm the mosque in Christchurch.");
  assertLacks(x, /^perpetrated/);
  assert.ok(!x.entities.some((e) => e.type === "event"), factsOf(x).join("\n"));
});

test("a town further on in the clause does not place the attack on a site", () => {
  const x = run(
    "The group said its men had attacked the Serena hotel to avenge the arrest of its leader in Helmand.",
  );
  assertLacks(x, /^occurred_at\(.*attack → Helmand\)/);
});

test("'after opening fire' tells the attack at the place after it", () => {
  const x = run("A gunman was tackled by commuters after opening fire on a train at Lille on Friday.");
  assertHas(x, "occurred_at(Lille attack → Lille)");
  assertHas(x, "perpetrated(Lille gunman → Lille attack)");
});

test("'opening' without 'fire' tells no attack", () => {
  const x = run("The mayor spoke at the opening of the Eurostar terminal at Lille on Friday.");
  assert.ok(!x.entities.some((e) => e.type === "event"), factsOf(x).join("\n"));
});
