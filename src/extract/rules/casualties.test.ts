import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText, factsBy, factsOf } from "./testing.js";

test("an appositive between a count and its verb is skipped ('N people, M of them children, were killed')", () => {
  const x = extractText(
    "A suicide bomber struck a wedding party in Kabul on Saturday. Sixty-three people, many of them women and at least a dozen of them children, were killed.",
    "2019-08-18",
  );
  assert.deepEqual(
    factsBy(x, "killed").map((f) => f.replace(/^.* → /, "")),
    ["63"],
  );
  const y = extractText(
    "Gunmen stormed a hotel in Mogadishu on Friday. Two guards, a man aged 40 and his nephew, died.",
    "2019-07-13",
  );
  assertHas(y, "killed(Mogadishu attack → 2)");
});

test("an age in an appositive is no toll", () => {
  const x = extractText(
    "A gunman attacked a synagogue in Pittsburgh on Saturday. The gunman, Robert Bowers, 46, a truck driver from Baldwin, was wounded by police.",
    "2018-10-28",
  );
  assertLacks(x, /wounded\(.* → 46\)/);
});

test("a sum opened by 'a' is read in the passive of victims", () => {
  const x = extractText(
    "A car bomb exploded outside a police station in Kandahar on Tuesday. A soldier, a policeman and a shopkeeper were wounded.",
    "2019-01-09",
  );
  assertHas(x, "wounded(Kandahar bombing → 3)");
  // Attackers in the sum are no victims.
  const y = extractText(
    "A bomb exploded at a checkpoint in Kandahar on Tuesday. A bomber and a guard were killed.",
    "2019-01-09",
  );
  assertLacks(y, /killed\(.* → 2\)/);
});

test("'X and N other Ys were killed' counts X too, but not after a clause with its own figure", () => {
  const x = extractText(
    "Gunmen attacked a church in Ouagadougou on Sunday. The priest, Father Simeon Yampa, and five other worshippers were killed.",
    "2019-05-13",
  );
  assertHas(x, "killed(Ouagadougou attack → 6)");
  const y = extractText(
    "Gunmen attacked a church in Ouagadougou on Sunday. Two people died and three other people were wounded.",
    "2019-05-13",
  );
  assertHas(y, "wounded(Ouagadougou attack → 3)");
  assertLacks(y, /wounded\(.* → 4\)/);
});

test("a split of the dead leaves the attackers out of the victims' toll", () => {
  const x = extractText(
    "Soldiers ended a siege at a hotel in Bamako on Friday, and officials said at least 20 guests and two gunmen had died.",
    "2015-11-21",
  );
  assert.deepEqual(factsBy(x, "killed"), ["Bamako siege → 20"]);
  assert.equal(x.statements.find((s) => s.predicate === "killed")?.bound, "at_least");
  // "two men and a woman" may all be victims: no split is read.
  const y = extractText(
    "A bomb exploded at a bus stop in Lagos on Friday. Two men and a woman were killed.",
    "2015-11-21",
  );
  assertLacks(y, /killed\(.* → 1\)/);
});

test("a breakdown after a colon gives the victims' toll beside the total", () => {
  const x = extractText(
    "Troops retook the town of Kidal in Mali on Friday. The fighting killed more than 200 people: 150 militants, 30 soldiers, and 25 villagers.",
    "2013-02-02",
  );
  const killed = factsBy(x, "killed");
  assert.ok(
    killed.some((f) => f.endsWith("→ 201")),
    killed.join("\n"),
  );
  assert.ok(
    killed.some((f) => f.endsWith("→ 55")),
    killed.join("\n"),
  );
});

test("a toll word far back in its clause still opens 'has risen to N'", () => {
  const x = extractText(
    "A truck bomb exploded at a market in Baghdad on Sunday. The death toll from Sunday's truck bombing at the crowded market in the Karrada district has risen to 292, officials said.",
    "2016-07-05",
  );
  assert.ok(
    factsBy(x, "killed").some((f) => /bombing → 292$/.test(f)),
    factsBy(x, "killed").join("\n"),
  );
  // Across a comma the toll is another clause's.
  const y = extractText(
    "A truck bomb exploded at a market in Baghdad on Sunday. Officials published the toll, and the number of arrests in the following weeks rose to 40.",
    "2016-07-05",
  );
  assertLacks(y, /killed\(.* → 40\)/);
});

