import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

test("a lone toll after a shootout with police is the attack's, not the shootout's", () => {
  const x = extractText(
    "A gunman killed nine people at a shopping centre in Munich on Friday. He was killed two hours later in a shootout with police. Sixteen people were wounded.",
    "2016-07-23",
  );
  assertHas(x, "wounded(Munich attack → 16)");
  assertLacks(x, /wounded\(shootout/);
  // A toll in the shootout's own sentence stays its own.
  const y = extractText(
    "A gunman killed nine people at a shopping centre in Munich on Friday. Two officers were wounded in the shootout that followed.",
    "2016-07-23",
  );
  assertLacks(y, /wounded\(Munich attack → 2\)/);
});

test("a lone toll goes to the lead attack when it was last named only as a time anchor", () => {
  const x = extractText(
    "A gunman killed 12 people at a nightclub in Istanbul early on Sunday, officials said. Police arrested a suspect about two days after the attack began. Seventy people were wounded.",
    "2017-01-02",
  );
  assertHas(x, "wounded(Istanbul attack → 70)");
  // A force's operation is no lead attack.
  const y = extractText(
    "French police shot dead a man in Toulouse on Sunday, officials said. Seventy people were wounded.",
    "2017-01-02",
  );
  assertLacks(y, /wounded\(.* → 70\)/);
});
