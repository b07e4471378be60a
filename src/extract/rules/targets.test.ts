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
