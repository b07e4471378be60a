import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Sentences written for these tests (none from the evaluation sets).
const run = (text: string) => extractText(text, "2021-06-05");

test("a claim made by a body's spokesman is the body's", () => {
  assertHas(
    run("Gunmen attacked a base in Helmand. A spokesman for the Taliban has claimed the attack."),
    "claimed_responsibility_for(Taliban → Helmand attack)",
  );
  assertLacks(
    run(
      "Gunmen attacked a base in Helmand. A spokesman for the army denied that soldiers had carried out the attack.",
    ),
    /^claimed_responsibility_for/,
  );
});

test("'took credit for' and 'told … that it carried out' claim", () => {
  assertHas(
    run("A bomb exploded in Quetta on Monday. The Islamic State took credit for the bombing."),
    "claimed_responsibility_for(Islamic State → Quetta bombing)",
  );
  assertHas(
    run(
      "A bomb exploded in Aden on Monday. Al-Qaeda in the Arabian Peninsula told Reuters that it had carried out the bombing.",
    ),
    "claimed_responsibility_for(Al-Qaeda in the Arabian Peninsula → Aden bombing)",
  );
});

test("a spokesman's apposed name does not take the claim from the body he speaks for", () => {
  assertHas(
    run("Gunmen attacked a base in Helmand. A spokesman for the Taliban, Zabih Karimi, claimed the attack."),
    "claimed_responsibility_for(Taliban → Helmand attack)",
  );
});
