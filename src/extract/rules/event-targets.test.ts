import assert from "node:assert/strict";
import { test } from "node:test";
import { extractText, factsBy } from "./testing.js";

// Events whose phrase names the person they struck. Our own sentences about invented attacks.

const attacked = (text: string, published = "2019-05-20") =>
  factsBy(extractText(text, published), "attacked");

test("an event named after its victim attacked that victim", () => {
  const x = attacked(
    "A court in Split convicted four men on Monday of the 2016 assassination of Mayor Ivo Marković.",
  );
  assert.ok(x.includes("assassination of Ivo Marković → Ivo Marković"), x.join("; "));
  // The victim's name may follow in an apposition.
  const y = attacked(
    "He was already serving 20 years for the murder of a former Croatian minister, Tomislav Perić.",
  );
  assert.ok(y.includes("murder of Tomislav Perić → Tomislav Perić"), y.join("; "));
});

test("no attack from a kidnapping, nor from an event a passive verb names", () => {
  assert.deepEqual(
    attacked("Police in Split arrested four men on Monday over the kidnapping of Ivo Marković."),
    [],
  );
  // "X was shot dead": whoever shot him is the attacker the sets take, not the event.
  assert.ok(
    !attacked("Mayor Ivo Marković was shot dead outside his home in Split on Monday.").some((f) =>
      f.startsWith("killing of"),
    ),
  );
});

test("an event told as the time of another names no target", () => {
  const x = attacked(
    "Ana Kovač, a member of the city council, was shot dead outside her home in Zadar on Thursday, less " +
      "than six months after the killing of Mayor Ivo Marković.",
  );
  assert.ok(!x.some((f) => f.endsWith("→ Ivo Marković")), x.join("; "));
});
