import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Unnamed collectives and named groups that an authority blames; sentences written for these tests.
const run = (text: string) => extractText(text, "2021-06-05");

test("an unnamed collective blamed for an attack carried it out, with its tie to a named group", () => {
  const x = run("The killings in Ituri were blamed on ADF rebels.");
  assertHas(x, "perpetrated(ADF rebels → Ituri attack)");
  const y = run("The bombing of a bus in Garissa was blamed on jihadists linked to al-Shabaab.");
  assertHas(y, "affiliated_with(jihadists → al-Shabaab)");
  assertLacks(y, /^perpetrated\(al-Shabaab/);
});

test("'blamed the bombing … on X' reaches past a phrase that ran on, and past 'on' a site", () => {
  assertHas(
    run("Authorities blamed the bombing of a bus in Quetta on Baloch separatists."),
    "perpetrated(Baloch separatists → Quetta bombing)",
  );
  const x = run("Residents blamed the attack on the church near Mopti on armed herdsmen.");
  assertLacks(x, /^perpetrated\(church/);
});

test("'the work of X' and 'the hallmarks of the Pakistani X' name a named perpetrator", () => {
  assertHas(
    run(
      "Security sources said the attack in Tillaberi was the work of the Islamic State in the Greater Sahara.",
    ),
    "perpetrated(Islamic State in the Greater Sahara → Tillaberi attack)",
  );
  assertHas(
    run("Officials said the bombing in Quetta bore the hallmarks of the Pakistani Taliban."),
    "perpetrated(Taliban → Quetta bombing)",
  );
});

test("blame on a failing or a want of something names no perpetrator", () => {
  const x = run(
    "A bomb killed four people at a bus station in Kano on Monday. Officials blamed the attack on a lack of security.",
  );
  assertLacks(x, /^perpetrated\(lack/);
  const y = run(
    "A bomb exploded at a market in Kabul on Monday. Critics blamed the government for failing to protect the market.",
  );
  assertLacks(y, /^perpetrated\(government/);
});
