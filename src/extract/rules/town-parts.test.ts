import { describe, it } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

// Parts of towns named by the town; sentences written for these tests.
const run = (text: string, published = "2021-06-05") => extractText(text, published);

describe("parts a town's possessive owns", () => {
  it("takes a named district after a town's possessive as a place in the town, and the event's scene", () => {
    const x = run("A car bomb exploded in Mogadishu's Hodan district on Friday, killing five people.");
    assertHas(x, "located_in(Hodan district → Mogadishu)");
    assertHas(x, "occurred_at(Mogadishu bombing → Hodan district)");
    assertLacks(x, /^occurred_at\(.* → Mogadishu\)$/);
  });

  it("takes an unnamed part, placing the event in the part and the town", () => {
    const x = run("A truck bomb exploded in Kabul's diplomatic quarter on Friday, killing 90 people.");
    assertHas(x, "located_in(Kabul's diplomatic quarter → Kabul)");
    assertHas(x, "occurred_at(Kabul bombing → Kabul's diplomatic quarter)");
    assertHas(x, "occurred_at(Kabul bombing → Kabul)");
  });

  it("reads 'the city's' as the report's town, and a person's name there as the district's", () => {
    const x = run(
      "Police in Herat said a grenade attack in the city's Jebrael neighbourhood killed two people.",
    );
    assertHas(x, "located_in(Jebrael neighbourhood → Herat)");
    assertHas(x, "occurred_at(Herat attack → Jebrael neighbourhood)");
  });

  it("leaves a possessive that owns no part: a noun after the head, a country, no head", () => {
    const x = run("Kabul's district governor said Britain's southern area command was calm.");
    assertLacks(x, /^located_in\(/);
  });
});

describe("named sites a town's possessive owns", () => {
  it("takes a capitalised name and a site noun as a site, whatever the finder made of the name", () => {
    const x = run("A bomb exploded at the city's Dynamo stadium in Grozny on Sunday, killing the president.");
    assertHas(x, "located_in(Dynamo stadium → Grozny)");
    assertHas(x, "occurred_at(Grozny bombing → Dynamo stadium)");
    assertHas(x, "occurred_at(Grozny bombing → Grozny)");
  });

  it("leaves a people's adjective and a site noun that goes on", () => {
    const x = run("Police in Lagos guarded the city's Catholic cathedral on Friday.");
    assertLacks(x, /^located_in\(/);
  });

  it("leaves the heart of a town's district to the containment rules", () => {
    const x = run(
      "The siege at a café in Pitt Street, in the heart of Sydney's business district, ended on Friday.",
    );
    assertLacks(x, /business district/);
  });
});

describe("unnamed parts of a named town", () => {
  it("takes 'a residential area of X' as a place in X, and places the event in both", () => {
    const x = run(
      "Two people were killed when a bomb exploded in a residential area of Matsumoto on Friday.",
    );
    assertHas(x, "located_in(residential area of Matsumoto → Matsumoto)");
    assertHas(x, "occurred_at(Matsumoto bombing → residential area of Matsumoto)");
    assertHas(x, "occurred_at(Matsumoto bombing → Matsumoto)");
  });

  it("needs a modifier and a town: 'the area of Sousse', 'a northern part of the plan' are none", () => {
    const x = run("Police sealed off the area of Sousse and a northern part of the plan on Friday.");
    assertLacks(x, /^located_in\(/);
  });

  it("places an event in a named district of a town at the district", () => {
    const x = run("A bomb exploded in the Hodan district of Mogadishu on Friday, killing five people.");
    assertHas(x, "occurred_at(Hodan district bombing → Hodan district)");
    assertHas(x, "located_in(Hodan district → Mogadishu)");
    assertLacks(x, /^occurred_at\(.* → Mogadishu\)$/);
  });
});
