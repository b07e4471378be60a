import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText, factsBy } from "./testing.js";

test("wire nouns of armed conflict name events that take their toll and place", () => {
  for (const noun of [
    "shelling",
    "gun battle",
    "riot",
    "coup attempt",
    "skirmish",
    "bombardment",
    "lynching",
  ]) {
    const x = extractText(`The ${noun} in Kidal on Friday killed 12 people.`, "2021-06-05");
    const head = noun === "gun battle" ? "battle" : noun;
    assertHas(x, `killed(Kidal ${head} → 12)`);
    assertHas(x, `occurred_at(Kidal ${head} → Kidal)`);
  }
  const y = extractText("Twelve people were killed in a bombardment of Gao on Friday.", "2021-06-05");
  assertHas(y, "occurred_at(Gao bombardment → Gao)");
  const z = extractText("The ambushes near Menaka on Friday killed 12 soldiers.", "2021-06-05");
  assertHas(z, "killed(Menaka ambush → 12)");
});

test("a conflict noun with no article is an event when a place completes its phrase", () => {
  const x = extractText("Heavy fighting in Kidal on Friday killed 12 people.", "2021-06-05");
  assertHas(x, "killed(Kidal fighting → 12)");
  const y = extractText(
    "Clashes between herders and farmers in Gao on Friday killed 12 people.",
    "2021-06-05",
  );
  assertHas(y, "occurred_at(Gao clashes → Gao)");
  const z = extractText("Violence in Kidal on Friday killed 12 people.", "2021-06-05");
  assertHas(z, "killed(Kidal violence → 12)");
});

test("a bare conflict noun reaches its place past one side, a foe, or the verb of its onset", () => {
  const x = extractText("Clashes between rival militias in Misrata on Friday killed 9 people.", "2021-06-05");
  assertHas(x, "killed(Misrata clashes → 9)");
  const y = extractText("Clashes with Taliban fighters in Ghazni on Friday killed 9 soldiers.", "2021-06-05");
  assertHas(y, "killed(Ghazni clashes → 9)");
  const z = extractText("Heavy fighting broke out in Sirte on Friday, killing 9 fighters.", "2021-06-05");
  assertHas(z, "occurred_at(Sirte fighting → Sirte)");
  const w = extractText("Fighting erupted between the army and rebels near Beni on Friday.", "2021-06-05");
  assertHas(w, "occurred_on(Beni fighting → 2021-06-04)");
  const v = extractText("The soldiers were fighting with rebels in Beni on Friday.", "2021-06-05");
  assertLacks(v, /fighting/);
});

test("the same words used of no armed event make none", () => {
  const x = extractText("Riot police fired tear gas in Bamako on Friday.", "2021-06-05");
  assertLacks(x, /riot/i);
  const y = extractText("The family began a legal battle in Bamako on Friday.", "2021-06-05");
  assertLacks(y, /battle/);
  const z = extractText("He was killed fighting in Gao in 2019, his brother said.", "2021-06-05");
  assertLacks(z, /fighting/);
  const w = extractText("The campaign against domestic violence in Bamako began on Friday.", "2021-06-05");
  assertLacks(w, /violence/);
  const v = extractText("The battle for the presidency in Bamako is over.", "2021-06-05");
  assertLacks(v, /battle/);
  assert.equal(factsBy(v, "occurred_at").length, 0);
});

test("an attack of illness or of words is no event", () => {
  for (const text of [
    "The governor suffered a heart attack in Kano on Friday.",
    "She had a panic attack at the airport in Madrid on Friday.",
    "The opposition leader launched a scathing attack on the prime minister in Nairobi on Tuesday.",
    "The personal attacks on the judge in Warsaw drew criticism.",
  ])
    assertLacks(extractText(text, "2021-06-05"), /attack/);
  const x = extractText(
    "Militants launched a fierce attack on an army base in Kidal on Tuesday.",
    "2021-06-05",
  );
  assertHas(x, "occurred_at(Kidal attack → Kidal)");
});

test("a hostage crisis and bare airstrikes name events", () => {
  const x = extractText(
    "A hostage crisis at a bank in Arequipa ended on Friday with two dead.",
    "2021-06-05",
  );
  assertHas(x, "occurred_on(Arequipa hostage crisis → 2021-06-04)");
  const y = extractText("Airstrikes in Idlib on Thursday killed 12 people, rescuers said.", "2021-06-05");
  assertHas(y, "killed(Idlib airstrike → 12)");
});
