import assert from "node:assert/strict";
import { test } from "node:test";
import { extractText, factsBy } from "./testing.js";

// Unnamed targets of an attack verb (vehicles, crowds, officers) and who attacked them. Our own
// sentences about invented attacks.

const attacked = (text: string, published = "2019-05-20") =>
  factsBy(extractText(text, published), "attacked");

test("a vehicle opened fire on or struck is attacked by the verb's subject", () => {
  assert.ok(
    attacked("Masked gunmen opened fire on a minibus carrying farm workers near Kaduna on Sunday.").includes(
      "masked gunmen → a minibus",
    ),
  );
  const x = attacked(
    "A suicide bomber struck a crowded tram in Kharkiv on Friday morning, killing nine people.",
  );
  assert.ok(
    x.some((f) => /bomber → a crowded tram$/.test(f)),
    x.join("; "),
  );
});

test("a crowd a vehicle is driven into is the driver's target, with its own description", () => {
  const x = attacked(
    "A man drove a van into crowds watching a street parade in Leeds on Saturday, killing six people.",
  );
  assert.ok(
    x.some((f) => f.endsWith("→ crowds watching a street parade")),
    x.join("; "),
  );
});

test("a blast that tore through a crowd: the event attacked it", () => {
  const x = attacked("Two explosions tore through crowds of worshippers at a shrine in Quetta on Friday.");
  assert.ok(
    x.some((f) => /→ crowds of worshippers$/.test(f) && !f.startsWith("crowds")),
    x.join("; "),
  );
});

test("an attacker's victims by name and by office", () => {
  const x = attacked("A gunman stabbed a police officer outside the town hall in Graz before fleeing.");
  assert.ok(
    x.some((f) => /gunman → a police officer$/.test(f)),
    x.join("; "),
  );
});

test("no target after a passive, a preposition, or a casualty noun", () => {
  // The officer who shot the gunman is no target of the gunman's.
  assert.deepEqual(
    attacked("The gunman was shot dead by an armed officer outside the station.").filter((f) =>
      f.includes("officer"),
    ),
    [],
  );
  // "people" is a figure, not a target.
  assert.deepEqual(
    attacked("A gunman opened fire on people queuing outside a bakery in Tallinn.").filter((f) =>
      f.includes("people"),
    ),
    [],
  );
  // A place a vehicle is driven into is no target unless its head says so.
  assert.deepEqual(
    attacked("A man drove a bus into the depot in Kiel after his shift.").filter((f) => f.includes("depot")),
    [],
  );
});

test("a site stormed or entered by force, named by capitals before its head or by its owner", () => {
  const x = attacked(
    "Two days later Taliban gunmen stormed the Wazir Akbar police academy on the edge of Mazar, killing six cadets.",
  );
  assert.ok(
    x.some((f) => f.endsWith("→ the Wazir Akbar police academy")),
    x.join("; "),
  );
  const y = attacked(
    "On Monday gunmen from al-Shabaab attacked the offices of Oxfam in Baidoa, killing a guard.",
  );
  assert.ok(
    y.some((f) => f.endsWith("→ the offices of Oxfam")),
    y.join("; "),
  );
  const z = attacked(
    "Suicide bombers struck two housing compounds sheltering foreign engineers in Aden on Sunday.",
  );
  assert.ok(
    z.some((f) => /bombers → two housing compounds sheltering foreign engineers$/.test(f)),
    z.join("; "),
  );
});

test("an unnamed person who stabs or shoots someone attacked them; a force that shoots does not", () => {
  const x = attacked("Police said a man stabbed two policewomen outside the town hall in Linz on Friday.");
  assert.ok(
    x.some((f) => f.endsWith("→ two policewomen")),
    x.join("; "),
  );
  assert.deepEqual(
    attacked("Officers shot a man who had threatened passers-by with a knife in Graz.").filter((f) =>
      f.endsWith("→ a man"),
    ),
    [],
  );
  // A verb of shooting with no target head is no attack ("shot a video").
  assert.deepEqual(attacked("A man shot a video of the parade in Linz on Friday."), []);
});

