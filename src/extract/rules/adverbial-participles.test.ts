import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Sentences written for these tests (none from the evaluation sets).
const run = (text: string) => extractText(text, "2021-06-05");

test("a 'before …ing' clause travels with the main clause's actor", () => {
  const x = run("Bilal Omar flew to Istanbul in May 2015 before crossing into Syria.");
  assertHas(x, "traveled_to(Bilal Omar → Istanbul)");
  assertHas(x, "traveled_to(Bilal Omar → Syria)");
  assertHas(
    run("Youssef Ali lived in Bradford before moving to London in 2010."),
    "traveled_to(Youssef Ali → London)",
  );
});

test("only a participle right after 'before' or 'after' takes the main clause's actor", () => {
  // "after he left" is a clause with its own subject; no travel is told of Nabil.
  assertLacks(run("Police arrested Marwan Nabil before boarding a flight to Istanbul."), /^traveled_to/);
  assertLacks(run("Kamal Aziz was arrested in Vienna after arriving from Germany."), /^traveled_to/);
});
