import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText, factsOf } from "./testing.js";

// Accusations and verdicts that name a perpetrator, on sentences written for these tests.
const run = (text: string) => extractText(text, "2019-05-10");
const show = (text: string) => factsOf(run(text)).join("\n");

test("an appositive accusation names the perpetrator", () => {
  const x = run(
    "A bomb exploded at Kano airport on Monday, killing 12 people. Police in Lagos arrested Musa Danjuma, the 31-year-old suspected of carrying out the bombing at Kano airport, on Thursday.",
  );
  assertHas(x, "perpetrated(Musa Danjuma → Kano bombing)");
});

test("'whom they accuse of masterminding' names the perpetrator", () => {
  const text =
    "Police say they shot dead Ibrahim Sule, a Nigerian-born engineer whom they accuse of masterminding last month's bombing at Kano airport, in a raid on Saturday.";
  const x = run(text);
  if (!factsOf(x).some((f) => f.startsWith("perpetrated(Ibrahim Sule →"))) throw new Error(show(text));
});

test("a sentence for the bombing names its perpetrator", () => {
  const x = run(
    "A court in Abuja on Friday sentenced Musa Danjuma to life in prison for the bombing of Kano airport in March, which killed 12 people.",
  );
  assertHas(x, "perpetrated(Musa Danjuma → Kano bombing)");
});

test("a conviction names its perpetrator, passive or active", () => {
  const x = run("Musa Danjuma was convicted of the bombing of Kano airport on Friday.");
  assertHas(x, "perpetrated(Musa Danjuma → Kano bombing)");
});

test("helping the attackers is not carrying out the attack", () => {
  const x = run(
    "A court in Abuja on Friday sentenced Musa Danjuma to ten years for supplying explosives used in the bombing of Kano airport. Ibrahim Sule, the brother of a man suspected of the bombing of Kano airport, was released.",
  );
  assertLacks(x, /^perpetrated\((Musa Danjuma|Ibrahim Sule) →/);
});

test("a suspicion of links is no perpetration", () => {
  const x = run(
    "A bomb exploded at Kano airport on Monday. Ibrahim Sule, a trader suspected of links to the bombing of Kano airport, was questioned.",
  );
  assertLacks(x, /^perpetrated\(Ibrahim Sule →/);
});

test("a ranked suspect is a suspect: 'X was the main suspect in the bombing'", () => {
  const x = run(
    "Officials said Boko Haram was the main suspect in Monday's bombing of a bus station in Kano.",
  );
  assertHas(x, "perpetrated(Boko Haram → Kano bombing)");
});

test("a guilty verdict names the perpetrator, after the charges or right away", () => {
  assertHas(
    run(
      "Musa Danjuma was arrested in Kano on Monday. The court found him guilty of terrorism and murder over the bombing of Kano airport.",
    ),
    "perpetrated(Musa Danjuma → Kano bombing)",
  );
  assertHas(
    run("Musa Danjuma was found guilty of the bombing of Kano airport."),
    "perpetrated(Musa Danjuma → Kano bombing)",
  );
});

test("a guilty verdict for another act names no perpetrator of the attack", () => {
  const x = run(
    "Musa Danjuma was found guilty of fraud on Friday, a year after the bombing of Kano airport.",
  );
  assertLacks(x, /^perpetrated\(Musa Danjuma →/);
});

test("who pleaded guilty to an attack carried it out", () => {
  const x = extractText(
    "Payton Gendron pleaded guilty to the killing of 10 Black people at a supermarket in Buffalo.",
    "2022-11-28",
  );
  assertHas(x, "perpetrated(Payton Gendron → Buffalo killing)");
});

test("verdicts and indictments past an age in commas and a date written before the event", () => {
  const x = extractText(
    "Patrick Crusius, 24, was sentenced on Friday in federal court in El Paso to 90 life terms for the August 3, 2019, attack at a Walmart in the city.",
    "2023-07-08",
  );
  assertHas(x, "perpetrated(Patrick Crusius → Walmart attack)");
  const y = extractText(
    "A grand jury in Pittsburgh indicted Robert Bowers on 44 counts, including hate crimes, over Saturday's shooting at the Tree of Life synagogue.",
    "2018-11-01",
  );
  assertHas(y, "perpetrated(Robert Bowers → Tree of Life synagogue attack)");
});

test("ordering, organising or being one of the organisers of an attack names its perpetrator", () => {
  const text =
    "A bomb exploded at Kano airport on Monday, killing 12 people. Musa Danjuma is suspected of ordering the bombing at Kano airport. Police in Lagos arrested Ibrahim Sule, whom they accuse of being one of the organisers of the Kano airport bombing, on Thursday. Bello Adamu was found guilty of organising the bombing at Kano airport.";
  const x = run(text);
  for (const name of ["Musa Danjuma", "Ibrahim Sule", "Bello Adamu"])
    if (!factsOf(x).includes(`perpetrated(${name} → Kano bombing)`)) throw new Error(show(text));
});

test("who led or ordered the attack carried it out; leading an inquiry into it is no part in it", () => {
  const led = run(
    "Gunmen stormed a hotel in Kano on Monday, killing 12 people. Musa Danjuma, the field commander who led the raid on the hotel, escaped to Niger.",
  );
  if (!factsOf(led).some((f) => f.startsWith("perpetrated(Musa Danjuma →")))
    throw new Error(factsOf(led).join("\n"));
  const inquiry = run(
    "A bomb exploded at Kano airport on Monday, killing 12 people. Ibrahim Sule led the investigation into the bombing at Kano airport. The bombing led to protests in Lagos.",
  );
  assertLacks(inquiry, /^perpetrated\(Ibrahim Sule →/);
});

test("a sentence being served for the attack names its perpetrator, not a post served in", () => {
  const x = run(
    "A bomb exploded at Kano airport in 2011, killing 12 people. Musa Danjuma was already serving 30 years for the bombing of Kano airport. Ibrahim Sule, serving as a police officer during the bombing of Kano airport, was wounded.",
  );
  assertHas(x, "perpetrated(Musa Danjuma → Kano bombing)");
  assertLacks(x, /^perpetrated\(Ibrahim Sule →/);
});

test("who was acquitted of an accused part is no perpetrator", () => {
  const x = run(
    "A bomb exploded at Kano airport in 2011, killing 12 people. The court acquitted Ibrahim Sule, a trader accused of being one of the masterminds of the Kano airport bombing.",
  );
  assertLacks(x, /^perpetrated\(Ibrahim Sule →/);
});

test("'police suspect X of carrying out': the accused after the verb, hedged", () => {
  const x = run("Police suspect Abdi Warsame of carrying out the bombing in Kismayo.");
  assertHas(x, "perpetrated(Abdi Warsame → Kismayo bombing)");
  assert.ok(
    run("Police suspect Abdi Warsame of carrying out the bombing in Kismayo.").statements.every(
      (s) => s.predicate !== "perpetrated" || s.credibility === 4,
    ),
  );
  const y = run("Suspected Boko Haram militants were seen near the bombing in Kano.");
  assertLacks(y, /^perpetrated\(Boko Haram/);
  const z = run("Police do not suspect Abdi Warsame of carrying out the bombing in Kismayo.");
  assertLacks(z, /^perpetrated\(Abdi Warsame/);
});