test("a definite site after a named one is that site", () => {
  const x = attacked(
    "The Al-Noor Grammar School in Quetta was attacked on Monday. Militants stormed the school at dawn.",
  );
  assert.ok(
    x.some((f) => /^militants → .*Al-Noor Grammar School$/i.test(f)),
    x.join("; "),
  );
  assert.ok(!x.some((f) => f.endsWith("→ the school")), x.join("; "));
});

test("an attacker who fired at a person by name attacked that person", () => {
  const x = attacked("Witnesses said the gunman fired at Omar Haddad as he left the rally in Sidon.");
  assert.ok(
    x.some((f) => /gunman → Omar Haddad$/.test(f)),
    x.join("; "),
  );
  // Police firing at a suspect is no attack (force-actions.ts).
  assert.deepEqual(
    attacked("Police fired at Omar Haddad as he ran from the station in Sidon.").filter((f) =>
      f.includes("Haddad"),
    ),
    [],
  );
});

test("a bare plural site takes its place into its name, and lies there", () => {
  const x = extractText(
    "The minister said Boko Haram had struck bases in Chad where the army trained.",
    "2019-05-20",
  );
  const facts = factsBy(x, "attacked");
  assert.ok(
    facts.some((f) => f.endsWith("→ bases in Chad")),
    facts.join("; "),
  );
  assert.ok(factsBy(x, "located_in").includes("bases in Chad → Chad"), factsBy(x, "located_in").join("; "));
  // With a modifier of its own the phrase stops at its head ("rebel bases", not "rebel bases in Chad").
  assert.ok(
    attacked("Russian warplanes struck rebel bases in Chad on Sunday.").some((f) =>
      f.endsWith("→ rebel bases"),
    ),
  );
});

test("a blast that hit a crowd attacked it; a person who was hit is no target", () => {
  const x = attacked("Two explosions hit crowds watching a football match in the centre of Lyon on Sunday.");
  assert.ok(
    x.some((f) => /explosion → crowds watching a football match$/.test(f)),
    x.join("; "),
  );
  assert.deepEqual(
    attacked("A soldier was hit in the leg during a bombing in Mosul on Sunday.").filter((f) =>
      f.includes("soldier"),
    ),
    [],
  );
});

test("a storming tried is an attack made; one threatened is none", () => {
  for (const text of [
    "A masked gunman tried to storm a mosque in Leeds on Friday, police said.",
    "A masked gunman tried to force his way into a mosque in Leeds on Friday, police said.",
  ]) {
    const x = attacked(text);
    assert.ok(
      x.some((f) => /gunman → mosque in Leeds$/.test(f)),
      `${text}: ${x.join("; ")}`,
    );
  }
  assert.deepEqual(
    attacked("A masked gunman threatened to storm a mosque in Leeds on Friday, police said."),
    [],
  );
});

test("a gunman who walked into a site and opened fire attacked it; one who walked in to surrender did not", () => {
  const x = attacked(
    "A gunman walked into a mosque in Leeds on Friday and opened fire, killing two worshippers.",
  );
  assert.ok(
    x.some((f) => /gunman → mosque in Leeds$/.test(f)),
    x.join("; "),
  );
  assert.deepEqual(attacked("A man walked into a police station in Leeds on Friday and surrendered."), []);
});

test("a named site of any head that an assault hit", () => {
  const x = attacked("A gunman walked into the Royal Museum of Ghent on Saturday and opened fire.");
  assert.ok(
    x.some((f) => /gunman → Royal Museum/.test(f)),
    x.join("; "),
  );
  const y = attacked("Gunmen stormed the Odeon concert hall in Lille on Friday night.");
  assert.ok(
    y.some((f) => f.endsWith("→ Odeon concert hall")),
    y.join("; "),
  );
  // A site after a verb of no assault is not hit by it.
  assert.deepEqual(attacked("Two men visited the Odeon concert hall in Lille on Friday night."), []);
});

test("rockets or missiles fired at a site attack it; a force's shelling makes no attacker", () => {
  assert.ok(
    attacked("Militants fired rockets at a US base in Iraq on Monday.").includes("militants → US base"),
  );
  assert.ok(
    attacked("Gunmen fired a rocket at a police checkpoint in Arish.").includes(
      "gunmen → police checkpoint in Arish",
    ),
  );
  assert.deepEqual(attacked("Soldiers fired shells at rebel positions, the army said."), []);
});
