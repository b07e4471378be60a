import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Titles written in front of a name (role-titles.ts, read by names.ts and span-repairs.ts), on
// sentences written for these tests (none from the evaluation sets).
const run = (text: string) => extractText(text, "2019-05-02");

test("a lowercase title with a place's body: the post, and the body named by place and noun", () => {
  const x = run("The suspect fled on foot, Leeds police chief Mark Collins said on Friday.");
  assertHas(x, "holds_position(Mark Collins → police chief)");
  assertHas(x, "official_of(Mark Collins → Leeds police)");
});

test("a named body inside a title: the whole title is the post, the body's part the role", () => {
  const x = run("Three soldiers were killed, Defence Ministry spokesman Ahmed Karimi told reporters.");
  assertHas(x, "holds_position(Ahmed Karimi → Defence Ministry spokesman)");
  assertHas(x, "official_of(Ahmed Karimi → Defence Ministry)");
  assertLacks(x, /^holds_position\(Ahmed Karimi → spokesman\)/);
});

test("titles of several words, with qualifiers, portfolios after 'of' and a people in front", () => {
  assertHas(
    run("Attorney General Loretta Lynch announced the charges."),
    "holds_position(Loretta Lynch → Attorney General)",
  );
  assertHas(
    run("Deputy Interior Minister Omar Haddad visited the wounded."),
    "holds_position(Omar Haddad → Deputy Interior Minister)",
  );
  assertHas(
    run("Minister of Defence Ruth Wanjiku said the border was closed."),
    "holds_position(Ruth Wanjiku → Minister of Defence)",
  );
  const german = run("German Chancellor Helmut Kohl condemned the bombing.");
  assertHas(german, "holds_position(Helmut Kohl → Chancellor)");
  assertLacks(german, /^holds_position\(Helmut Kohl → German/);
});

test("a title the recogniser took into an organisation's name leaves a person", () => {
  const x = run("US District Judge Amy Porter will hand down the sentence next month.");
  assertHas(x, "holds_position(Amy Porter → US District Judge)");
  assertLacks(x, /US District Judge Amy Porter/);
});

test("a capitalised common noun opening a sentence names no body, and plain words make no title", () => {
  const x = run("Police spokesman David Ochieng says the death toll has risen to 12.");
  assertHas(x, "holds_position(David Ochieng → Police spokesman)");
  assertLacks(x, /^official_of\(David Ochieng/);
  assertLacks(run("The crowd told reporters Mark Collins had fled."), /^holds_position/);
});

test("a denial does not reach past a contrasting 'but': the title after it stands, the denial still holds", () => {
  const x = run(
    "A bomb killed six people at a bus station in Quetta on Monday. " +
      "The group denied any role in the attack, but Interior Minister Sarfraz Bugti blamed it for the bombing.",
  );
  assertHas(x, "holds_position(Sarfraz Bugti → Interior Minister)");
  assertLacks(x, /^(perpetrated|claimed_responsibility_for)\(/);
});

test("titles of more than one word stay whole: 'Chief Executive X', 'Deputy Prime Minister X'", () => {
  const x = run(
    "Chief Executive Abdullah Abdullah escaped unhurt, and Deputy Prime Minister Nick Clegg spoke.",
  );
  assertHas(x, "holds_position(Abdullah Abdullah → Chief Executive)");
  assertHas(x, "holds_position(Nick Clegg → Deputy Prime Minister)");
});
