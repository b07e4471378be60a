import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// The dead of a passive verb of killing. Our own sentences about invented events.

const run = (text: string) => extractText(text, "2021-06-05");

test("a count stabbed to death or beheaded is its event's toll", () => {
  const x = run("Two people were stabbed to death in a church in Rouen on Thursday.");
  assertHas(x, "killed(Rouen attack → 2)");
  assertHas(x, "occurred_on(Rouen attack → 2021-06-03)");
  const y = run("A teacher was beheaded near his school in Evreux on Friday.");
  assertHas(y, "killed(Evreux attack → 1)");
  const z = run("Twelve villagers were hacked to death in Djugu on Monday.");
  assertHas(z, "killed(Djugu attack → 12)");
});

test("no toll: an attacker killed, a force's act, no verb of killing", () => {
  assertLacks(run("A gunman was gunned down by police in Rouen on Thursday."), /attack/);
  assertLacks(run("Two suspects were gunned down by police in Rouen on Thursday."), /^killed\(.* → 2\)$/);
  assertLacks(run("Two people were stabbed in a church in Rouen on Thursday."), /^killed/);
});

test("shots fired opening a sentence are an attack at the place", () => {
  const x = run("Shots were fired at a police car in Bastia on Wednesday night; no one was hurt.");
  assertHas(x, "occurred_at(Bastia attack → Bastia)");
});
