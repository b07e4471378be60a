import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { splitSentences } from "./sentences.js";

/** The sentences' texts, checked against their offsets. */
function split(text: string): string[] {
  const sentences = splitSentences(text);
  sentences.forEach((s, i) => {
    assert.equal(s.index, i);
    assert.ok(s.start < s.end, "non-empty");
    const body = text.slice(s.start, s.end);
    assert.equal(body, body.trim(), "no leading or trailing white space");
  });
  return sentences.map((s) => text.slice(s.start, s.end));
}

describe("splitSentences", () => {
  it("splits plain sentences ending in . ? !", () => {
    assert.deepEqual(split("The gunman was shot. Who sent him? Nobody knows!"), [
      "The gunman was shot.",
      "Who sent him?",
      "Nobody knows!",
    ]);
  });

  it("returns offsets into the text", () => {
    const text = "  Gen. J. R. Smith arrived.  He spoke.\n";
    assert.deepEqual(splitSentences(text), [
      { index: 0, start: 2, end: 27 },
      { index: 1, start: 29, end: 38 },
    ]);
  });

  it("returns nothing for empty or blank text", () => {
    assert.deepEqual(splitSentences(""), []);
    assert.deepEqual(splitSentences(" \n\t "), []);
  });

  it("keeps a final sentence without punctuation", () => {
    assert.deepEqual(split("One. Two"), ["One.", "Two"]);
  });

  it("does not split after titles and ranks", () => {
    assert.deepEqual(
      split("Gen. Haftar met Dr. Ali, Mr. Smith, Mrs. Jones, Lt. Col. Ahmed and St. John. They talked."),
      ["Gen. Haftar met Dr. Ali, Mr. Smith, Mrs. Jones, Lt. Col. Ahmed and St. John.", "They talked."],
    );
  });

  it("does not split inside U.S. and U.N. unless a sentence opener follows", () => {
    assert.deepEqual(split("The U.S. Embassy and U.N. officials left. They returned."), [
      "The U.S. Embassy and U.N. officials left.",
      "They returned.",
    ]);
    assert.deepEqual(split("Troops arrived from the U.S. The army said so."), [
      "Troops arrived from the U.S.",
      "The army said so.",
    ]);
  });

  it("does not split after initials", () => {
    assert.deepEqual(split("J. R. Smith and T. E. Lawrence wrote. Then they left."), [
      "J. R. Smith and T. E. Lawrence wrote.",
      "Then they left.",
    ]);
  });

  it("does not split after month abbreviations before a day", () => {
    assert.deepEqual(split("On Jan. 5 and Feb. 12, 2015, attacks occurred. On Sept. 3 too, etc. and more."), [
      "On Jan. 5 and Feb. 12, 2015, attacks occurred.",
      "On Sept. 3 too, etc. and more.",
    ]);
  });

  it("keeps decimals and numbers with commas", () => {
    assert.deepEqual(split("About 1,200 people fled. Prices rose 3.5 percent. The figure was 2."), [
      "About 1,200 people fled.",
      "Prices rose 3.5 percent.",
      "The figure was 2.",
    ]);
  });

  it("ends a sentence after a closing quote that follows the stop", () => {
    assert.deepEqual(split('"We will not stop," he said. "The fight goes on." Officials disagreed.'), [
      '"We will not stop," he said.',
      '"The fight goes on."',
      "Officials disagreed.",
    ]);
    assert.deepEqual(split("“It is over.” Police left."), ["“It is over.”", "Police left."]);
  });

  it("does not split a quoted question followed by its speaker", () => {
    assert.deepEqual(split('"Why now?" he asked. Nobody answered.'), [
      '"Why now?" he asked.',
      "Nobody answered.",
    ]);
  });

  it("treats ellipses as a boundary only before a capital", () => {
    assert.deepEqual(split("He paused... Then he spoke. It was ... strange… Really."), [
      "He paused...",
      "Then he spoke.",
      "It was ... strange…",
      "Really.",
    ]);
  });

  it("does not split on dashes", () => {
    assert.deepEqual(split("The attack -- the worst in years — killed 38. It was claimed."), [
      "The attack -- the worst in years — killed 38.",
      "It was claimed.",
    ]);
  });

  it("ends a sentence at a blank line", () => {
    assert.deepEqual(split("First paragraph without stop\n\nsecond paragraph"), [
      "First paragraph without stop",
      "second paragraph",
    ]);
  });

  it("ends a headline at a line break before a capitalised line", () => {
    assert.deepEqual(
      split("Tunisia gunman trained in Libya\nTUNIS (Reuters) - The gunman trained in Libya."),
      ["Tunisia gunman trained in Libya", "TUNIS (Reuters) - The gunman trained in Libya."],
    );
  });

  it("joins lines when the first line ends in a comma or a function word", () => {
    assert.deepEqual(split("The Prime Minister of\nTunisia said, on Friday,\nThat it was over."), [
      "The Prime Minister of\nTunisia said, on Friday,\nThat it was over.",
    ]);
  });

  it("joins hard-wrapped lines but still finds a short headline", () => {
    const text = [
      "Attack on the beach",
      "The gunman who killed tourists at a beach hotel in Sousse had trained",
      "in a camp in Libya at the same time as the two men who attacked the Bardo",
      "museum in Tunis, officials said on Tuesday, and Interior Ministry staff",
      "confirmed it.",
    ].join("\n");
    const out = split(text);
    assert.equal(out.length, 2);
    assert.equal(out[0], "Attack on the beach");
    assert.ok(out[1]!.startsWith("The gunman") && out[1]!.endsWith("confirmed it."));
  });

  it("handles Unicode letters and scripts without case", () => {
    assert.deepEqual(split("Sidi Bouzid est à l'écart. Le président parle. قال المسؤول. Fin."), [
      "Sidi Bouzid est à l'écart.",
      "Le président parle.",
      "قال المسؤول.",
      "Fin.",
    ]);
  });

  it("splits after ?! and repeated punctuation", () => {
    assert.deepEqual(split("Really?! Yes!!! (Quietly.) Done."), [
      "Really?!",
      "Yes!!!",
      "(Quietly.)",
      "Done.",
    ]);
  });
});
