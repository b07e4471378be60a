import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Pronouns and possessives, on sentences written for these tests (none from the evaluation sets).
const run = (text: string, published = "2022-04-12") => extractText(text, published);

test("'they' before a verb of saying is the source, not the subject of the reported act", () => {
  const x = run("Police arrested Samir Haddad, who they say planned the bombing.");
  assertLacks(x, /perpetrated\(police →/);
  const y = run("Detectives in Lyon questioned Karim Benali, who they believe planned the bombing.");
  assertLacks(y, /perpetrated\(Detectives/);
});

test("'they' that acts is still resolved", () => {
  const x = run(
    "The Islamic State named the bomber on Monday. They carried out the bombing of a bus station in Kabul.",
  );
  assertHas(x, "perpetrated(Islamic State → Kabul bombing)");
});

test("a possessive 'its' may take the subject of its own clause", () => {
  const x = run(
    "Police in Vienna said the gunman was shot dead. The Islamic State released a statement in which it praised its leader, Abu Bakr al-Baghdadi.",
  );
  assertHas(x, "leader_of(Abu Bakr al-Baghdadi → Islamic State)");
  assertLacks(x, /leader_of\(Abu Bakr al-Baghdadi → (?!Islamic State)/);
});

test("'his' or 'her' may take the subject of its own clause, not a person named before", () => {
  const x = run(
    "Police named the gunman as Viktor Lang. Mayor Anna Berger said her husband, Tomas Berger, was among the wounded.",
  );
  assertHas(x, "relative_of(Tomas Berger → Anna Berger)");
  assertLacks(x, /relative_of\(Tomas Berger → Viktor Lang\)/);
});
