import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Roads, edges of towns and distances that put an event near a town; sentences written for these tests.
const run = (text: string, published = "2021-06-05") => extractText(text, published);

test("an event on a road between two towns is near both", () => {
  const x = run(
    "A roadside bomb exploded on the road between Mopti and Djenne on Monday, killing two soldiers.",
  );
  assertHas(x, "occurred_at(bombing → Mopti)");
  assertHas(x, "occurred_at(bombing → Djenne)");
  const y = run(
    "Bandits ambushed a convoy on the highway between Zaria and Kano on Sunday, killing four travellers.",
  );
  assertHas(y, "occurred_at(a convoy ambush → Zaria)");
  assertHas(y, "occurred_at(a convoy ambush → Kano)");
});

test("an event on the outskirts of a town, on the road to it or some kilometres from it is near it", () => {
  const x = run("An explosion on the outskirts of Jalalabad killed three people on Tuesday.");
  assertHas(x, "occurred_at(explosion → Jalalabad)");
  const y = run("The ambush on the road to Tessalit killed two peacekeepers on Friday.");
  assertHas(y, "occurred_at(Tessalit ambush → Tessalit)");
  const z = run("The attack 15 kilometres south of Gao killed six civilians.");
  assertHas(z, "occurred_at(attack → Gao)");
});

test("no town from a road that no event is told on, nor a country", () => {
  const x = run(
    "The suspect, who lived on the outskirts of Lyon, was arrested on Friday after the attack in Nice.",
  );
  assertLacks(x, /^occurred_at\(.* → Lyon\)$/);
  const y = run("The ambush on the road to Niger killed four soldiers on Monday.");
  assertLacks(y, /^occurred_at\(.* → Niger\)$/);
});
