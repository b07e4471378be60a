import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { splitSentences } from "../text/sentences.js";
import { retypeNames } from "./name-retyping.js";
import type { NamedSpan } from "./named-span.js";

/** Runs the repairs on one text with the spans given as [text, label], found left to right. */
function retyped(text: string, names: [string, NamedSpan["label"]][]): string[] {
  let from = 0;
  const spans = names.map(([name, label]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: start + name.length, text: name, label };
  });
  return retypeNames(text, splitSentences(text), spans).map((s) => `${s.text}:${s.type ?? s.label}`);
}

describe("retypeNames", () => {
  it("makes a person-tagged name before a lowercase facility head a facility, head included", () => {
    assert.deepEqual(
      retyped("Crowds gathered around the Sona Kila palace on Monday.", [["Sona Kila", "PER"]]),
      ["Sona Kila palace:facility"],
    );
    // Not without "the", and not before a head that is no facility.
    assert.deepEqual(retyped("He met the Karim family on Monday.", [["Karim", "PER"]]), ["Karim:PER"]);
  });

  it("types one store of a chain after an article as a facility", () => {
    assert.deepEqual(retyped("Shots rang out at a busy Costco on Friday.", [["Costco", "ORG"]]), [
      "busy Costco:facility",
    ]);
    assert.deepEqual(retyped("The blast hit an Austin Costco on Friday.", [["Austin Costco", "ORG"]]), [
      "Austin Costco:ORG",
    ]);
    assert.deepEqual(retyped("He was shot at a Kroger supermarket.", [["Kroger", "ORG"]]), [
      "Kroger supermarket:facility",
    ]);
    // A demonym, a name used as a modifier, or no place preposition: no store.
    assert.deepEqual(retyped("He lived in a mostly Hispanic neighbourhood.", [["Hispanic", "MISC"]]), [
      "Hispanic:MISC",
    ]);
    assert.deepEqual(retyped("He was born to a Kroger family.", [["Kroger", "ORG"]]), ["Kroger:ORG"]);
    assert.deepEqual(retyped("They attacked at a mosque in Taizz.", [["Taizz", "LOC"]]), ["Taizz:LOC"]);
  });

  it("types names opened by a topographic word and compass banks as places", () => {
    assert.deepEqual(retyped("He came from Jebel Sahar, police said.", [["Jebel Sahar", "PER"]]), [
      "Jebel Sahar:location",
    ]);
    assert.deepEqual(retyped("Troops entered the East Bank.", [["East Bank", "ORG"]]), [
      "East Bank:location",
    ]);
    assert.deepEqual(retyped("He worked for the Western Bank.", [["Western Bank", "ORG"]]), [
      "Western Bank:ORG",
    ]);
  });

  it("keeps a street's number and types a joined park as a facility", () => {
    assert.deepEqual(retyped("The car stopped at 12 Lindenplein.", [["Lindenplein", "LOC"]]), [
      "12 Lindenplein:location",
    ]);
    assert.deepEqual(retyped("They met in 2004 Madrid.", [["Madrid", "LOC"]]), ["Madrid:LOC"]);
    assert.deepEqual(retyped("A bomb went off near Rosenpark.", [["Rosenpark", "LOC"]]), [
      "Rosenpark:facility",
    ]);
  });

  it("joins movement names and known names with a lowercase word", () => {
    assert.deepEqual(
      retyped("Harakat Ansar al-Din wal-Sunna claimed it.", [
        ["Ansar", "PER"],
        ["wal-Sunna", "LOC"],
      ]),
      ["Harakat Ansar al-Din wal-Sunna:organization"],
    );
    assert.deepEqual(
      retyped("Staff of Save the Children were hurt.", [
        ["Save", "LOC"],
        ["Children", "LOC"],
      ]),
      ["Save the Children:organization"],
    );
    // Two words after an opener are too few to be sure.
    assert.deepEqual(retyped("Jaish Omar said so.", [["Omar", "PER"]]), ["Omar:PER"]);
  });

  it("gives a sentence's first given name back to the person after it, but not a title", () => {
    assert.deepEqual(retyped("Lars Ostby Hansen was arrested.", [["Ostby Hansen", "PER"]]), [
      "Lars Ostby Hansen:person",
    ]);
    assert.deepEqual(retyped("Chancellor Ostby Hansen spoke.", [["Ostby Hansen", "PER"]]), [
      "Ostby Hansen:PER",
    ]);
  });

  it("retypes the other mentions of a retyped name", () => {
    assert.deepEqual(
      retyped("Police sealed the Sona Kila palace. Sona Kila reopened later.", [
        ["Sona Kila", "PER"],
        ["Sona Kila", "PER"],
      ]),
      ["Sona Kila palace:facility", "Sona Kila:facility"],
    );
  });
});

describe("collectives", () => {
  it("a name before 'clan', 'cartel' or 'sect' is an organisation with its head; an apposed sect says so too", () => {
    const text =
      "Police blamed the Zemun clan for the killing. Aum Shinrikyo, a religious sect, denied it. The Gulf cartel fought back.";
    assert.deepEqual(
      retyped(text, [
        ["Zemun", "LOC"],
        ["Aum Shinrikyo", "PER"],
        ["Gulf", "LOC"],
      ]),
      ["Zemun clan:organization", "Aum Shinrikyo:organization", "Gulf cartel:organization"],
    );
  });
  it("a known group keeps its own name", () => {
    const text = "Fighters of the Ansar al-Sharia militia attacked the compound.";
    assert.deepEqual(retyped(text, [["Ansar al-Sharia", "ORG"]]), ["Ansar al-Sharia:ORG"]);
  });
});
