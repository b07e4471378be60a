import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Followers of a leader named as the blamed party, on sentences written for these tests.
const run = (text: string) => extractText(text, "2021-05-04");

test("'blamed supporters of X' makes the followers a group that carried out the attack", () => {
  const x = run(
    "A car bomb exploded outside a mosque in Kirkuk on Friday, killing 30 worshippers. Officials blamed supporters of Abu Musab al-Zarqawi.",
  );
  assertHas(x, "perpetrated(supporters of Abu Musab al-Zarqawi → Kirkuk bombing)");
  assertLacks(x, /^perpetrated\(Abu Musab al-Zarqawi /);
});

test("'suspect followers of X' reads the same way", () => {
  const x = run(
    "A bomb exploded at a market in Maiduguri on Monday, killing 14 people. Police suspect followers of Abubakar Shekau.",
  );
  assertHas(x, "perpetrated(followers of Abubakar Shekau → Maiduguri bombing)");
});

test("followers who are not blamed are no perpetrators", () => {
  const x = run(
    "Gunmen attacked a convoy carrying supporters of Governor Ahmed Bello near Zaria on Monday, killing nine people. Bello blamed the ruling party.",
  );
  assertLacks(x, /^perpetrated\(supporters/);
});
