import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Sentences written for these tests (none from the evaluation sets).
const run = (text: string) => extractText(text, "2021-06-05");

test("each target listed after an attacked one was attacked too", () => {
  const x = run("Jihadists attacked an army base and a police post in Djibo on Sunday.");
  assertHas(x, "attacked(jihadists → army base)");
  assertHas(x, "attacked(jihadists → police post in Djibo)");
  const y = run("Gunmen opened fire on worshippers and passers-by outside a church in Kaduna.");
  assertHas(y, "attacked(gunmen → worshippers)");
});

test("a list goes on only with a target of the same kind", () => {
  // The town after "and" is where, not what; the soldiers' weapons are no target.
  assertLacks(
    run("Militants attacked an army base and killed 12 soldiers in Djibo."),
    /^attacked\(militants → (?:12 soldiers|Djibo)\)/,
  );
  assertLacks(
    run("Gunmen attacked a bus and Kaduna police said eight people died."),
    /^attacked\(.* → Kaduna/,
  );
});

test("a verb after 'and' ends the list", () => {
  assertLacks(run("Gunmen attacked villagers and killed 12 soldiers in Solhan."), /^attacked\(.* → killed/);
});
