import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Posts in appositives, on sentences written for these tests (none from the evaluation sets).
const run = (text: string) => extractText(text, "2020-01-10");

test("a country at the head of an appositive post owns it, and the post is written without it", () => {
  const x = run("Bernard Cazeneuve, the French interior minister, visited the station on Friday.");
  assertHas(x, "holds_position(Bernard Cazeneuve → interior minister)");
  assertHas(x, "official_of(Bernard Cazeneuve → France)");
  const y = run("Colin Powell, the US Secretary of State, flew to Cairo on Tuesday.");
  assertHas(y, "holds_position(Colin Powell → Secretary of State)");
  assertHas(y, "official_of(Colin Powell → US)");
  assertLacks(y, /holds_position\(Colin Powell → US /);
});

test("a people's adjective that does not precede a post owns nothing", () => {
  const x = run("Ali Hassan, a Tunisian student, was arrested on Friday.");
  assertLacks(x, /official_of|holds_position/);
  const y = run("Sam Lee, the Chinese ambassador to Britain, spoke on Friday.");
  assertLacks(y, /official_of\(Sam Lee → China\)/);
});

test("a town that only qualifies the body's noun ('head of a Kano school') is not the body, nor part of the post", () => {
  const x = run("Ahmed Bello, head of a Kano school, was among the dead.");
  assertLacks(x, /official_of\(Ahmed Bello → Kano\)/);
  assertLacks(x, /holds_position\(Ahmed Bello → head of a\)/);
  const y = run("Ahmed Bello, the head of the Kano police, spoke on Friday.");
  assertLacks(y, /holds_position\(Ahmed Bello → head of the\)/);
});
