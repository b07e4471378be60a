import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Sentences written for these tests (none from the evaluation sets).
const run = (text: string) => extractText(text, "2021-06-05");

test("custody wordings put a person in a prison or a camp, never in a year", () => {
  assertHas(
    run("Tomas Novak was jailed at Pankrác prison in Prague."),
    "detained_at(Tomas Novak → Pankrác prison)",
  );
  assertHas(
    run("Salah Khalil remains in custody at Fleury-Mérogis prison."),
    "detained_at(Salah Khalil → Fleury-Mérogis prison)",
  );
  assertHas(
    run("Riduan Isamuddin has been incarcerated at Guantanamo Bay since 2006."),
    "detained_at(Riduan Isamuddin → Guantanamo Bay)",
  );
  assertLacks(run("Abu Qatada was jailed in 2002 and later deported to Jordan."), /^detained_at/);
});

test("'visited' is travel to the place right after it, unless denied", () => {
  assertHas(
    run("Tariq Aziz, who had visited Yemen twice, was placed under surveillance."),
    "traveled_to(Tariq Aziz → Yemen)",
  );
  assertLacks(run("Ahmed Kamal never visited Syria, his family said."), /^traveled_to/);
});

test("'who commanded' leads the group; 'an ally of' affiliates it", () => {
  assertHas(
    run("Mokhtar Belmokhtar, who commanded al-Mourabitoun, was reported killed in Libya."),
    "leader_of(Mokhtar Belmokhtar → al-Mourabitoun)",
  );
  assertHas(
    run("Ansar al-Islam, an ally of al-Qaeda, operated in northern Iraq."),
    "affiliated_with(Ansar al-Islam → al-Qaeda)",
  );
});

test("a fighter or operative of a group is its member; a fighter for a cause is not", () => {
  assertHas(
    run("Samir Haddad, a former fighter of Jabhat al-Nusra, was sentenced on Monday."),
    "member_of(Samir Haddad → Jabhat al-Nusra)",
  );
  assertHas(
    run("Salim Mansour, an operative of al-Qaeda in the Arabian Peninsula, was arrested in Aden."),
    "member_of(Salim Mansour → al-Qaeda in the Arabian Peninsula)",
  );
  assertLacks(run("The gunman, a fighter for freedom in his own eyes, killed three people."), /^member_of/);
});

test("journeys by road or air go to the place after the words", () => {
  assertHas(
    run("After the bombing, Tarek Ali drove to Marseille, where he was arrested."),
    "traveled_to(Tarek Ali → Marseille)",
  );
  assertHas(
    run("Nasser Badr boarded a flight to Istanbul on Monday."),
    "traveled_to(Nasser Badr → Istanbul)",
  );
  assertLacks(run("Police said Hakim Omar had not driven to Lyon."), /^traveled_to/);
});
