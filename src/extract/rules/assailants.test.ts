import assert from "node:assert/strict";
import { test } from "node:test";
import { extractText, factsBy } from "./testing.js";

// Unnamed people who carry out an assault as subjects. Our own sentences about invented attacks.

const attacked = (text: string) => factsBy(extractText(text, "2019-05-20"), "attacked");

test("counted men or a people's name before an assault verb are a group of attackers", () => {
  const x = attacked(
    "Two men armed with axes and a rifle burst into a mosque in Kano during evening prayers.",
  );
  assert.ok(
    x.some((f) => /^Two men → .*mosque/.test(f)),
    x.join("; "),
  );
  const y = attacked("Three Chechens stormed a school in the town of Orlik on Friday.");
  assert.ok(
    y.some((f) => /^Three Chechens → .*school/.test(f)),
    y.join("; "),
  );
});

test("a man who shot or stabbed someone attacked them", () => {
  const x = attacked("Witnesses said a man shot a 40-year-old woman outside a bakery in Brno.");
  assert.ok(
    x.some((f) => /^a man → .*woman$/.test(f)),
    x.join("; "),
  );
});

test("no assailant after a preposition, without a count, or before a verb of no assault", () => {
  // The men in the relative clause burst in, not the police who arrested them.
  assert.deepEqual(
    attacked("Police arrested two men who had burst into a mosque in Kano.").filter((f) =>
      f.startsWith("police"),
    ),
    [],
  );
  assert.deepEqual(attacked("Men burst into a mosque in Kano during evening prayers."), []);
  assert.deepEqual(attacked("Two men walked into a mosque in Kano during evening prayers."), []);
});

const perpetrated = (text: string) => factsBy(extractText(text, "2019-05-20"), "perpetrated");

test("one unnamed assailant, past a weapon's phrase, carried out the sentence's attack", () => {
  const x = perpetrated("A teenager stabbed a teacher to death at a school in Lens on Friday.");
  assert.ok(
    x.some((f) => /teenager → Lens attack$/.test(f)),
    x.join("; "),
  );
  const y = perpetrated(
    "A woman brandishing a knife attacked shoppers at a supermarket in Lugano on Tuesday.",
  );
  assert.ok(
    y.some((f) => /woman → Lugano attack$/.test(f)),
    y.join("; "),
  );
});

test("a reduced passive ('a teenager stabbed in the neck', 'a man shot dead by soldiers') is a victim", () => {
  const x = perpetrated(
    "Gunmen killed four people at a bar in Kumasi on Saturday. A teenager stabbed in the neck was taken to hospital.",
  );
  assert.ok(!x.some((f) => f.includes("teenager")), x.join("; "));
  const y = perpetrated(
    "A bomb exploded at a market in Gao on Monday. A man shot dead by soldiers near the market was not involved.",
  );
  assert.ok(!y.some((f) => /\bman →/.test(f)), y.join("; "));
});

test("a listed or hyphenated modifier may stand before the head ('an off-duty soldier', 'a female suicide bomber')", () => {
  const x = perpetrated("An off-duty soldier opened fire on worshippers at a mosque in Hebron, killing 29.");
  assert.ok(
    x.some((f) => /soldier → Hebron attack$/.test(f)),
    x.join("; "),
  );
  const y = perpetrated("A female suicide bomber killed 12 people at a market in Konduga on Saturday.");
  assert.ok(
    y.some((f) => /bomber → Konduga attack$/.test(f)),
    y.join("; "),
  );
});

test("'killed' with a time after it, or 'killed himself', is no assault", () => {
  const x = perpetrated(
    "Gunmen attacked a checkpoint in Gao on Monday. A soldier killed in the attack was buried on Tuesday.",
  );
  assert.ok(!x.some((f) => f.includes("soldier")), x.join("; "));
  const y = perpetrated(
    "A bomb exploded at a bus station in Kano on Monday. A student killed two days later was not linked to it.",
  );
  assert.ok(!y.some((f) => f.includes("student")), y.join("; "));
});

test("officials' 'a terrorist element detonated …' and counted people who 'planted the bomb' are the attackers", () => {
  const x = perpetrated(
    "The interior ministry said a terrorist element detonated an explosive belt at a checkpoint in Arish, killing four policemen.",
  );
  assert.ok(
    x.some((f) => /element → Arish attack$/.test(f)),
    x.join("; "),
  );
  const y = perpetrated(
    "An explosion hit a bus in Haifa on Monday, wounding six. Police say two Palestinians planted the bomb.",
  );
  assert.ok(
    y.some((f) => /Palestinians → Haifa explosion$/.test(f)),
    y.join("; "),
  );
  const z = perpetrated(
    "An explosion hit a bus in Haifa on Monday, wounding six. Two volunteers planted trees at the station on Friday.",
  );
  assert.ok(!z.some((f) => f.includes("volunteers")), z.join("; "));
});
