import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Blame and attribution that name a perpetrator, on sentences written for these tests.
const run = (text: string) => extractText(text, "2019-05-10");

test("'blamed X, an apposition, for the attack' names the perpetrator", () => {
  const x = run(
    "Nigerian authorities have blamed Boko Haram, the jihadist group based in Borno, for last week's bombing of Kano airport.",
  );
  assertHas(x, "perpetrated(Boko Haram → Kano bombing)");
});

test("blame with no event written is for the report's one attack", () => {
  const x = run(
    "A bomb exploded at a bus station in Kano on Monday, killing 12 people. Government officials blame Boko Haram; the group has not commented.",
  );
  assertHas(x, "perpetrated(Boko Haram → Kano bombing)");
});

test("an attack attributed to a faction of a group, or blamed on it, was the group's", () => {
  assertHas(
    run(
      "Officials have attributed the bus station bombing in Kano, in which 12 people died, to a faction of Boko Haram.",
    ),
    "perpetrated(Boko Haram → Kano bombing)",
  );
  assertHas(
    run("The bombing of Kano airport was blamed on Boko Haram."),
    "perpetrated(Boko Haram → Kano bombing)",
  );
});

test("blame for something other than an attack names no perpetrator", () => {
  const x = run(
    "A bomb exploded at a bus station in Kano on Monday. Officials blamed the government for failures of security. The bombing of Kano airport killed 12 people, and the delay was blamed on the rain.",
  );
  assertLacks(x, /^perpetrated\(/);
});

test("blame with no event written picks none when the report has two", () => {
  const x = run(
    "A bomb exploded at a bus station in Kano on Monday. Gunmen attacked a market in Maiduguri on Tuesday. Officials blame Boko Haram.",
  );
  assertLacks(x, /^perpetrated\(Boko Haram →/);
});

test("'suspect X', 'accuse X of', 'bore the hallmarks of X' name a perpetrator; a likeness is graded a hedge", () => {
  const x = extractText(
    "A bomb exploded on a bus in Haifa on Monday, killing nine people. Investigators suspect Hamas.",
    "2002-12-03",
  );
  assertHas(x, "perpetrated(Hamas → Haifa bombing)");
  const y = extractText(
    "A car bomb exploded outside a barracks in Vitoria on Friday. Prosecutors accuse the Basque separatist group ETA of the bombing.",
    "2002-12-03",
  );
  assertHas(y, "perpetrated(ETA → Vitoria bombing)");
  const z = extractText(
    "A car bomb exploded outside a hotel in Mombasa on Thursday. Officials said the attack bore the hallmarks of al-Qaeda.",
    "2002-11-30",
  );
  assertHas(z, "perpetrated(al-Qaeda → Mombasa bombing)");
  const qaeda = z.entities.find((e) => e.name === "al-Qaeda")!;
  assert.ok(z.statements.some((s) => s.subject === qaeda.key && s.credibility >= 4));
});

test("'the main suspect' and 'a suspect' name nobody's group", () => {
  const x = extractText(
    "A bomb exploded on a bus in Haifa on Monday. Police said a suspect Hamas had named was arrested.",
    "2002-12-03",
  );
  assertLacks(x, /^perpetrated\(Hamas/);
});

test("'an attack which police blamed on X' names the perpetrator of the sentence's event", () => {
  const x = run(
    "A car bomb killed nine soldiers in Mogadishu on Friday, an attack which police blamed on al-Shabaab.",
  );
  assertHas(x, "perpetrated(al-Shabaab → Mogadishu bombing)");
});

test("a relative clause of blame with no event before it names nobody", () => {
  const x = run(
    "A car bomb killed nine soldiers in Mogadishu on Friday, and the minister, whom critics blamed on television, resigned.",
  );
  assertLacks(x, /^perpetrated/);
});
