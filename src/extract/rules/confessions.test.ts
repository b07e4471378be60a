import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Confessions, admissions and convictions; sentences written for these tests.
const run = (text: string) => extractText(text, "2021-06-05");

test("a named person who admits, confesses to or is convicted of an attack carried it out", () => {
  assertHas(
    run(
      "A man drove a truck into shoppers in Stockholm in April, killing five. Rakhim Aliev has admitted the attack, prosecutors said.",
    ),
    "perpetrated(Rakhim Aliev → Stockholm attack)",
  );
  assertHas(
    run(
      "A man stabbed three people at a festival in Solingen on Friday. Police later arrested Issa Hasan, 26, who has confessed to the attack.",
    ),
    "perpetrated(Issa Hasan → Solingen attack)",
  );
});

test("a denied, negated or acquitted confession, and 'admitted responsibility', give no perpetrator", () => {
  const x = run(
    "A gunman killed five people at a mall in Lima on Friday. Jorge Ruiz has not confessed to the attack, his lawyer said.",
  );
  assertLacks(x, /^perpetrated\(Jorge Ruiz/);
  const y = run(
    "A bomb killed 22 people at a concert hall in Dublin in 2019. Sean Walsh was later acquitted of the bombing.",
  );
  assertLacks(y, /^perpetrated\(Sean Walsh/);
  const z = run("A bomb killed four people in Kano. Ansaru admitted responsibility for the attack.");
  assertLacks(z, /^perpetrated\(Ansaru/);
});
