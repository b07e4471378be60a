import assert from "node:assert/strict";
import { test } from "node:test";
import { extractText, factsBy, factsOf } from "./testing.js";

// Harms to one named person told only by a passive verb. Our own sentences about invented people.

const run = (text: string, published = "2020-05-10") => extractText(text, published);

test("a person hacked or beaten to death: a killing, one dead, placed where the clause says", () => {
  const x = run(
    "Omar Haidari, a local council member, was hacked to death in Mazar-i-Sharif on Friday, police said.",
  );
  assert.ok(factsBy(x, "killed").includes("killing of Omar Haidari → 1"), factsOf(x).join("\n"));
  assert.ok(
    factsBy(x, "occurred_at").includes("killing of Omar Haidari → Mazar-i-Sharif"),
    factsOf(x).join("\n"),
  );
  const y = run("Pedro Alvarez was beaten to death in Cochabamba last week.");
  assert.ok(factsBy(y, "killed").includes("killing of Pedro Alvarez → 1"), factsOf(y).join("\n"));
});

test("a person shot by unidentified gunmen: a shooting, one wounded, carried out by the gunmen", () => {
  const x = run("Lucia Moreno was shot by unidentified gunmen outside her office in Cali on Thursday.");
  assert.ok(factsBy(x, "wounded").includes("shooting of Lucia Moreno → 1"), factsOf(x).join("\n"));
  assert.ok(factsBy(x, "occurred_at").includes("shooting of Lucia Moreno → Cali"), factsOf(x).join("\n"));
  assert.ok(factsBy(x, "perpetrated").includes("unidentified gunmen → shooting of Lucia Moreno"));
});

test("no event: shot with no agent, shot by police, negated, or the attacker harmed", () => {
  const a = run("Lucia Moreno was shot in the leg in Cali on Thursday.");
  assert.deepEqual(
    factsBy(a, "wounded").filter((f) => f.startsWith("shooting of")),
    [],
    factsOf(a).join("\n"),
  );
  const b = run("Lucia Moreno was not shot by the gunmen in Cali.");
  assert.deepEqual(
    factsBy(b, "wounded").filter((f) => f.startsWith("shooting of")),
    [],
    factsOf(b).join("\n"),
  );
  const c = run("Lucia Moreno was shot by police in Cali on Thursday.");
  assert.deepEqual(
    factsBy(c, "wounded").filter((f) => f.startsWith("shooting of")),
    [],
    factsOf(c).join("\n"),
  );
});
