import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Sentences written for these tests (none from the evaluation sets).
const run = (text: string) => extractText(text, "2021-06-05");

test("a possessive post after a name is that person's, not a second official's", () => {
  const x = run("Fred Kamau, Kenya's interior minister, said security had been stepped up.");
  assertHas(x, "holds_position(Fred Kamau → interior minister)");
  assertHas(x, "official_of(Fred Kamau → Kenya)");
  assertLacks(x, /^official_of\(Kenya's interior minister/);
  assertHas(
    run("Jens Stoltenberg, NATO's secretary general, called for restraint."),
    "official_of(Jens Stoltenberg → NATO)",
  );
});

test("a president in the possessive heads the state; a posted title needs a closing comma", () => {
  assertHas(
    run("Volodymyr Zelensky, Ukraine's president, condemned the strike."),
    "head_of_state_of(Volodymyr Zelensky → Ukraine)",
  );
  // "Kenya's police" is a body the person may belong to, but "police arrested" is no post.
  assertLacks(run("Omar Ali, Kenya's police arrested on Monday, was freed."), /^official_of\(Omar Ali/);
});
