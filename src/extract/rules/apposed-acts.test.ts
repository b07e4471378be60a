import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// A described person whose act follows an apposition; sentences written for these tests.
const run = (text: string) => extractText(text, "2021-06-05");

test("a description past its apposition doing an attacker's act carried out the attack", () => {
  assertHas(
    run(
      "The suspect, a 22-year-old from Tunis, drove a truck into a crowd in Marseille on Thursday, killing five.",
    ),
    "perpetrated(Marseille suspect → Marseille attack)",
  );
  assertHas(
    run(
      "The man, a 45-year-old from Leeds, drove a van into worshippers outside a mosque in London on Monday.",
    ),
    "perpetrated(London man → London attack)",
  );
});

test("a description past its apposition that undergoes an act is no attacker", () => {
  const x = run(
    "A car bomb exploded outside a hotel in Mogadishu on Friday. The suspect, a 22-year-old from Kismayo, was arrested on Saturday.",
  );
  assertLacks(x, /^perpetrated\(Mogadishu suspect/);
  const y = run(
    "A gunman killed five people at a school in Kazan on Tuesday. The teacher, a mother of two, was shot in the corridor.",
  );
  assertLacks(y, /^perpetrated\(Kazan teacher/);
});
