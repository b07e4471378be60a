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

test("a killing's scene may follow a clause of circumstance, with the town after the site", () => {
  const x = run(
    "Mayor Pawel Adamowicz was shot dead by a gunman on Sunday as he walked onto the stage outside the Olivia Centre in Gdansk.",
  );
  const at = factsBy(x, "occurred_at");
  assert.ok(
    at.some((f) => /^killing of Pawel Adamowicz → .*Olivia Centre/.test(f)),
    at.join("\n"),
  );
  assert.ok(at.includes("killing of Pawel Adamowicz → Gdansk"), at.join("\n"));
});

test("a killing placed by no locative phrase gets no place", () => {
  const x = run(
    "Mayor Pawel Adamowicz was shot dead by a gunman on Sunday as he spoke to a crowd of supporters.",
  );
  assert.deepEqual(factsBy(x, "occurred_at"), [], factsOf(x).join("\n"));
});

test("unnamed rebels who stormed a site make an attack there, which they carried out", () => {
  const x = run("Guerrillas stormed the Hotel Taj in Colombo on Tuesday night.");
  const at = factsBy(x, "occurred_at");
  assert.ok(
    at.some((f) => f.endsWith("→ Colombo")),
    factsOf(x).join("\n"),
  );
  // "guerrillas" act as a group like "gunmen" (GROUP_NOUNS).
  assertHas(x, "perpetrated(guerrillas → Hotel Taj attack)");
});

test("a place named after its description is where the raid was", () => {
  const x = run("In June rebels raided the neighbouring region of Dagestan, killing 12 police officers.");
  assert.ok(
    factsBy(x, "occurred_at").some((f) => f.endsWith("→ Dagestan")),
    factsOf(x).join("\n"),
  );
});

test("a bare noun that is no armed band does not make an attack", () => {
  const x = run("Shoppers stormed the Galeria mall in Warsaw on Tuesday for the sales.");
  assert.deepEqual(factsBy(x, "occurred_at"), [], factsOf(x).join("\n"));
});

test("people taken hostage at a site make a hostage-taking there", () => {
  const x = run("Gunmen took about 30 guests hostage at the Splendid Hotel in Ouagadougou on Friday.");
  const at = factsBy(x, "occurred_at");
  assert.ok(
    at.some((f) => /hostage-taking → .*Splendid Hotel/.test(f)),
    at.join("\n"),
  );
  assert.ok(
    at.some((f) => f.endsWith("→ Ouagadougou")),
    at.join("\n"),
  );
});

test("an attacker told of by a pronoun who takes a hostage goes on with the same attack", () => {
  const x = run("He took a cashier hostage in the Hyper Cacher supermarket in Paris on Friday.");
  assert.ok(!x.entities.some((e) => /hostage-taking/.test(e.name)), factsOf(x).join("\n"));
});

test("hostage far from the holding verb is no hostage-taking", () => {
  const x = run("Troops took control of the Splendid Hotel in Ouagadougou, freeing every hostage.");
  assert.ok(!x.entities.some((e) => /hostage-taking/.test(e.name)), factsOf(x).join("\n"));
});

test("an ambush told by its verb is an event at the place after it, carried out by its subject", () => {
  const x = run("Militants ambushed an army convoy near Diffa on Friday, killing four soldiers.");
  assertHas(x, "perpetrated(militants → Diffa ambush)");
  assertHas(x, "killed(Diffa ambush → 4)");
});

test("a habit of ambushes is no event", () => {
  const x = run("Until this year the group mostly ambushed soldiers in the mountains near Tebessa.");
  assertLacks(x, /ambush/);
});

test("a band's strike, arson or lynching told by its verb is an event", () => {
  const x = run(
    "Gunmen struck Solhan shortly after midnight on Friday, killing at least 132 people.",
    "2021-06-05",
  );
  assertHas(x, "occurred_at(Solhan attack → Solhan)");
  assertHas(x, "perpetrated(gunmen → Solhan attack)");
  assertHas(x, "killed(Solhan attack → 132)");
  const t = run("Jihadists torched homes in Koumbri on Friday.", "2021-06-05");
  assertHas(t, "occurred_at(Koumbri attack → Koumbri)");
  assertHas(t, "perpetrated(jihadists → Koumbri attack)");
  const y = run("A mob lynched a man accused of blasphemy in Sialkot on Friday.", "2021-06-05");
  assertHas(y, "occurred_at(Sialkot lynching → Sialkot)");
  assertHas(y, "killed(Sialkot lynching → 1)");
});

test("a strike or a burning by no armed band is no attack", () => {
  assertLacks(run("An earthquake struck Haiti on Friday, killing 300 people."), /occurred_at/);
  assertLacks(run("The air force struck Gao on Friday."), /occurred_at/);
  assertLacks(run("Police torched the camp in Gao."), /occurred_at/);
});

test("a scene at an unnamed site near a town is placed at the town too", () => {
  const x = run("Gunmen opened fire on a bus near Gao on Friday, killing four passengers.", "2021-06-05");
  assertHas(x, "occurred_at(Gao attack → Gao)");
  assertHas(x, "killed(Gao attack → 4)");
  assertHas(x, "perpetrated(gunmen → Gao attack)");
});
