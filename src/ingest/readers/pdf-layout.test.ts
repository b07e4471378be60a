import assert from "node:assert/strict";
import { test } from "node:test";
import type { PositionedText } from "./pdf-layout.js";
import { pageText } from "./pdf-layout.js";

/** A run of 10-point text at (x, y); width is a rough 5 points a character. */
const run = (str: string, x: number, y: number, hasEOL = false, size = 10): PositionedText => ({
  str,
  transform: [size, 0, 0, size, x, y],
  width: str.length * size * 0.5,
  height: size,
  hasEOL,
});

test("cuts lines at hasEOL and where the baseline moves", () => {
  assert.equal(
    pageText([run("one", 72, 700, true), run("two", 72, 688), run("three", 72, 676)]),
    "one\ntwo\nthree",
  );
});

test("a wide gap between baselines starts a new paragraph", () => {
  const items = [
    run("a1", 72, 700),
    run("a2", 72, 688),
    run("a3", 72, 676),
    run("b1", 72, 652),
    run("b2", 72, 640),
  ];
  assert.equal(pageText(items), "a1\na2\na3\n\nb1\nb2");
});

test("the page's usual spacing sets the threshold, so double-spaced text stays one paragraph", () => {
  const items = [
    run("a1", 72, 700),
    run("a2", 72, 676),
    run("a3", 72, 652),
    run("a4", 72, 628),
    run("b1", 72, 580),
  ];
  assert.equal(pageText(items), "a1\na2\na3\na4\n\nb1");
});

test("a baseline moving up (a new column) starts a new paragraph", () => {
  assert.equal(pageText([run("left", 72, 100), run("right", 320, 700)]), "left\n\nright");
});

test("runs on one line join, with a space where there is a visible gap", () => {
  const items = [run("Bardo", 72, 700), run("museum", 72 + 25 + 4, 700), run("'s", 72 + 25 + 4 + 30, 700)];
  assert.equal(pageText(items), "Bardo museum's");
});

test("a superscript's small shift stays on the line", () => {
  assert.equal(
    pageText([run("note", 72, 700), run("1", 92, 703, false, 6), run(" ends", 95, 700)]),
    "note1 ends",
  );
});

test("empty runs leave nothing behind; the blank line they stand on reads as a paragraph break", () => {
  assert.equal(pageText([]), "");
  assert.equal(pageText([run("", 72, 700, true), run("  ", 72, 688, true)]), "");
  assert.equal(
    pageText([run("text", 72, 700, true), run("", 72, 688, true), run("more", 72, 676)]),
    "text\n\nmore",
  );
});
