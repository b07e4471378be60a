// An attacker described first and named later: the name takes over the attacker's acts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText, factsOf } from "./testing.js";

const run = (text: string) => extractText(text, "2019-05-04");

test("'Police named him as X' names the report's one unnamed attacker", () => {
  const x = run(
    "A gunman opened fire at a market in Lyon on Friday, killing three people. Police named him as Karim Benaissa.",
  );
  assertHas(x, "perpetrated(Karim Benaissa → Lyon attack)");
});

test("'identified her as X' names a woman who blew herself up", () => {
  const x = run(
    "A woman blew herself up at a checkpoint in Kano on Friday, killing six people. Police identified her as Aisha Bello.",
  );
  assertLacks(x, /^perpetrated\(Kano woman/);
  assertHas(x, "perpetrated(Aisha Bello → Kano attack)");
});

test("'police named him as a suspect' puts no name to anyone", () => {
  const x = run(
    "A gunman opened fire at a market in Lyon on Friday, killing three people. Police named him as a suspect in an earlier robbery.",
  );
  assertLacks(x, /^perpetrated\((?!Lyon gunman)/);
});

test("'The shooter, identified as X,' and 'The gunman, named by authorities as X,'", () => {
  assertHas(
    run(
      "A gunman killed five people at a bar in Graz on Friday. The shooter, identified as Tomas Berger, was arrested.",
    ),
    "perpetrated(Tomas Berger → Graz attack)",
  );
  assertHas(
    run(
      "A gunman killed five people at a bar in Graz on Friday. The gunman, named by authorities as Tomas Berger, was arrested.",
    ),
    "perpetrated(Tomas Berger → Graz attack)",
  );
});

test("an age or demonym between 'as' and the name", () => {
  const x = run(
    "A gunman killed five people at a bar in Graz on Friday. The gunman, named by authorities as 22-year-old Tomas Berger, was arrested.",
  );
  assertHas(x, "perpetrated(Tomas Berger → Graz attack)");
  assertHas(x, "age(Tomas Berger → 22)");
  const y = run(
    "A gunman killed five people at a bar in Graz on Friday. Police named the attacker as Tunisian-born Karim Benaissa.",
  );
  // The recogniser may keep the demonym in the name; the act is put to the named man either way.
  assert.ok(
    factsOf(y).some((f) => /^perpetrated\((?:Tunisian-born )?Karim Benaissa → Graz attack\)$/.test(f)),
  );
});

test("'The driver was later identified as X' after 'A man drove a truck into …'", () => {
  const x = run(
    "A man drove a truck into a crowd in Hamburg on Friday, killing nine people. The driver was later identified as Jonas Keller.",
  );
  assertHas(x, "perpetrated(Jonas Keller → Hamburg attack)");
});

test("'X, the man police say drove the truck,' is the attacker", () => {
  const x = run(
    "A man drove a truck into a crowd in Hamburg on Friday, killing nine people. Jonas Keller, the man police say drove the truck, was arrested.",
  );
  assertHas(x, "perpetrated(Jonas Keller → Hamburg attack)");
});

test("a victim 'identified as' does not become the attacker", () => {
  const victim = run(
    "A gunman shot a man dead outside a mosque in Lyon on Friday. Police named him as Karim Benaissa.",
  );
  assertLacks(victim, /^perpetrated\(Karim Benaissa/);
  const killed = run(
    "A gunman opened fire at a market in Lyon on Friday. The man killed was identified as Karim Benaissa.",
  );
  assertLacks(killed, /^perpetrated\(Karim Benaissa/);
  const she = run(
    "A gunman opened fire at a market in Lyon on Friday, killing a woman. She was identified as Marie Dupont.",
  );
  assertLacks(she, /^perpetrated\(Marie Dupont/);
});
