import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

const events = (text: string, published = "2019-05-04") =>
  extractText(text, published)
    .entities.filter((e) => e.type === "event")
    .map((e) => e.name);

test("an occasion before an event noun names the event, dated by the phrase and placed nowhere", () => {
  const x = extractText(
    "Detectives are still questioning witnesses to Saturday's Harbour Festival bombing, which wounded nine people.",
    "2019-05-06",
  );
  assertHas(x, "occurred_on(Harbour Festival bombing → 2019-05-04)");
  assertHas(x, "wounded(Harbour Festival bombing → 9)");
  assertLacks(x, /^occurred_at\(Harbour Festival bombing/);
});

test("a holiday names its event, its head canonical as elsewhere (shootings → attack)", () => {
  const x = extractText(
    "Prosecutors charged two men over the Christmas Eve shootings. The shootings killed four people.",
    "2019-01-10",
  );
  assert.deepEqual(
    x.entities.filter((e) => e.type === "event").map((e) => e.name),
    ["Christmas Eve attack"],
  );
  assertHas(x, "killed(Christmas Eve attack → 4)");
  assert.ok(!x.entities.some((e) => e.type === "person" && /Christmas/.test(e.name)));
});

test("a town after the occasion's event still places and names it", () => {
  assert.deepEqual(events("She survived the Bastille Day attack in Nice."), ["Nice attack"]);
});

test("an occasion alone is no event", () => {
  assert.deepEqual(events("The Harbour Festival drew thousands of visitors on Saturday."), []);
});

test("a group before the event noun is no occasion and no place", () => {
  const x = extractText("The Islamic State attack killed 12 soldiers.", "2019-05-04");
  assertLacks(x, /Islamic State attack/);
  assertLacks(x, /^occurred_at\(.* → Islamic State\)/);
});

test("a named site before the event noun places it there", () => {
  const x = extractText("Police sealed off the area after the Central Station bombing.", "2019-05-04");
  assertHas(x, "occurred_at(Central Station bombing → Central Station)");
});
