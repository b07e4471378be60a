import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tokenize } from "./tokens.js";

/** The tokens' texts, checked against their offsets. */
function toks(text: string, start?: number, end?: number): string[] {
  const tokens = tokenize(text, start, end);
  let last = start ?? 0;
  for (const t of tokens) {
    assert.equal(text.slice(t.start, t.end), t.text, `offsets of ${t.text}`);
    assert.ok(t.start >= last, "tokens in order, not overlapping");
    assert.equal(t.text.trim(), t.text, "no white space in a token");
    last = t.end;
  }
  return tokens.map((t) => t.text);
}

describe("tokenize", () => {
  it("splits punctuation off words", () => {
    assert.deepEqual(toks("Officials in Tunis said: the gunman, 23, was shot."), [
      "Officials",
      "in",
      "Tunis",
      "said",
      ":",
      "the",
      "gunman",
      ",",
      "23",
      ",",
      "was",
      "shot",
      ".",
    ]);
  });

  it("keeps offsets and honours a start and end", () => {
    const text = "One. Two words here.";
    const tokens = tokenize(text, 5, 20);
    assert.deepEqual(tokens[0], { text: "Two", start: 5, end: 8 });
    assert.deepEqual(tokens.at(-1), { text: ".", start: 19, end: 20 });
    assert.deepEqual(toks(text, 5, 14), ["Two", "words"]);
  });

  it("keeps acronyms, titles and initials with their stop", () => {
    assert.deepEqual(toks("The U.S. and U.N. met Gen. Haftar and J. R. Smith on Jan. 5 at 3 p.m. today"), [
      "The",
      "U.S.",
      "and",
      "U.N.",
      "met",
      "Gen.",
      "Haftar",
      "and",
      "J.",
      "R.",
      "Smith",
      "on",
      "Jan.",
      "5",
      "at",
      "3",
      "p.m.",
      "today",
    ]);
  });

  it("splits a sentence-final stop off an ordinary abbreviation but not off an acronym", () => {
    assert.deepEqual(toks("guns, knives etc."), ["guns", ",", "knives", "etc", "."]);
    assert.deepEqual(toks("He flew to the U.S."), ["He", "flew", "to", "the", "U.S."]);
  });

  it("keeps hyphenated words whole", () => {
    assert.deepEqual(toks("Ansar al-Sharia's 23-year-old recruit, a self-styled emir"), [
      "Ansar",
      "al-Sharia",
      "'s",
      "23-year-old",
      "recruit",
      ",",
      "a",
      "self-styled",
      "emir",
    ]);
  });

  it("splits possessives and clitics as the Penn Treebank does", () => {
    assert.deepEqual(toks("Rezgui's father didn't know, they're sure; O'Brien’s men can't"), [
      "Rezgui",
      "'s",
      "father",
      "did",
      "n't",
      "know",
      ",",
      "they",
      "'re",
      "sure",
      ";",
      "O'Brien",
      "’s",
      "men",
      "ca",
      "n't",
    ]);
  });

  it("keeps numbers with commas, decimals, times and dates", () => {
    assert.deepEqual(toks("1,200 people, 3.5% more, at 12:30 on 1996-08-22, cost $4.5 million (-2)"), [
      "1,200",
      "people",
      ",",
      "3.5",
      "%",
      "more",
      ",",
      "at",
      "12:30",
      "on",
      "1996-08-22",
      ",",
      "cost",
      "$",
      "4.5",
      "million",
      "(",
      "-2",
      ")",
    ]);
  });

  it("splits quotes and brackets", () => {
    assert.deepEqual(toks("\"We will fight,\" he said (in Arabic). “Never” [sic] 'quoted'"), [
      '"',
      "We",
      "will",
      "fight",
      ",",
      '"',
      "he",
      "said",
      "(",
      "in",
      "Arabic",
      ")",
      ".",
      "“",
      "Never",
      "”",
      "[",
      "sic",
      "]",
      "'",
      "quoted",
      "'",
    ]);
  });

  it("keeps ellipses and double dashes as one token", () => {
    assert.deepEqual(toks("wait... then -- nothing…"), ["wait", "...", "then", "--", "nothing", "…"]);
  });

  it("handles accented Latin and Arabic script", () => {
    assert.deepEqual(toks("Béja, Médenine and Kasserine; الدولة الإسلامية في العراق."), [
      "Béja",
      ",",
      "Médenine",
      "and",
      "Kasserine",
      ";",
      "الدولة",
      "الإسلامية",
      "في",
      "العراق",
      ".",
    ]);
    // Combining marks stay with their letter.
    assert.deepEqual(toks("Cafe\u0301 du Monde"), ["Cafe\u0301", "du", "Monde"]);
  });

  it("keeps URLs and e-mail addresses whole", () => {
    assert.deepEqual(toks("See https://example.org/a?b=1. Mail press@example.org now"), [
      "See",
      "https://example.org/a?b=1",
      ".",
      "Mail",
      "press@example.org",
      "now",
    ]);
  });

  it("does not split characters outside the basic plane", () => {
    assert.deepEqual(toks("ok 😀 fine"), ["ok", "😀", "fine"]);
  });

  it("returns nothing for white space", () => {
    assert.deepEqual(tokenize("  \n "), []);
  });
});
