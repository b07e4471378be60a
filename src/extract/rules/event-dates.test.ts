import assert from "node:assert/strict";
import { test } from "node:test";
import { assertHas, assertLacks, extractText, factsBy, factsOf } from "./testing.js";

test("'earlier that day' and 'that morning' date the event the clause tells of", () => {
  const x = extractText(
    "Police said on Tuesday that a bomb had exploded at a market in Kampala that morning, killing four people.",
    "2021-11-17",
  );
  assertHas(x, "occurred_on(Kampala bombing → 2021-11-16)");
  const y = extractText(
    "The group said on Sunday that its fighters had carried out the bombing of a church in Jolo earlier that day.",
    "2019-01-28",
  );
  assert.ok(
    factsBy(y, "occurred_on").some((f) => f.endsWith("→ 2019-01-27")),
    factsBy(y, "occurred_on").join("\n"),
  );
});

test("a date past the main verb is not the date of what the subject is suspected of", () => {
  const x = extractText(
    "The man suspected of bombing a church in Jolo was arrested in Zamboanga on Friday.",
    "2019-02-04",
  );
  assertLacks(x, /occurred_on\(.*bombing → 2019-02-01\)/);
  // A date inside the suspected event's own phrase still dates it.
  const y = extractText(
    "The man suspected of the bombing of a church in Jolo on Sunday was arrested in Zamboanga on Friday.",
    "2019-02-04",
  );
  assertHas(y, "occurred_on(Jolo bombing → 2019-02-03)");
});

test("a date an arrest took does not date the attack its subject is suspected of", () => {
  for (const text of [
    "The gunman who carried out the shooting at a nightclub in Orlando was arrested on Friday in Miami.",
    "On Friday police arrested the man accused of the bombing of a market in Kampala.",
  ]) {
    const x = extractText(text, "2016-06-20");
    assertLacks(x, /^occurred_on\((?!arrest).* → 2016-06-17\)/);
    assert.ok(
      factsOf(x).some((f) => /^occurred_on\(arrest .* → 2016-06-17\)/.test(f)),
      factsOf(x).join("\n"),
    );
  }
});

test("an attack still takes a date its own clause gives when an arrest is told beside it", () => {
  const x = extractText(
    "A gunman killed four people at a bar in Nashville on Sunday, and a suspect was arrested on Monday.",
    "2018-04-24",
  );
  assert.ok(
    factsOf(x).some((f) => /^occurred_on\(.* → 2018-04-22\)/.test(f)),
    factsOf(x).join("\n"),
  );
});

test("an event that is the subject of an 'after' or 'before' clause takes that clause's date", () => {
  const x = extractText(
    "Police were searching on Tuesday for a man seen leaving a bag at the market minutes before a bomb exploded there on Monday evening, killing 12 people.",
    "2015-08-18",
  );
  assert.deepEqual(factsBy(x, "occurred_on"), ["bombing → 2015-08-17"]);
});

test("a bare event phrase after 'after', or a date past the anchor's clause, is not dated so", () => {
  const x = extractText(
    "Police were searching on Tuesday for a man seen minutes before a bomb exploded at the market, and arrested him on Monday evening, killing 12 people.",
    "2015-08-18",
  );
  assert.equal(
    factsBy(x, "occurred_on").some((f) => f.endsWith("2015-08-17")),
    false,
  );
});

test("a time of day or an 'earlier' before an opening date leaves it the sentence's frame", () => {
  assertHas(
    extractText(
      "Late on Friday, gunmen attacked a village in Yagha province, killing 20 people.",
      "2021-06-05",
    ),
    "occurred_on(Yagha province attack → 2021-06-04)",
  );
  assertHas(
    extractText("Early Sunday, a bomb exploded in a market in Kabul, killing 12 people.", "2021-06-05"),
    "occurred_on(Kabul bombing → 2021-05-30)",
  );
  assertHas(
    extractText(
      "Earlier this month, militants attacked a base in Borno state, killing 20 soldiers.",
      "2021-06-25",
    ),
    "occurred_on(Borno attack → 2021-06)",
  );
  // "Earlier in the month" is the month the story tells of, not the report's.
  const x = extractText("Earlier in the month, a car bomb killed 12 people in Peshawar.", "2009-11-04");
  assert.deepEqual(factsBy(x, "occurred_on"), []);
});

