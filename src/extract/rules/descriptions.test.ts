import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Unnamed people described by what they did; sentences written for these tests.
const run = (text: string, published = "2015-03-22") => extractText(text, published);

test("a new indefinite attacker of another kind is someone new, with his own attack", () => {
  const x = run(
    "A gunman opened fire in a mall in Dayton on Saturday, killing 10 people. A suicide bomber struck two mosques in Sanaa on Friday, killing 140.",
  );
  assertHas(x, "perpetrated(Dayton gunman → Dayton attack)");
  assertHas(x, "perpetrated(Sanaa bomber → Sanaa attack)");
  assertLacks(x, /^perpetrated\(Dayton gunman → Sanaa/);
});

test("the same attacker described twice with an indefinite article stays one man", () => {
  const x = run(
    "A gunman opened fire in a mall in Dayton on Saturday, killing 10 people. Witnesses said a gunman in a black mask walked from shop to shop.",
  );
  assertLacks(x, /^perpetrated\(.* → (?!Dayton attack)/);
  assertHas(x, "perpetrated(Dayton gunman → Dayton attack)");
});

test("a name with the attacker's own word apposed is the report's unnamed attacker", () => {
  const x = run(
    "A gunman killed five people at a school in Ardmore on Tuesday. Dale Hollis, the gunman, was shot dead by police.",
  );
  assertHas(x, "perpetrated(Dale Hollis → Ardmore attack)");
  // Another word after the name says who he was, not that he did it.
  const y = run(
    "A gunman killed five people at a school in Ardmore on Tuesday. Dale Hollis, the principal, was among the dead.",
  );
  assertLacks(y, /^perpetrated\(Dale Hollis/);
});

test("'The attacker, a 28-year-old named X,' names the report's attacker; a victim so named does not", () => {
  const x = extractText(
    "A gunman killed 51 people at two mosques in Dunedin on Friday. The attacker, a 28-year-old named Brent Tallis, was arrested.",
    "2021-06-05",
  );
  assertHas(x, "perpetrated(Brent Tallis → Dunedin attack)");
  const y = extractText(
    "A gunman killed 51 people at two mosques in Dunedin on Friday. One victim, a 28-year-old named Omar Said, was buried on Saturday.",
    "2021-06-05",
  );
  assertLacks(y, /^perpetrated\(Omar Said/);
});
