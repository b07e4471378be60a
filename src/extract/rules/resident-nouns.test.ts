import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Sentences written for these tests (none from the evaluation sets).
const run = (text: string) => extractText(text, "2021-06-05");

test("'X, a Mosul resident,' and 'a 40-year-old Maiduguri native' give the home", () => {
  assertHas(
    run("Abdullah Aziz, a Mosul resident, said the fighters had left."),
    "resident_of(Abdullah Aziz → Mosul)",
  );
  assertHas(
    run("Halima Bello, a 40-year-old Maiduguri native who now lives in Abuja, lost two sons."),
    "resident_of(Halima Bello → Maiduguri)",
  );
});

test("a place before another noun is no home", () => {
  assertLacks(run("Joseph Mbah, a Lagos lawyer, represented the suspects."), /^resident_of/);
  assertLacks(run("Karim Said, a Kabul University student, was wounded."), /^resident_of/);
});

test("'his home village of X' is the possessor's home", () => {
  assertHas(
    run("Akhmad Kadyrov was buried on Monday in his home village of Tsentoroi."),
    "resident_of(Akhmad Kadyrov → Tsentoroi)",
  );
  // A village of that name that is no one's home gives nothing.
  assertLacks(run("Soldiers entered the village of Tsentoroi on Monday."), /^resident_of/);
});
