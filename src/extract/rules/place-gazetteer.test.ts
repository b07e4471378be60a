import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findPlace } from "./place-gazetteer.js";
import { assertHas, extractText } from "./testing.js";

describe("the place gazetteer", () => {
  it("knows countries, cities and first-level regions", () => {
    assert.equal(findPlace("Tunisia"), "country");
    assert.equal(findPlace("Gaafour"), "city");
    assert.equal(findPlace("North Carolina"), "region");
    assert.equal(findPlace("New South Wales"), "region");
    assert.equal(findPlace("Balochistan"), "region");
  });

  it("keeps a city that shares its name with its governorate a city", () => {
    assert.equal(findPlace("Tunis"), "city");
    assert.equal(findPlace("Sousse"), "city");
  });

  it("takes no region whose name is a common word", () => {
    assert.equal(findPlace("Rivers"), undefined);
    assert.equal(findPlace("Plateau"), undefined);
    assert.equal(findPlace("Lakes"), undefined);
  });

  it("types a two-word region as a place, not a person, and places a town in it", () => {
    const x = extractText(
      "The suspect was arrested on Thursday in Shelby, North Carolina, about 200 miles from the church.",
      "2015-06-19",
    );
    const region = x.entities.find((e) => e.name === "North Carolina");
    assert.equal(region?.type, "location");
    assertHas(x, "located_in(Shelby → North Carolina)");
  });

  it("joins a known place's name that the recogniser split in two", () => {
    const x = extractText("He lived in Texas before moving to New South Wales in 2014.", "2015-06-19");
    assert.ok(
      x.mentions.some((m) => m.text === "New South Wales"),
      x.mentions.map((m) => m.text).join("; "),
    );
    assert.ok(!x.entities.some((e) => e.name === "Wales"));
  });

  it("joins two places split at a lowercase particle, but not a place and an organisation", () => {
    const x = extractText(
      "Insurgents attacked the town of Mocímboa da Praia on Friday, killing dozens.",
      "2021-06-05",
    );
    assertHas(x, "occurred_at(Mocímboa da Praia attack → Mocímboa da Praia)");
    const y = extractText(
      "Officials in Lisbon said the Banco de Portugal had frozen the accounts.",
      "2021-06-05",
    );
    assert.ok(y.entities.some((e) => e.name === "Banco de Portugal" && e.type === "organization"));
  });
});

describe("regions news English names its own way", () => {
  it("knows short and English-named regions and areas: Ohio, Bavaria, Sinai, Kashmir", () => {
    for (const name of ["Ohio", "Utah", "Bavaria", "Lower Saxony", "Catalonia", "Sinai", "Kashmir"])
      assert.equal(findPlace(name), "region", name);
  });
});
