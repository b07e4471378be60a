import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Attackers named together as one subject; sentences written for these tests.
const run = (text: string) => extractText(text, "2021-06-05");

test("two names joined by 'and' before an attack verb both carried the attack out", () => {
  const x = run(
    "Police said Amir Khalil and Samir Nasser opened fire on diners at a restaurant in Haifa on Wednesday, killing four people.",
  );
  assertHas(x, "perpetrated(Amir Khalil → Haifa attack)");
  assertHas(x, "perpetrated(Samir Nasser → Haifa attack)");
});

test("a conjunct with its age and a kin noun ('X, 24, and his brother Y, 21,') acts too", () => {
  const x = run(
    "Prosecutors say Daniel Kerr, 24, and his brother Thomas Kerr, 21, attacked worshippers at a mosque in Leicester on Friday.",
  );
  assertHas(x, "perpetrated(Daniel Kerr → Leicester attack)");
  assertHas(x, "perpetrated(Thomas Kerr → Leicester attack)");
});

test("a name coordinated with a non-acting clause or an official does not act", () => {
  const x = run(
    "A gunman killed six people at a bar in Haifa on Wednesday. Mayor Yona Yahav and Amir Khalil visited the wounded.",
  );
  assertLacks(x, /^perpetrated\((?:Yona Yahav|Amir Khalil)/);
  const y = run(
    "Amir Khalil met Samir Nasser and the gunman opened fire on diners at a restaurant in Haifa, killing four people.",
  );
  assertLacks(y, /^perpetrated\(Amir Khalil/);
});
