import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// A title before a name with the place or body after it (titled-names.ts), on sentences written for
// these tests (none from the evaluation sets).
const run = (text: string) => extractText(text, "2019-05-02");

test("'Governor X of Y state' serves Y; 'President X of Z' heads Z", () => {
  let x = run("Governor Musa Danjuma of Yobe state visited the wounded on Friday.");
  assertHas(x, "holds_position(Musa Danjuma → Governor)");
  assertHas(x, "official_of(Musa Danjuma → Yobe)");
  x = run("President Mahamadou Issoufou of Niger condemned the attack.");
  assertHas(x, "head_of_state_of(Mahamadou Issoufou → Niger)");
});

test("no post in a place that owns something else, nor without a title before the name", () => {
  let x = run("Governor Musa Danjuma of Yobe's ruling party visited the wounded.");
  assertLacks(x, /^official_of\(Musa Danjuma → Yobe\)/);
  x = run("Musa Danjuma of Yobe state was among the wounded.");
  assertLacks(x, /^official_of\(Musa Danjuma/);
});
