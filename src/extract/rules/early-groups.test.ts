import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Groups that act before the report names its attack, on live-blog entries written for these tests.
const run = (text: string) => extractText(text, "2019-03-04");

test("gunmen seen taking hostages carried out the attack the blog names later", () => {
  const x = run(
    "09:10 Police say gunmen have taken hostages inside the Radisson hotel in Bamako. 11:30 At least 20 people were killed in the attack, officials say.",
  );
  // The taking of hostages is the event the blog's "the attack" names (implicit-events.ts).
  assertHas(x, "perpetrated(gunmen → Radisson hotel hostage-taking)");
  assertHas(x, "killed(Radisson hotel hostage-taking → 20)");
});

test("a bombing at a site first named after the gunmen acted is not theirs", () => {
  const x = run(
    "09:10 Gunmen have taken hostages inside a bank in Bamako. 10:00 A bomb exploded at the main bus station in Bamako. 11:30 At least 20 people were killed in the attack, officials say.",
  );
  assertLacks(x, /^perpetrated\(gunmen → .*bombing/);
});
