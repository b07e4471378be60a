import assert from "node:assert/strict";
import { test } from "node:test";
import { extractText, factsBy } from "./testing.js";

// A state's aircraft as the attacker of what they struck. Our own sentences about invented strikes.

const attacked = (text: string) => factsBy(extractText(text, "2019-05-20"), "attacked");

test("a country's warplanes or drones are an organisation that attacked what they struck", () => {
  const x = attacked("Russian warplanes struck rebel camps in Idlib province on Sunday, officials said.");
  assert.ok(x.includes("Russian warplanes → rebel camps"), x.join("; "));
  const y = attacked("Israeli fighter jets struck Hamas training camps in Gaza overnight.");
  assert.ok(
    y.some((f) => /^Israeli fighter jets → .*camps$/.test(f)),
    y.join("; "),
  );
  const entity = extractText("Russian warplanes struck rebel camps in Idlib.", "2019-05-20").entities.find(
    (e) => e.name === "Russian warplanes",
  );
  assert.equal(entity?.type, "organization");
});

test("no aircraft without a demonym, and no attack without a verb of striking", () => {
  assert.deepEqual(attacked("Warplanes struck rebel camps in Idlib province on Sunday."), []);
  assert.deepEqual(attacked("Russian warplanes flew over rebel camps in Idlib province on Sunday."), []);
  assert.deepEqual(attacked("Russian officials visited rebel camps in Idlib province on Sunday."), []);
});
