import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Attacks told by a passive verb. Our own sentences about invented events.

const run = (text: string) => extractText(text, "2021-06-05");

test("a target ambushed, attacked or overrun at a place: the event there, dated, with its toll", () => {
  const x = run("A military convoy was ambushed near Ayorou on Tuesday, killing four soldiers.");
  assertHas(x, "killed(Ayorou ambush → 4)");
  assertHas(x, "occurred_on(Ayorou ambush → 2021-06-01)");
  const y = run("A police station in Baqubah was attacked on Wednesday, leaving three officers dead.");
  assertHas(y, "killed(Baqubah attack → 3)");
  const z = run("The village of Kodyel was raided by Boko Haram on Wednesday night.");
  assertHas(z, "occurred_at(Kodyel attack → Kodyel)");
  assertHas(z, "perpetrated(Boko Haram → Kodyel attack)");
});

test("people abducted from a place, a target hit by a bomb, churches set ablaze", () => {
  const x = run("More than 80 pupils were abducted from a boarding school in Gusau on Friday.");
  assertHas(x, "occurred_at(Gusau abduction → Gusau)");
  assertHas(x, "occurred_on(Gusau abduction → 2021-06-04)");
  const y = run("A minibus was hit by a roadside bomb near Hilla on Thursday, killing 11 people.");
  assertHas(y, "killed(Hilla bombing → 11)");
  const z = run("Two churches in Zaria were set ablaze on Sunday.");
  assertHas(z, "occurred_on(Zaria attack → 2021-05-30)");
});

test("a vehicle driven into a crowd is an attack; into a garage, none", () => {
  const x = run("Three people were injured when a car was driven into pedestrians in Herford on Tuesday.");
  assertHas(x, "wounded(Herford attack → 3)");
  assertLacks(run("The car was driven into a garage in Herford on Tuesday."), /attack/);
});

test("no attack: words, markets, a country as a figure of speech, a future or denied act", () => {
  assertLacks(run("Shares in the company were hit by a sell-off in London on Friday."), /attack|bombing/);
  assertLacks(run("The company's offices in Nairobi were raided by regulators on Tuesday."), /attack/);
  assertLacks(run("The school was attacked by a swarm of bees in Kano on Friday."), /attack/);
  assertLacks(run("The coach was ambushed by reporters at the airport in Lagos on Friday."), /ambush/);
  assertLacks(run("The prime minister said Norway had been attacked."), /attack/);
  assertLacks(run("The town will be attacked if the army withdraws from Gao, residents fear."), /attack/);
  assertLacks(run("The convoy was not attacked near Gao, the army said."), /occurred_at/);
});
