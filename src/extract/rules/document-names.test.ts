import assert from "node:assert/strict";
import { test } from "node:test";
import { splitSentences } from "../text/sentences.js";
import { settleNames } from "./document-names.js";
import type { NamedSpan } from "./named-span.js";

/** What a recogniser might return: each `name/LABEL` found after the one before it. */
function spansOf(text: string, ...tagged: string[]): NamedSpan[] {
  let from = 0;
  return tagged.map((tag) => {
    const [name, label] = tag.split("/") as [string, NamedSpan["label"]];
    const start = text.indexOf(name, from);
    assert.ok(start >= 0, `${name} not in text after ${from}`);
    from = start + name.length;
    return { start, end: start + name.length, text: name, label, score: 0.9 };
  });
}

function settle(text: string, ...tagged: string[]) {
  return settleNames(text, splitSentences(text), spansOf(text, ...tagged)).map(
    (s) => `${s.text}/${s.type ?? s.label}`,
  );
}

test("a dateline's outlet is an organisation, in the dateline and in the credit line", () => {
  const text =
    "SOUSSE, June 27 (Maghreb Wire) - The toll rose to 39.\n(Reporting by Maghreb Wire staff; editing by the Tunis desk)";
  assert.deepEqual(settle(text, "SOUSSE/LOC", "Maghreb Wire/PER", "Maghreb Wire/PER", "Tunis/LOC"), [
    "SOUSSE/location",
    "Maghreb Wire/organization",
    "Maghreb Wire/organization",
    "Tunis/LOC",
  ]);
});

test("a dateline's outlet the recogniser missed is added", () => {
  const text = "LONDON/TUNIS, July 10 (Agency report) - Britain advised its citizens against travel.";
  assert.deepEqual(settle(text, "LONDON/LOC", "TUNIS/LOC", "Britain/LOC"), [
    "LONDON/location",
    "TUNIS/location",
    "Agency report/organization",
    "Britain/LOC",
  ]);
});

test("headings and lone common words name nothing; a place in a heading stays", () => {
  const text =
    "KEY JUDGEMENTS\n\nThe gunman trained in Libya.\n\nTUNISIA\n\nBy our Tunis staff Published 2015-03-19\n\nOUTLOOK\n\nMore attacks are likely.";
  assert.deepEqual(
    settle(
      text,
      "KEY JUDGEMENTS/ORG",
      "Libya/LOC",
      "TUNISIA/LOC",
      "Tunis/LOC",
      "Published/LOC",
      "OUTLOOK/ORG",
    ),
    ["Libya/LOC", "TUNISIA/LOC", "Tunis/LOC"],
  );
});

test("a person's span takes in the given name the recogniser left out", () => {
  const text = "Security forces killed nine militants, including Lokmane Abou Sakhr, on Saturday.";
  assert.deepEqual(settle(text, "Abou Sakhr/PER"), ["Lokmane Abou Sakhr/PER"]);
  const opening = "Seifiddine Rezgui Yacoubi, the 23-year-old, had not been on any watch list.";
  assert.deepEqual(settle(opening, "Rezgui Yacoubi/PER"), ["Seifiddine Rezgui Yacoubi/PER"]);
  // A common word or a title in front is not a name.
  const titled = "Officials said Prime Minister Habib Essid spoke. Yesterday Essid left.";
  assert.deepEqual(settle(titled, "Habib Essid/PER", "Essid/PER"), ["Habib Essid/PER", "Essid/PER"]);
});

test("an organisation head before 'of the' takes the span in: Presidency of the Republic", () => {
  const text = "Summary of an announcement by the Presidency of the Republic, Tunis, 4 July 2015.";
  assert.deepEqual(settle(text, "Republic/LOC", "Tunis/LOC"), [
    "Presidency of the Republic/organization",
    "Tunis/LOC",
  ]);
});

test("one type per name: a part of a person's name is the person, and the majority label wins", () => {
  const text =
    "Officials named Seifeddine Rezgui as the gunman. Rezgui had trained in Libya. Sahel Gate wrote. Sahel Gate said. Sahel Gate added.";
  const settled = settle(
    text,
    "Seifeddine Rezgui/PER",
    "Rezgui/LOC",
    "Libya/LOC",
    "Sahel Gate/ORG",
    "Sahel Gate/PER",
    "Sahel Gate/ORG",
  );
  assert.deepEqual(settled, [
    "Seifeddine Rezgui/PER",
    "Rezgui/person",
    "Libya/LOC",
    "Sahel Gate/organization",
    "Sahel Gate/organization",
    "Sahel Gate/organization",
  ]);
});
