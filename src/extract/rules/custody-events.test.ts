import assert from "node:assert/strict";
import { test } from "node:test";
import { settlementOf } from "./event-references.js";
import { assertHas, assertLacks, extractText, factsBy, factsOf } from "./testing.js";

// Arrests and sentences as events of their own. Our own sentences about invented cases.

const run = (text: string, published = "2021-03-10") => extractText(text, published);

test("a dated passive arrest is an event, dated and placed by its clause", () => {
  const x = run("Martin Kask was arrested on Friday morning at a checkpoint in Narva, police said.");
  assert.ok(factsBy(x, "occurred_on").includes("arrest of Martin Kask → 2021-03-05"), factsOf(x).join("\n"));
  // The checkpoint, and the town it stands in (the guide's site-and-town rule).
  const at = factsBy(x, "occurred_at").filter((f) => f.startsWith("arrest of Martin Kask → "));
  assert.deepEqual(at.sort(), [
    "arrest of Martin Kask → Narva",
    "arrest of Martin Kask → checkpoint in Narva",
  ]);
});

test("a force that arrests someone carried the arrest out", () => {
  const x = run("Federal agents arrested Peter Vogel late on Sunday at Frankfurt Airport.");
  assert.ok(
    factsBy(x, "perpetrated").some((f) => /agents → arrest of Peter Vogel/.test(f)),
    factsOf(x).join("\n"),
  );
  assert.ok(factsBy(x, "occurred_on").includes("arrest of Peter Vogel → 2021-03-07"));
});

test("a court's sentence is an event at the court's town, on the day it was passed", () => {
  const x = run("A court in the Danish city of Aarhus on Monday sentenced Lars Holm to life in prison.");
  assert.ok(
    factsBy(x, "occurred_on").includes("sentencing of Lars Holm → 2021-03-08"),
    factsOf(x).join("\n"),
  );
  assert.ok(factsBy(x, "occurred_at").includes("sentencing of Lars Holm → Aarhus"), factsOf(x).join("\n"));
});

test("no event for an undated arrest, a sweep of many, or a date that belongs to the crime", () => {
  const undated = run("Martin Kask was arrested at the scene.");
  assert.deepEqual(factsBy(undated, "occurred_on"), []);
  const sweep = run("More than 20 people were arrested on Monday in raids across the country.");
  assert.ok(!factsOf(sweep).some((f) => f.includes("arrest of")), factsOf(sweep).join("\n"));
  const crime = run("Martin Kask, detained after Friday's attack on a bus in Tartu, appeared in court.");
  assert.ok(!factsOf(crime).some((f) => f.includes("arrest of")), factsOf(crime).join("\n"));
});

test("a later 'the attack' is not the arrest", () => {
  const x = run(
    "A gunman killed three people at a cafe in Tartu on Saturday. Martin Kask was arrested on Sunday in " +
      "Narva. The attack shocked the country.",
  );
  const events = x.entities.filter((e) => e.type === "event").map((e) => e.name);
  const attack = x.mentions.find((m) => m.text === "attack");
  const arrest = x.entities.find((e) => e.name.startsWith("arrest of"));
  assert.ok(arrest, events.join("; "));
  assert.notEqual(attack?.entity, arrest.key);
});

test("settlementOf steps over a settlement's description to its name", () => {
  assert.equal(settlementOf(["the", "bavarian", "town", "of", "ansbach"], 0), 4);
  assert.equal(settlementOf(["the", "eastern", "port", "city", "of", "mersin"], 0), 5);
  assert.equal(settlementOf(["the", "town", "hall"], 0), undefined);
  assert.equal(settlementOf(["the", "mayor", "of", "paris"], 0), undefined);
});

test("a court's dated act is an event placed where the court sat", () => {
  const x = extractText(
    "A grand jury in Houston on Tuesday indicted Karim Haddad on 12 counts over the refinery bombing.",
    "2021-05-12",
  );
  assertHas(x, "occurred_on(indictment of Karim Haddad → 2021-05-11)");
  assertHas(x, "occurred_at(indictment of Karim Haddad → Houston)");
});

test("a court's conviction is dated by 'in' and a month; a later 'the verdict' refers to the court's act", () => {
  const x = extractText(
    "The Lyon court on Monday acquitted three men of helping the bombers. The same court convicted a fourth in March. Lawyers for the families called the verdict a scandal.",
    "2021-05-12",
  );
  assert.ok(
    factsOf(x).some((f) => /^occurred_on\(acquittal.* → 2021-05-10\)$/.test(f)),
    factsOf(x).join("\n"),
  );
  assert.ok(
    factsOf(x).some((f) => /^occurred_on\(conviction.* → 2021-03\)$/.test(f)),
    factsOf(x).join("\n"),
  );
  const verdict = x.mentions.find((m) => m.text === "the verdict");
  assert.ok(verdict, "the verdict is a mention of the court's act");
});

test("a conviction told in passing, or not by a court, makes no event", () => {
  const x = extractText(
    "Haddad, who was convicted in 2015 of fraud, acquitted himself well on Monday, police said that the court had found.",
    "2021-05-12",
  );
  assertLacks(x, /conviction|acquittal|verdict/);
  assertLacks(extractText("Police said the verdict would come in June.", "2021-05-12"), /verdict/);
});

test("a dated arrest of one unnamed man is an event, one per place", () => {
  const x = run(
    "Police say a man arrested on Monday near the Latvian border is a suspect. A young woman was arrested on " +
      "Sunday in a flat in Tartu.",
  );
  const on = factsBy(x, "occurred_on").filter((f) => f.startsWith("arrest"));
  assert.deepEqual(
    on.sort(),
    ["arrest in flat in Tartu → 2021-03-07", "arrest on 2021-03-08 → 2021-03-08"].sort(),
    factsOf(x).join("\n"),
  );
  // "the Latvian border" places the arrest near the border, not in Latvia.
  assertLacks(x, /^occurred_at\(arrest.* → Latvia/);
});

test("no arrest event for several unnamed people or an undated one", () => {
  const x = run("Two men were arrested on Saturday in Narva. A man was arrested at the scene.");
  assert.ok(!factsOf(x).some((f) => f.includes("arrest")), factsOf(x).join("\n"));
});

test("a dated burial is an event; an active 'buried' is not read", () => {
  const x = run("Martin Kask was buried on Friday in Narva.");
  assertHas(x, "occurred_on(burial of Martin Kask → 2021-03-05)");
  assertHas(x, "occurred_at(burial of Martin Kask → Narva)");
  const active = run("Rescuers buried the dead on Friday in Narva.");
  assert.ok(!factsOf(active).some((f) => f.includes("burial")), factsOf(active).join("\n"));
});

test("an arrest is placed past an apposition on the one arrested", () => {
  const x = run(
    "Police on Friday arrested Tomas Varga, the leader of the Black Wolves gang, at a farmhouse in Kosice.",
  );
  assert.ok(
    factsBy(x, "occurred_at").some((f) => f.startsWith("arrest of Tomas Varga") && f.endsWith("→ Kosice")),
    factsOf(x).join("\n"),
  );
});

test("an apposition that ends the clause does not reach a later place", () => {
  const x = run(
    "Police on Friday arrested Tomas Varga, the leader of the gang, and later raided a farmhouse in Kosice.",
  );
  assert.ok(!factsBy(x, "occurred_at").some((f) => f.startsWith("arrest of")), factsOf(x).join("\n"));
});
