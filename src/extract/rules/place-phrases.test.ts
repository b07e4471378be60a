import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertHas, assertLacks, extractText } from "./testing.js";

const typeOf = (x: ReturnType<typeof extractText>, name: string) =>
  x.entities.find((e) => e.name === name)?.type;

describe("named districts", () => {
  it("takes a name between 'the', lowercase adjectives and a district noun as a place", () => {
    const x = extractText(
      "Gunmen stormed a mosque in the mainly Sunni Karrada Sharqiya neighbourhood of Baghdad on Friday.",
      "2019-03-02",
    );
    assertHas(x, "located_in(Karrada Sharqiya → Baghdad)");
  });

  it("takes a district with no town after it", () => {
    const x = extractText("Police searched a flat in the Rosenhof area on Monday.", "2019-03-02");
    assert.equal(typeOf(x, "Rosenhof"), "location");
  });

  it("leaves a town the gazetteer knows and an organisation before a camp", () => {
    const x = extractText(
      "Looters roamed the Paris area while the Green Party youth camp met.",
      "2019-03-02",
    );
    assert.equal(typeOf(x, "Paris area"), undefined);
    assert.notEqual(typeOf(x, "Green Party"), "location");
  });
});

describe("districts owned by a town", () => {
  it("places the old city of a town in the town, and takes the old city alone as a place", () => {
    const x = extractText(
      "Bombs went off in the old walled city of Fez. A curfew was imposed on the old city.",
      "2019-03-02",
    );
    assertHas(x, "located_in(old walled city of Fez → Fez)");
    assert.equal(typeOf(x, "old city"), "location");
  });

  it("reads 'the city of X' with no adjective as the town itself", () => {
    const x = extractText("Bombs went off in the city of Fez on Sunday.", "2019-03-02");
    assertLacks(x, /located_in\(city of Fez/);
  });
});

describe("street names with particles", () => {
  it("takes a street head, an elided particle and a name as a street", () => {
    const x = extractText("Shots were fired on the Boulevard d'Anvers in the city centre.", "2019-03-02");
    assert.equal(typeOf(x, "Boulevard d'Anvers"), "location");
  });

  it("takes 'Rue du' and 'Avenue de la' streets", () => {
    const x = extractText("A man was stabbed on Rue du Moulin near Avenue de la Gare.", "2019-03-02");
    assert.equal(typeOf(x, "Rue du Moulin"), "location");
  });

  it("needs a capitalised name after the particle", () => {
    const x = extractText("He walked down the avenue de nuit alone.", "2019-03-02");
    assert.ok(!x.entities.some((e) => /avenue/i.test(e.name)));
  });
});
