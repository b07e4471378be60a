import assert from "node:assert/strict";
import { test } from "node:test";
import type { Extraction } from "../extraction.js";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Officials known only by their post (unnamed-officials.ts), on sentences written for these tests
// (none from the evaluation sets).
const run = (text: string) => extractText(text, "2019-05-02");
const people = (x: Extraction) => x.entities.filter((e) => e.type === "person").map((e) => e.name);

test("a country's ambassador is a person, and an official of the country", () => {
  const x = run("Two of the wounded were Egyptian citizens, Egypt's ambassador said.");
  assert.ok(people(x).includes("Egypt's ambassador"), people(x).join("; "));
  assertHas(x, "official_of(Egypt's ambassador → Egypt)");
  const roles = x.statements.filter((s) => s.predicate === "official_of").map((s) => s.role);
  assert.deepEqual(roles, ["ambassador"]);
});

test("a judge at a named court: official_of the court, the post as role", () => {
  const x = run("An investigating judge at the Supreme Court ordered him held in custody.");
  assert.ok(people(x).includes("investigating judge"), people(x).join("; "));
  assertHas(x, "official_of(investigating judge → Supreme Court)");
});

test("unnamed sources of a report are people with no post of their own", () => {
  const x = run(
    "The toll rose to 40, a government official said. A police spokesman said the road was shut.",
  );
  assert.ok(people(x).includes("government official"), people(x).join("; "));
  assert.ok(people(x).includes("police spokesman"), people(x).join("; "));
  assertLacks(x, /^(?:official_of|holds_position)\((?:government official|police spokesman)/);
});

test("a town that qualifies the post names no owner", () => {
  const x = run("The suspect was arrested on Friday, the Lyon prosecutor said.");
  assert.ok(people(x).includes("Lyon prosecutor"), people(x).join("; "));
  assertLacks(x, /^official_of\(Lyon prosecutor/);
});

test("no person for plurals, adjectives, bare definite posts, appositives or titles before names", () => {
  const none = (text: string, pattern: RegExp) =>
    assert.ok(
      !people(run(text)).some((p) => pattern.test(p)),
      `${pattern} in ${people(run(text)).join("; ")}`,
    );
  none("Officials said the toll had risen, and police closed the road.", /official|police/i);
  none("The official count rose to 40 on Sunday.", /official/i);
  none("The spokesman said the road was shut.", /spokesman/i);
  none("The federal prosecutor has taken over the case.", /prosecutor/i);
  none("He was a police officer for ten years.", /officer/i);
  none("Gunmen shot dead Ali Haddad, a police officer at the airport.", /officer/i);
  none("A press officer said the match was cancelled.", /officer/i);
  none("Interior Minister Karim Benali said six people had died.", /minister/i);
});

test("a police officer qualified by a people and by what he was is one person, with no owner", () => {
  const x = run("The envoy was shot by an off-duty Greek police officer who shouted slogans.");
  assert.ok(people(x).includes("off-duty Greek police officer"), people(x).join("; "));
  assertLacks(x, /^official_of\(off-duty Greek police officer/);
});
