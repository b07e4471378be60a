import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Sentences written for these tests (none from the evaluation sets).
const run = (text: string) => extractText(text, "2021-06-05");

test("', where he is being held' puts the person at the place before it", () => {
  assertHas(
    run("Ibrahim Kone was flown to Bamako, where he is being held by the intelligence services."),
    "detained_at(Ibrahim Kone → Bamako)",
  );
  assertHas(
    run("Abdul Karim was taken to Guantanamo Bay, where he has been held since 2002."),
    "detained_at(Abdul Karim → Guantanamo Bay)",
  );
  // A meeting there is no custody.
  assertLacks(run("Farouk Idris was taken to Kabul, where he met officials."), /^detained_at/);
});

test("a prison a person is brought to or serves time in holds them; a hospital does not", () => {
  assertHas(
    run("Ali Dar served six years in Belmarsh prison for terrorism offences."),
    "detained_at(Ali Dar → Belmarsh prison)",
  );
  assertHas(
    run("Reza Karimi was transferred to Evin prison in Tehran on Monday."),
    "detained_at(Reza Karimi → Evin prison)",
  );
  assertLacks(run("Reza Karimi was transferred to Imam Khomeini Hospital on Monday."), /^detained_at/);
});