test("people treated in hospital are the wounded; a later standalone toll goes to the attack already told of", () => {
  const x = extractText(
    "A bomb exploded at a concert in Manchester on Monday. Twenty people are being treated in hospital.",
    "2017-05-23",
  );
  assertHas(x, "wounded(Manchester bombing → 20)");
  const y = extractText(
    "A gunman killed 12 people at a bar in Thousand Oaks on Wednesday night. Police shot him dead an hour later. Twenty-one people were wounded.",
    "2018-11-09",
  );
  assertHas(y, "wounded(Thousand Oaks attack → 21)");
  assertLacks(y, /wounded\(.*operation.*\)/);
  // An attack named by a bare noun ("during the attack") that already has a toll takes the next one.
  const z = extractText(
    "A gunman who killed 58 people at a music festival in Las Vegas fired from a hotel window during the attack, police said. The gunman was found dead by police. More than 400 people were wounded.",
    "2017-10-03",
  );
  assertHas(z, "wounded(Las Vegas attack → 401)");
});

test("'shot dead N people' is a toll; the place is looked for before the clause's own verb", () => {
  const x = extractText(
    "The man accused of shooting dead six worshippers in a Quebec City mosque was charged in Montreal on Monday.",
    "2017-01-31",
  );
  assert.deepEqual(factsBy(x, "killed"), ["Quebec City mosque attack → 6"]);
  assertLacks(x, /Montreal attack/);
  assertLacks(x, /occurred_on\(Quebec City/);
});

test("one victim killed is a toll of one; one of several, or an attacker, is none", () => {
  const x = extractText(
    "A French soldier was killed and two were wounded when their vehicle struck an improvised explosive device near Gao.",
    "2019-01-03",
  );
  assert.ok(
    factsOf(x).some((f) => /^killed\(.* → 1\)$/.test(f)),
    factsOf(x).join("\n"),
  );
  const y = extractText(
    "A gunman opened fire at a synagogue in Halle on Wednesday. A woman was killed in the street outside and a man in a kebab shop.",
    "2019-10-09",
  );
  assert.ok(!factsOf(y).some((f) => /^killed\(.* → 1\)$/.test(f)), factsOf(y).join("\n"));
  const z = extractText("A suspect was killed when police stormed the flat in Kano.", "2019-10-09");
  assert.ok(!factsOf(z).some((f) => /^killed\(.* → 1\)$/.test(f)), factsOf(z).join("\n"));
});

test("what would have happened is no toll: 'would have killed dozens', 'could have killed hundreds'", () => {
  const x = extractText("An explosion would have killed dozens in Nigeria, officials said.", "2019-01-03");
  assert.deepEqual(factsBy(x, "killed"), []);
  const y = extractText(
    "The bomb could have killed hundreds if it had gone off in the market in Kano.",
    "2019-01-03",
  );
  assert.deepEqual(factsBy(y, "killed"), []);
  // A hedge of the past stays a figure.
  const z = extractText("A blast in Kano may have killed 12 people, officials said.", "2019-01-03");
  assert.ok(factsBy(z, "killed").length === 1, factsBy(z, "killed").join("; "));
});

test("things counted near a toll are no victims: 'an attack on five subway trains killed at least six'", () => {
  const x = extractText(
    "A poison gas attack on five crowded subway trains killed at least six people on Monday.",
    "1995-03-21",
  );
  assert.deepEqual(
    x.statements.filter((s) => s.predicate === "killed").map((s) => s.value),
    [6],
  );
});

test("a toll's own passive verb does not end the clause its place is sought in ('Two policemen were killed in Kidal')", () => {
  const x = extractText("Two policemen were killed by gunmen in Kidal on Friday.", "2021-06-05");
  assertHas(x, "killed(Kidal attack → 2)");
  assertHas(x, "occurred_at(Kidal attack → Kidal)");
  // A place past a comma is the source's, not the scene.
  const y = extractText("Two soldiers were killed on Friday, officials in Kidal said.", "2021-06-05");
  assertLacks(y, /occurred_at\(.* → Kidal\)/);
});

test("a settlement's description before the name is stepped over ('in the town of Boulkessi')", () => {
  const x = extractText(
    "Militants killed 12 soldiers in the northern town of Boulkessi on Friday.",
    "2021-06-05",
  );
  assertHas(x, "killed(Boulkessi attack → 12)");
  assertHas(x, "occurred_at(Boulkessi attack → Boulkessi)");
  assertHas(x, "perpetrated(militants → Boulkessi attack)");
});

test("'claimed 12 lives' and 'a dozen people' are tolls", () => {
  const x = extractText("The blast in Kano claimed 12 lives.", "2021-06-05");
  assertHas(x, "killed(Kano blast → 12)");
  const y = extractText("The explosion in Kano killed a dozen people.", "2021-06-05");
  assertHas(y, "killed(Kano explosion → 12)");
  // A claim of an attack is no toll.
  const z = extractText("The Taliban claimed 12 attacks in Kano last year.", "2021-06-05");
  assertLacks(z, /killed/);
});

test("ages after 'aged' are no toll, and the victims they describe are summed", () => {
  const x = extractText(
    "Police said the shooting on a tram in Utrecht on Monday, in which a 19-year-old woman and two men aged 28 and 49 were killed, was a terrorist attack.",
    "2019-03-19",
  );
  assert.deepEqual(
    factsBy(x, "killed").map((f) => f.split(" → ")[1]),
    ["3"],
  );
  // "Two men … were killed" is left alone (men may be the attackers), but an age is never the toll.
  const y = extractText(
    "Two men aged 30 and 41 were killed when gunmen attacked a bar in Kano on Monday.",
    "2019-03-19",
  );
  assertLacks(y, /^killed\(.* → (?:30|41)\)/);
});

test("a passive sum opened by 'a' is one figure, whichever cue reads it", () => {
  for (const [text, toll] of [
    ["A man and two children were killed in a bombing at a market in Kano on Monday.", "3"],
    ["A man and a dozen children were killed in a bombing at a market in Kano on Monday.", "13"],
  ] as const) {
    const x = extractText(text, "2019-03-19");
    assert.deepEqual(
      factsBy(x, "killed").map((f) => f.split(" → ")[1]),
      [toll],
      text,
    );
  }
});

test("'two of whom died' is the part of a figure that died, never of attackers", () => {
  const x = extractText("Gunmen shot three soldiers in Kidal on Monday, two of whom died.", "2019-03-19");
  assertHas(x, "killed(Kidal attack → 2)");
  const y = extractText(
    "Forty people were wounded in the blast in Kano on Monday, two of whom later died in hospital.",
    "2019-03-19",
  );
  assertHas(y, "killed(Kano blast → 2)");
  assertHas(y, "wounded(Kano blast → 40)");
  const z = extractText(
    "Police shot three gunmen near the stadium in Kidal on Monday, two of whom died.",
    "2019-03-19",
  );
  assertLacks(z, /^killed\(/);
  const w = extractText(
    "Seventeen people died in the attack in Kano on Monday, eight of them children.",
    "2019-03-19",
  );
  assertLacks(w, /^killed\(.* → 8\)/);
});

test("what a group has killed over the years is no toll of the report's attack", () => {
  const x = extractText(
    "The van bomb in Madrid killed two Ecuadorian men. ETA, which has killed more than 800 people since 1968, claimed the attack.",
    "2007-06-06",
  );
  assertLacks(x, /^killed\(.* → 801\)/);
  const y = extractText(
    "A bomb exploded in a market in Kano on Monday. Boko Haram, which has killed thousands of people, is suspected.",
    "2007-06-06",
  );
  assertLacks(y, /^killed\(/);
  // An event's own relative clause is its toll.
  const z = extractText("The explosion, which killed 12 people, damaged the station in Kano.", "2007-06-06");
  assertHas(z, "killed(Kano explosion → 12)");
});

test("a lone toll after an event dated before the lead one is the lead's", () => {
  const x = extractText(
    "The group said it had carried out Friday's attacks on the embassy in Ouagadougou, calling them revenge for a French raid in Mali last month. Eight soldiers were killed, the government said.",
    "2018-03-03",
  );
  assertHas(x, "killed(Ouagadougou attack → 8)");
  assertLacks(x, /^killed\(Mali raid/);
});
