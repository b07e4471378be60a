import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Sentences written for these tests (none from the evaluation sets).
const run = (text: string) => extractText(text, "2019-05-10");

test("an apposed parent's alliance or affiliate: the host is affiliated with the parent", () => {
  assertHas(
    run("Jama'at Nusrat al-Islam wal-Muslimin, al-Qaeda's main ally in Mali, said it attacked the base."),
    "affiliated_with(Jama'at Nusrat al-Islam wal-Muslimin → al-Qaeda)",
  );
  assertHas(
    run("Al-Shabaab, the al-Qaeda affiliate in Somalia, said its fighters stormed the hotel."),
    "affiliated_with(Al-Shabaab → al-Qaeda)",
  );
});

test("an apposed organisation that is no part of the host gives no affiliation", () => {
  const x = run("Al-Shabaab, al-Qaeda's rival in the region, said its fighters stormed the hotel.");
  assertLacks(x, /^affiliated_with\(Al-Shabaab/);
});

test("an -linked compound ties the apposition's host or the name after it", () => {
  assertHas(
    run("Police shot dead Abu Hamza, an al-Qaeda-linked commander in the hills, on Monday."),
    "affiliated_with(Abu Hamza → al-Qaeda)",
  );
  assertHas(
    run("The army blamed the al-Qaeda-linked Uqba bin Nafi Brigade for the ambush."),
    "affiliated_with(Uqba bin Nafi Brigade → al-Qaeda)",
  );
});

test("a compound on an unknown word is no affiliation", () => {
  assertLacks(run("Officials named Abu Hamza, a gang-linked smuggler, as the driver."), /^affiliated_with/);
});

test("a participle with an adjunct before its agent, and after a preposition, gives the leader", () => {
  assertHas(
    run("The Pakistani Taliban, led since March by Mullah Fazlullah, said they carried out the raid."),
    "leader_of(Mullah Fazlullah → Taliban)",
  );
  assertHas(
    run("The raid was claimed by al-Mourabitoun, led by Mokhtar Belmokhtar, on Tuesday."),
    "leader_of(Mokhtar Belmokhtar → al-Mourabitoun)",
  );
});

test("a raid led by an officer leads no group", () => {
  const x = run("Police stormed the house on Monday, led by Colonel Ahmed Samir.");
  assertLacks(x, /^leader_of/);
});

test("a described fighter of a known group is a member, under its spelled-out name", () => {
  const x = run("Islamic State's news agency said an IS fighter carried out the stabbing.");
  assertHas(x, "member_of(an IS fighter → Islamic State)");
  assertHas(
    run("Police arrested a Pakistani Taliban commander in Karachi on Sunday."),
    "member_of(a Pakistani Taliban commander → Taliban)",
  );
});

test("a police commander is no member of an armed group", () => {
  assertLacks(run("A police commander was wounded in Karachi on Sunday."), /^member_of/);
});

test("a described group's leader named in apposition leads it", () => {
  const x = run("Armed men seized a school in Beslan. The gunmen's leader, Ruslan Khuchbarov, was killed.");
  assertHas(x, "leader_of(Ruslan Khuchbarov → armed men)");
  assertLacks(run("The gunmen's car, a white Toyota, was found."), /^leader_of/);
});

test("a person linked to a group is the subject, not a group named before", () => {
  const x = run(
    "Police said one of the three attackers was a man linked to the Kurdistan Workers' Party (PKK).",
  );
  assertHas(x, "affiliated_with(a man → Kurdistan Workers' Party)");
  assertLacks(x, /^affiliated_with\(three attackers/);
});
