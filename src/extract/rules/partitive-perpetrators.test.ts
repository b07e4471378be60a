import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// A person apposed as one of the attackers, on sentences written for these tests.
const run = (text: string) => extractText(text, "2019-05-10");

test("'X, one of the two attackers who killed …' carried out the attack", () => {
  const x = run(
    "Musa Danjuma, one of the two attackers who killed nine people at a bus station in Kano on Sunday, had trained in Niger, officials said.",
  );
  assertHas(x, "perpetrated(Musa Danjuma → bus station in Kano attack)");
});

test("'X, one of the gunmen,' carried out the report's one attack", () => {
  const x = run(
    "Gunmen stormed a hotel in Kano on Sunday, killing nine people. Musa Danjuma, one of the gunmen, was arrested on Monday.",
  );
  assertHas(x, "perpetrated(Musa Danjuma → Kano attack)");
});

test("one of the men who did no attacker's act, or one of the hostages, carried out nothing", () => {
  const x = run(
    "Musa Danjuma, one of the men who repaired the bus station in Kano, was killed in the bombing. Ibrahim Sule, one of the hostages, was freed after the siege at the Kano hotel.",
  );
  assertLacks(x, /^perpetrated\((Musa Danjuma|Ibrahim Sule) →/);
});
