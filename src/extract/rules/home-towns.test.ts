import { test } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Home towns written beside a name, on sentences written for these tests (none from the evaluation sets).
const run = (text: string, published = "2021-03-10") => extractText(text, published);

test("'of' and 'from' after a name and an age, through a settlement phrase", () => {
  const x = run("Police named the driver as Daniel Price, 38, of the suburb of Fairview, near Boston.");
  assertHas(x, "resident_of(Daniel Price → Fairview)");
  const y = run("Officers arrested Thomas Keller, 29, from the eastern village of Oberried, on Sunday.");
  assertHas(y, "resident_of(Thomas Keller → Oberried)");
});

test("a description in apposition carries its 'from'", () => {
  const x = run("Samir Nasser, a taxi driver from the Leeds suburb of Beeston, was charged on Monday.");
  assertHas(x, "resident_of(Samir Nasser → Beeston)");
  const y = run(
    "Hakim Said, 33, a Frenchman of Algerian descent from nearby Trappes, was charged on Monday.",
  );
  assertHas(y, "resident_of(Hakim Said → Trappes)");
});

test("a person described by age carries the 'from' inside the description", () => {
  const x = run(
    "Danish police said a 27-year-old man from Kosovo was arrested over Friday's bombing in Aarhus.",
  );
  assertHas(x, "resident_of(27-year-old man from Kosovo → Kosovo)");
});

test("'both from' gives the place to each coordinated person", () => {
  const x = run(
    "Police named the two men as Karim Haddad and his brother Yanis Haddad, both from Vénissieux.",
  );
  assertHas(x, "resident_of(Karim Haddad → Vénissieux)");
  assertHas(x, "resident_of(Yanis Haddad → Vénissieux)");
});

test("a home town in apposition to a place", () => {
  const x = run("Rebels captured Omar Saleh near Misrata, his home town, on Thursday.");
  assertHas(x, "resident_of(Omar Saleh → Misrata)");
  const y = run("Ali Kassem was arrested on Monday in Schaerbeek, the Brussels district where he grew up.");
  assertHas(y, "resident_of(Ali Kassem → Schaerbeek)");
});

test("journeys and other people's origins are no home", () => {
  assertLacks(run("Karim Haddad, 31, who flew in from Paris, was arrested at the airport."), /resident_of/);
  assertLacks(
    run("A gunman wounded four members of a family from Hong Kong on a train near Würzburg."),
    /resident_of/,
  );
  assertLacks(run("Yanis Ferhat had travelled from northern Mali to Niamey in May."), /resident_of/);
});
