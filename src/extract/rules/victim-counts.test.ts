import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// The dead counted in an event's own phrase. Our own sentences about invented events.

const run = (text: string) => extractText(text, "2021-06-05");

test("the count after a head of killing is its event's toll", () => {
  const x = run("The massacre of 31 villagers in the northern province on Monday shocked the country.");
  assertHas(x, "killed(attack → 31)");
  assertHas(x, "occurred_on(attack → 2021-05-31)");
  const y = run("The governor called the killing of 12 shoppers at a market on Thursday an act of terror.");
  assertHas(y, "killed(killing → 12)");
  assertHas(y, "occurred_on(killing → 2021-06-03)");
  const z = run("Officials condemned the killing of nine farmers near Bokkos on Tuesday.");
  assertHas(z, "killed(Bokkos killing → 9)");
});

test("no toll: a plot, a single victim, or several named victims", () => {
  assertLacks(run("Police said the cell had planned the massacre of 50 worshippers in Lyon."), /^killed/);
  assertLacks(
    run("The court blamed the group for the killings of two reporters, Ana Ruiz and Luis Mora."),
    /^killed\(.* → 2\)$/,
  );
  assertLacks(run("The killing of a policeman in Lyon on Friday shocked the city."), /→ 2\)$/);
});
