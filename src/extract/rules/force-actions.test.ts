import assert from "node:assert/strict";
import { test } from "node:test";
import { extractText, factsBy, factsOf } from "./testing.js";

// What security forces did, as events of their own: an attacker shot dead by police, a storming that
// ends a siege, raids. Our own sentences about invented attacks.

const run = (text: string, published = "2019-05-20") => extractText(text, published);

test("an attacker shot dead by police: the force's operation, one dead, placed and dated", () => {
  const x = run(
    "A gunman killed four people at a market in Tartu on Saturday. The gunman was shot dead by Estonian " +
      "police in Valga early on Sunday.",
  );
  const perpetrated = factsBy(x, "perpetrated");
  assert.ok(perpetrated.includes("Estonian police → Estonian police operation"), perpetrated.join("; "));
  assert.ok(factsBy(x, "killed").includes("Estonian police operation → 1"));
  assert.ok(factsBy(x, "occurred_at").includes("Estonian police operation → Valga"));
  assert.ok(factsBy(x, "occurred_on").includes("Estonian police operation → 2019-05-19"));
  // The attacker is not the operation's perpetrator, nor its target; the market attack keeps its toll.
  assert.ok(!perpetrated.some((f) => f.includes("gunman → Estonian")), perpetrated.join("; "));
  assert.deepEqual(
    factsBy(x, "attacked").filter((f) => f.startsWith("Estonian police")),
    [],
  );
  assert.ok(factsBy(x, "killed").some((f) => f.endsWith("→ 4")));
});

test("an operation told in an aside takes no date from the clause the aside interrupts", () => {
  const x = run(
    "Juhan Tamm killed six people at a hotel in Tartu on 12 May. Officials said the gunman, who killed six " +
      "people at the hotel before he was shot dead by police, had travelled to Syria in January.",
  );
  assert.ok(
    factsBy(x, "perpetrated").some((f) => f.startsWith("police →")),
    factsOf(x).join("; "),
  );
  assert.deepEqual(
    factsBy(x, "occurred_on").filter((f) => f.includes("operation")),
    [],
    factsOf(x).join("; "),
  );
});

test("men of a force by a common noun are the agent; one officer is a person", () => {
  const x = run(
    "A man stabbed three people on a ferry in Helsinki on Monday. The attacker was shot dead by armed " +
      "officers on the quay.",
  );
  assert.ok(
    factsBy(x, "perpetrated").includes("armed officers → armed officers operation"),
    factsOf(x).join("\n"),
  );
  const y = run("A man stabbed two people in Turku on Monday. The attacker was shot by an armed officer.");
  const officer = y.entities.find((e) => e.name.endsWith("armed officer"));
  assert.equal(officer?.type, "person");
});

test("a storming that ends a siege is an event of its own, at the site the force stormed", () => {
  const x = run(
    "Special forces stormed the Grand Hotel in Mopti on Friday, ending a siege by gunmen who had held " +
      "guests hostage since Wednesday.",
    "2019-05-18",
  );
  const perpetrated = factsBy(x, "perpetrated");
  assert.ok(
    perpetrated.some((f) => /^Special forces → .*operation$/i.test(f)),
    perpetrated.join("; "),
  );
  assert.ok(!perpetrated.some((f) => /^Special forces → .*siege$/i.test(f)), perpetrated.join("; "));
  assert.ok(factsBy(x, "occurred_at").some((f) => /operation → Grand Hotel$/.test(f)));
  // The siege's start date is no date of the storming.
  assert.ok(!factsBy(x, "occurred_on").some((f) => /operation → 2019-05-15/.test(f)));
});

test("raids a force carried out; a raid the sentence already names is the force's", () => {
  const x = run("Police detained nine people in raids across the country on Tuesday.");
  assert.ok(factsBy(x, "perpetrated").includes("police → raids across the country"), factsOf(x).join("\n"));
});

test("a person who is no attacker shot by police is a killing the force carried out, not an attack on him", () => {
  const x = run("Omar Haddad was shot dead by Dutch police in Utrecht on Friday.", "2019-05-20");
  assert.ok(
    factsBy(x, "perpetrated").some((f) => f.startsWith("Dutch police →")),
    factsOf(x).join("\n"),
  );
  assert.deepEqual(factsBy(x, "attacked"), []);
});

test("no operation without a force: a brother who shot a gunman is none", () => {
  const x = run("A gunman killed two people in Bergen on Friday. He was shot by his brother.");
  assert.ok(!factsOf(x).some((f) => f.includes("operation")), factsOf(x).join("\n"));
});

test("a suspect shot dead by gendarmes after a long aside: the gendarmes' operation, placed and dated", () => {
  // The aside names an attack of its own, so no killing of the suspect is made from "shot dead".
  const x = run(
    "Lars Berg, the man named by police as the chief suspect in a wave of bombings that began with the " +
      "attack on Nantes station in May, was shot dead by gendarmes on Friday in woods near Ancenis.",
  );
  assert.ok(factsBy(x, "perpetrated").includes("gendarmes → gendarmes operation"), factsOf(x).join("\n"));
  assert.ok(factsBy(x, "occurred_at").includes("gendarmes operation → Ancenis"), factsOf(x).join("\n"));
  assert.ok(!factsBy(x, "attacked").some((f) => f.startsWith("gendarmes")), factsOf(x).join("\n"));
});
