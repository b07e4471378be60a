import { test } from "node:test";
import { assertHas, assertLacks, extractText, factsOf } from "./testing.js";

// Claims made through members or outlets, factions, spokesmen and citizenship, on sentences written
// for these tests (none from the evaluation sets).
const run = (text: string, published = "2020-03-10") => extractText(text, published);

test("a group that says its fighters carried out an attack claims it; the fighters are not found perpetrators", () => {
  const x = run(
    "A bombing at a market in Mosul on Sunday killed nine people. " +
      "The Islamic State group said through its Amaq agency that its fighters carried out the bombing.",
  );
  const facts = factsOf(x);
  if (!facts.some((f) => /^claimed_responsibility_for\(Islamic State → /.test(f)))
    throw new Error(facts.join("\n"));
  assertLacks(x, /^perpetrated\(fighters/);
});

test("an outlet's owner is the speaker: the outlet claims nothing and recruits no one", () => {
  const x = run(
    "A gunman killed four people at a cafe in Lyon on Monday. " +
      "Islamic State's Amaq agency says the gunman was one of its soldiers.",
  );
  const facts = factsOf(x);
  if (!facts.some((f) => /^claimed_responsibility_for\(Islamic State → /.test(f)))
    throw new Error(facts.join("\n"));
  assertLacks(x, /^claimed_responsibility_for\(Amaq/);
  assertLacks(x, /^member_of\([^)]*→ Amaq\)/);
});

test("the named arm of a parent claims, not the parent", () => {
  const x = run(
    "A suicide bombing outside the airport in Kabul on Thursday killed 20 people. " +
      "Islamic State's regional affiliate, known as Islamic State Khorasan, said one of its fighters carried out the bombing.",
  );
  const facts = factsOf(x);
  if (!facts.some((f) => /^claimed_responsibility_for\(Islamic State Khorasan → /.test(f)))
    throw new Error(facts.join("\n"));
  assertHas(x, "affiliated_with(Islamic State Khorasan → Islamic State)");
  assertLacks(x, /^claimed_responsibility_for\(Islamic State → /);
});

test("a faction in apposition is an organisation that speaks for itself, and its spokesman is its official", () => {
  const x = run(
    "A suicide bombing at a bus station in Quetta on Monday killed 15 people. " +
      "Lashkar-e-Qamar, a faction of the Baloch Front, said it carried out the bombing; its spokesman, Nadir Baig, warned of more attacks.",
  );
  const facts = factsOf(x);
  if (!facts.some((f) => /^claimed_responsibility_for\(Lashkar-e-Qamar → /.test(f)))
    throw new Error(facts.join("\n"));
  assertLacks(x, /^claimed_responsibility_for\(Baloch Front/);
  assertHas(x, "affiliated_with(Lashkar-e-Qamar → Baloch Front)");
  if (!facts.some((f) => /^official_of\(Nadir Baig → Lashkar-e-Qamar/.test(f)))
    throw new Error(facts.join("\n"));
});

test("a person who led a splinter faction is not thereby its parent's affiliate", () => {
  const x = run(
    "Abdul Karim, who is thought to have led a splinter faction of Jemaah Islamiyah, was arrested in Solo.",
  );
  assertLacks(x, /^affiliated_with\(Abdul Karim/);
});

test("citizenship: of a country, before a noun of citizenship, coordinated, and by birth", () => {
  const x = run(
    "The court sentenced Arman Tulegenov, a citizen of Kazakhstan, on Monday. " +
      "Police named Jonas Keller, a 31-year-old UK citizen, as a witness. " +
      "The victim was Petra Lind, a dual Swedish and Norwegian citizen. " +
      "Officers arrested Rafiq Osman, a Malaysian-born engineer, in Perth.",
  );
  assertHas(x, "nationality(Arman Tulegenov → Kazakhstan)");
  assertHas(x, "nationality(Jonas Keller → UK)");
  assertHas(x, "nationality(Petra Lind → Sweden)");
  assertHas(x, "nationality(Petra Lind → Norway)");
  assertHas(x, "nationality(Rafiq Osman → Malaysia)");
});

test("born in a country is no citizenship", () => {
  const x = run("Bilal Hussain, 27, a UK citizen born in Pakistan, was arrested in Leeds.");
  assertHas(x, "nationality(Bilal Hussain → UK)");
  assertLacks(x, /^nationality\(Bilal Hussain → Pakistan\)/);
});

test("a group that says its fighters targeted something claims the report's attack", () => {
  const x = run(
    "A car bombing in Baidoa on Sunday killed 14 people. " +
      "Al-Shabaab said its fighters had targeted a hotel used by officials.",
  );
  assertHas(x, "claimed_responsibility_for(Al-Shabaab → Baidoa bombing)");
});

test("an arm named with 'its' carries out what the speaker claims", () => {
  const x = run(
    "Islamic State said on Monday that fighters of its West Africa Province had carried out the bombing of a market in Maiduguri.",
  );
  const facts = factsOf(x);
  if (!facts.some((f) => /^claimed_responsibility_for\(Islamic State → /.test(f)))
    throw new Error(facts.join("\n"));
});

test("present-tense and 'called' claims count; 'has not claimed' does not", () => {
  const live = run(
    "Gunmen attacked a hotel in Mogadishu on Friday. Al-Shabaab claims the attack on its radio station.",
  );
  if (!factsOf(live).some((f) => /^claimed_responsibility_for\(Al-Shabaab → /.test(f)))
    throw new Error(factsOf(live).join("\n"));
  const called = run(
    "A bomber blew himself up outside a bar in Lyon on Friday. Islamic State's Amaq agency later called him one of its soldiers.",
  );
  if (!factsOf(called).some((f) => /^claimed_responsibility_for\(Islamic State → /.test(f)))
    throw new Error(factsOf(called).join("\n"));
  const none = run(
    "A man stabbed two people in Hamburg on Friday. Islamic State has not claimed the attack.",
  );
  assertLacks(none, /^claimed_responsibility_for/);
});

test("'called him one of its soldiers' never makes the official quoted before a member", () => {
  const x = run(
    "A bomber blew himself up outside a bar in Lyon on Friday, Interior Minister Paul Garnier said. " +
      "Islamic State's Amaq agency later called him one of its soldiers.",
  );
  assertLacks(x, /^member_of\(Paul Garnier/);
});

test("a claim that names no act claims the report's one attack; denials, habits and absent claims do not", () => {
  const claims = (text: string) =>
    factsOf(run(`A car bomb killed eight people outside a hotel in Baidoa on Sunday. ${text}`)).filter((f) =>
      f.startsWith("claimed_responsibility_for"),
    );
  for (const text of [
    "The Al-Qaeda-linked group Al-Shabaab claimed responsibility in a statement.",
    "Al-Shabaab, which claimed responsibility, said more attacks would follow.",
    "Responsibility was claimed by Al-Shabaab in an online post.",
    "A claim of responsibility by Al-Shabaab could not be verified.",
  ])
    if (!claims(text).some((f) => /^claimed_responsibility_for\(Al-Shabaab → /.test(f)))
      throw new Error(`${text}\n${claims(text).join("\n")}`);
  for (const text of [
    "No group has claimed responsibility.",
    "Al-Shabaab has not claimed responsibility.",
    "Al-Shabaab denied responsibility.",
    "Police said Al-Shabaab often claims responsibility for such bombings.",
    "There was no claim of responsibility by Al-Shabaab.",
  ])
    if (claims(text).length > 0) throw new Error(`${text}\n${claims(text).join("\n")}`);
});

test("a hyphened pair of demonyms before a noun of citizenship gives both; before another noun, neither", () => {
  let x = run("Police said Karim Ouali, a dual French-Algerian national, had been under surveillance.");
  assertHas(x, "nationality(Karim Ouali → France)");
  assertHas(x, "nationality(Karim Ouali → Algeria)");
  x = run("Rami Saleh, a Lebanese-American doctor, was wounded in the blast.");
  assertLacks(x, /^nationality\(Rami Saleh/);
});

test("nationality from a clause of holding a citizenship", () => {
  let x = run("Karim Zaidi, who holds French citizenship, was arrested in Istanbul.");
  assertHas(x, "nationality(Karim Zaidi → France)");
  x = run("Karim Zaidi, who had dual Italian and Moroccan citizenship, was shot dead.");
  assertHas(x, "nationality(Karim Zaidi → Italy)");
  assertHas(x, "nationality(Karim Zaidi → Morocco)");
  x = run("Karim Zaidi, who had applied for French citizenship, was arrested.");
  assertLacks(x, /^nationality\(Karim Zaidi/);
  x = run("Karim Zaidi had lost his French passport.");
  assertLacks(x, /^nationality\(Karim Zaidi/);
});

test("a group that says its fighters seized or ambushed claims the report's attack", () => {
  assertHas(
    extractText(
      "Insurgents attacked the town of Mueda on Wednesday. The Islamic State said on Friday that its fighters had seized the town.",
      "2021-06-05",
    ),
    "claimed_responsibility_for(Islamic State → Mueda attack)",
  );
});
