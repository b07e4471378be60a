import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

test("a datelined lead's event that no rule placed happened in the dateline's town", () => {
  const x = extractText(
    "TOKYO, Japan, March 20 - A poison gas attack on five crowded subway trains killed at least six people, police said.",
    "1995-03-20",
  );
  assertHas(x, "occurred_at(attack → Tokyo)");
  // An unnamed site with no town of its own is in the dateline's town too.
  const y = extractText(
    "MOGADISHU, June 5 - Al-Shabaab militants attacked an army base on Friday, killing nine soldiers.",
    "2021-06-05",
  );
  assertHas(y, "occurred_at(army base attack → Mogadishu)");
});

test("a lead naming another place, or two datelined towns, is left to the rules that read it", () => {
  const x = extractText(
    "WASHINGTON, June 5 - A US drone strike in Yemen killed three militants on Friday.",
    "2021-06-05",
  );
  assertLacks(x, /occurred_at\(.* → Washington\)/);
  const y = extractText(
    "SIRTE, Oct 21 - Muammar Qadhafi was killed on Thursday after fighters captured him near Sirte, officials said.",
    "2011-10-21",
  );
  assertLacks(y, /occurred_at\(killing of Muammar Qadhafi → Sirte\)/);
  const z = extractText("LONDON/TUNIS, July 10 - A bombing killed three people on Friday.", "2015-07-10");
  assertLacks(z, /occurred_at\(.* → (London|Tunis)\)/);
});
