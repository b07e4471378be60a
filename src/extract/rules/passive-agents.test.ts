import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// The agents of passive verbs of harm, on sentences written for these tests.
const run = (text: string) => extractText(text, "2021-06-05");

test("the attackers after 'were killed by' carried out the counted killing", () => {
  const x = run("Two policemen were killed by gunmen in Maiduguri on Friday.");
  assertHas(x, "perpetrated(gunmen → Maiduguri attack)");
});

test("modifiers and an organisation's name before the attackers' noun", () => {
  const x = run("Five civilians were shot dead by suspected Boko Haram fighters in Gwoza on Friday.");
  assertHas(x, "perpetrated(suspected Boko Haram fighters → Gwoza attack)");
  assertHas(x, "member_of(suspected Boko Haram fighters → Boko Haram)");
});

test("a second figure between the verb and its 'by'", () => {
  const x = run("Four soldiers were killed and six wounded by al-Shabaab militants near Afgoye on Friday.");
  assertHas(x, "perpetrated(al-Shabaab militants → Afgoye attack)");
});

test("a force, a weapon or an attacker as victim gives no perpetrator", () => {
  assertLacks(run("Two soldiers were killed by a roadside bomb in Kidal on Friday."), /^perpetrated/);
  assertLacks(run("Three men were shot dead by police in Kano on Friday."), /^perpetrated\(police/);
  assertLacks(
    run("Two gunmen were killed by soldiers in Kano on Friday after an attack on a market."),
    /^perpetrated\(soldiers → .*attack/,
  );
});

test("uncounted men after 'by' are nobody's group", () => {
  assertLacks(run("Two farmers were killed by men in Benue on Friday."), /^perpetrated\(men/);
});
