import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText, factsBy } from "./testing.js";

// Titles written before a name set off by commas (fronted-titles.ts), on sentences written for these
// tests (none from the evaluation sets).
const run = (text: string) => extractText(text, "2019-05-02");

test("a place's post in the possessive: the post, and official_of the place with that role", () => {
  const x = run("Bavaria's interior minister, Tomas Lindqvist, appealed for calm after the blast.");
  assertHas(x, "holds_position(Tomas Lindqvist → interior minister)");
  assertHas(x, "official_of(Tomas Lindqvist → Bavaria)");
  const roles = x.statements.filter((s) => s.predicate === "official_of").map((s) => s.role);
  assert.deepEqual(roles, ["interior minister"]);
});

test("a country's prime minister, named after the title", () => {
  const x = run("Algeria's prime minister, Karim Benali, said the attackers had crossed from Libya.");
  assertHas(x, "holds_position(Karim Benali → prime minister)");
  assertHas(x, "official_of(Karim Benali → Algeria)");
});

test("a town before the post: the post with the town, official_of the town", () => {
  const x = run("The Lyon prosecutor, Marc Dubois, said the suspect would be charged on Friday.");
  assertHas(x, "holds_position(Marc Dubois → Lyon prosecutor)");
  assertHas(x, "official_of(Marc Dubois → Lyon)");
});

test("a people's adjective before the post gives the post alone", () => {
  const x = run("The French foreign minister, Anne Roussel, says two citizens were hurt.");
  assertHas(x, "holds_position(Anne Roussel → foreign minister)");
  assertLacks(x, /^official_of\(Anne Roussel/);
  assertLacks(x, /^holds_position\(Anne Roussel → French/);
});

test("a post with no owner, and one whose owner follows with 'of'", () => {
  assertHas(
    run("The presiding judge, Elena Marquez, handed down the sentence."),
    "holds_position(Elena Marquez → presiding judge)",
  );
  const x = run("The interior minister of Saxony, Peter Kunz, said six people had died.");
  assertHas(x, "holds_position(Peter Kunz → interior minister)");
  assertHas(x, "official_of(Peter Kunz → Saxony)");
});

test("an official named after his title is never taken for the attacker", () => {
  const x = run(
    "The Lyon prosecutor, Marc Dubois, said on Monday that the attack had been planned. The gunman opened fire on a crowd.",
  );
  assert.ok(
    !factsBy(x, "perpetrated").some((f) => f.startsWith("Marc Dubois")),
    factsBy(x, "perpetrated").join("; "),
  );
});

test("no post from an opening phrase, a plural, or a word that is no title", () => {
  assertLacks(
    run("According to the prosecutor, Ali Haddad, 25, was arrested in Marseille."),
    /^holds_position\(Ali Haddad/,
  );
  assertLacks(run("The ministers, Ali Haddad and Omar Saleh, met in Tunis."), /^holds_position\(Ali Haddad/);
  assertLacks(run("The bus driver, Ali Haddad, was among the wounded."), /^holds_position\(Ali Haddad/);
});

test("the place a post is held in is no part of the title, and the possessor owns the post", () => {
  const x = run("Peru's ambassador in Madrid, Lucia Ferrandez, said two of the dead were Peruvian.");
  assertHas(x, "holds_position(Lucia Ferrandez → ambassador)");
  assertHas(x, "official_of(Lucia Ferrandez → Peru)");
  assertLacks(x, /Peru's ambassador/);
});

test("'of Police' is part of a title, not the body the post belongs to", () => {
  const x = run("Ghana's Inspector-General of Police, Kofi Boateng, ordered an inquiry on Monday.");
  assertHas(x, "holds_position(Kofi Boateng → Inspector-General of Police)");
  assertHas(x, "official_of(Kofi Boateng → Ghana)");
  const y = run("The speaker of the Regional Assembly, Halima Osei, was among the wounded.");
  assertHas(y, "holds_position(Halima Osei → speaker)");
  assertHas(y, "official_of(Halima Osei → Regional Assembly)");
});

test("a common noun's possessive, an indefinite title with its body, and a rank before the name", () => {
  let x = run("The country's interior minister, Pierre Vaillant, said three people had been arrested.");
  assertHas(x, "holds_position(Pierre Vaillant → interior minister)");
  x = run("A spokesman for the Interior Ministry, Farid Nasseri, said the blast killed 12.");
  assertHas(x, "holds_position(Farid Nasseri → spokesman)");
  assertHas(x, "official_of(Farid Nasseri → Interior Ministry)");
  x = run("Chad's defence minister, General Idriss Mahamat, visited troops in Bol.");
  assertHas(x, "holds_position(Idriss Mahamat → defence minister)");
  assertHas(x, "official_of(Idriss Mahamat → Chad)");
});

test("no fronted title in an indefinite phrase without a body, nor after a possessive that owns no place", () => {
  let x = run("A police officer, Jonas Berg, was wounded in the attack.");
  assertLacks(x, /^holds_position\(Jonas Berg → police officer\)/);
  x = run("The man's brother, Jonas Berg, said he had been radicalised online.");
  assertLacks(x, /^holds_position\(Jonas Berg/);
});

test("an indefinite title with words qualifying its head, in apposition before a name", () => {
  const x = run('"They came at night," a senior security official, Hamadou Sawadogo, told reporters.');
  assertHas(x, "holds_position(Hamadou Sawadogo → senior security official)");
  const y = run("Local official Hamadou Sawadogo said the village was empty.");
  assertHas(y, "holds_position(Hamadou Sawadogo → Local official)");
  const z = run("After a meeting with a senior official, Hamadou Sawadogo left for Ouagadougou.");
  assertLacks(z, /^holds_position\(Hamadou Sawadogo/);
});