test("'late Friday', 'three days ago' and a bare weekday after the clause date its event", () => {
  assertHas(
    extractText("Gunmen killed 30 villagers in Kodyel late Friday, officials said.", "2021-06-05"),
    "occurred_on(Kodyel attack → 2021-06-04)",
  );
  assertHas(
    extractText("Gunmen attacked a convoy near Menaka three days ago, killing six soldiers.", "2021-06-05"),
    "occurred_on(Menaka attack → 2021-06-02)",
  );
  assertHas(
    extractText("A roadside bomb killed four soldiers in Kunar province Thursday morning.", "2021-06-05"),
    "occurred_on(Kunar province bombing → 2021-06-03)",
  );
});

test("a weekday that modifies a noun or bounds a span dates nothing", () => {
  const x = extractText(
    "Gunmen killed four people in Kunar province between Friday and Sunday, officials said.",
    "2021-06-05",
  );
  assertLacks(x, /occurred_on\(.* → 2021-06-04\)/);
  const y = extractText(
    "A bomb killed four worshippers at a mosque in Quetta after Friday prayers.",
    "2021-06-08",
  );
  assertLacks(y, /occurred_on/);
});

test("a date after a toll's rise dates the count, not the event", () => {
  const x = extractText("The death toll from the bombing in Kabul rose to 20 on Saturday.", "2021-06-05");
  assertLacks(x, /occurred_on/);
  // The event's own date in the same sentence still counts.
  assertHas(
    extractText("The death toll from Friday's bombing in Kabul rose to 20 on Saturday.", "2021-06-05"),
    "occurred_on(Kabul bombing → 2021-06-04)",
  );
});

test("a date that opens a coordinated clause dates that clause, not the event before it", () => {
  const x = extractText(
    "On Friday, a bomb exploded at a market in Kabul, and on Saturday gunmen attacked a checkpoint in Herat.",
    "2021-06-05",
  );
  assertLacks(x, /occurred_on\(Kabul bombing → 2021-06-05\)/);
});

test("a clock time may stand before a bare weekday or open the sentence before it", () => {
  for (const text of [
    "Gunmen killed 12 people in an attack on a market in Kidal at 8:30 a.m. Friday.",
    "Gunmen killed 12 people in an attack on a market in Kidal at about 9 p.m. Friday, police said.",
    "At around 10 a.m. on Friday, gunmen killed 12 people in an attack on a market in Kidal.",
  ]) {
    const x = extractText(text, "2021-06-05");
    assertHas(x, "occurred_on(Kidal attack → 2021-06-04)");
  }
  // A clock time alone opens no date for a later weekday that dates a saying.
  const y = extractText(
    "At 10 a.m. police said on Friday that the attack in Kidal killed 12 people.",
    "2021-06-05",
  );
  assert.deepEqual(factsBy(y, "occurred_on"), []);
});

test("a span that counts forward to no event leaves the date the clause's own", () => {
  const x = extractText(
    "Gunmen killed nine people in Kidal at 11 p.m. on Thursday, two days before the elections.",
    "2021-06-05",
  );
  assertHas(x, "occurred_on(Kidal attack → 2021-06-03)");
  // One that counts back from the date may date a state that began earlier.
  const y = extractText(
    "Gunmen were holding hundreds of people hostage in the hospital in Budyonnovsk on Thursday, a day after they attacked the police station.",
    "1995-06-15",
  );
  assert.ok(
    !factsBy(y, "occurred_on").some((f) => f.endsWith("1995-06-15")),
    factsBy(y, "occurred_on").join("\n"),
  );
});
