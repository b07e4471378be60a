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

test("a former commander of a unit was a member of it, not its leader now", () => {
  const x = run("Dragan Vasic, a former commander of the Scorpions Brigade, was arrested in Novi Sad.");
  assertHas(x, "holds_position(Dragan Vasic → former commander)");
  assertHas(x, "member_of(Dragan Vasic → Scorpions Brigade)");
  assertLacks(x, /leader_of\(Dragan Vasic/);
  const y = run("Dragan Vasic, the commander of the Scorpions Brigade, was arrested in Novi Sad.");
  assertHas(y, "leader_of(Dragan Vasic → Scorpions Brigade)");
});

test("a deputy mayor and a council speaker are posts in the body named after them", () => {
  const x = run("Rafael Ocampo, the vice-mayor of Cotabato, said the road was closed.");
  assertHas(x, "holds_position(Rafael Ocampo → vice-mayor)");
  assertHas(x, "official_of(Rafael Ocampo → Cotabato)");
});

test("two posts joined by 'and' are two positions", () => {
  const x = run(
    "Goran Pavic, a colonel and deputy commander of the Special Anti-Terrorist Unit, was detained in Nis.",
  );
  assertHas(x, "holds_position(Goran Pavic → colonel)");
  assertHas(x, "holds_position(Goran Pavic → deputy commander of the Special Anti-Terrorist Unit)");
  assertLacks(x, /holds_position\(Goran Pavic → colonel and/);
});

test("a list of people after a name and a relative's post are no posts of the person", () => {
  const x = run(
    "The hostages included Interior Minister Hector Ruiz, President Alan Garcia's brother Manuel and three envoys.",
  );
  assertLacks(x, /holds_position\(Hector Ruiz → President/);
  const y = run("Clara Ortiz, the governor's widow, laid flowers at the cathedral in Lima.");
  assertLacks(y, /holds_position\(Clara Ortiz/);
  // A post of his own after the possessive is still his.
  const z = run("Rehman Tariq, the prime minister's adviser on security, said patrols had been doubled.");
  assertHas(z, "holds_position(Rehman Tariq → prime minister's adviser on security)");
});
