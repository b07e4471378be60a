import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// An earlier attack told as the time of the sentence's own. Our own sentences about invented events.

const run = (text: string) => extractText(text, "2021-06-05");

test("a clause after 'two days after' is an attack of its own, with its own toll and place", () => {
  const x = run(
    "A suicide bomber killed 14 people at a market in Bama on Thursday. The attack came two days after gunmen killed nine farmers in Gwoza.",
  );
  assertHas(x, "killed(Bama attack → 14)");
  assertHas(x, "killed(Gwoza attack → 9)");
  assertHas(x, "occurred_at(Gwoza attack → Gwoza)");
  assertLacks(x, /^killed\(Bama attack → 9\)$/);
  assertLacks(x, /^occurred_on\(Gwoza attack/);
});

test("the anchor's clause must tell of armed men or a weapon, and follow the sentence's event", () => {
  const x = run(
    "A suicide bomber killed 14 people at a market in Bama on Thursday. The attack came a week after heavy rains killed nine people in Gwoza.",
  );
  assertLacks(x, /Gwoza attack/);
});
