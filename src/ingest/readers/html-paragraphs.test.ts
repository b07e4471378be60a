import assert from "node:assert/strict";
import { test } from "node:test";
import { JSDOM } from "jsdom";
import { paragraphsOf } from "./html-paragraphs.js";

const text = (html: string): string => paragraphsOf(new JSDOM(`<body>${html}</body>`).window.document.body);

test("block elements become paragraphs separated by a blank line", () => {
  assert.equal(
    text("<h2>Title</h2><p>One.</p><div>Two.</div><blockquote>Three.</blockquote>"),
    "Title\n\nOne.\n\nTwo.\n\nThree.",
  );
});

test("inline elements stay inside their paragraph and white space collapses", () => {
  assert.equal(
    text("<p>  The <b>Bardo</b>\n   <i>museum</i>,\treopened. </p>"),
    "The Bardo museum, reopened.",
  );
});

test("<br> is a line break inside a paragraph", () => {
  assert.equal(text("<p>Line one<br>Line two <br/> Line three</p>"), "Line one\nLine two\nLine three");
});

test("list items and table rows are paragraphs; cells of a row are kept apart", () => {
  assert.equal(text("<ul><li>First</li><li>Second</li></ul>"), "First\n\nSecond");
  assert.equal(
    text("<table><tr><td>Killed</td><td>38</td></tr><tr><th>Injured</th><td>39</td></tr></table>"),
    "Killed 38\n\nInjured 39",
  );
});

test("text beside a nested block is its own paragraph", () => {
  assert.equal(
    text("<div>Lead text<p>Inner paragraph</p>tail text</div>"),
    "Lead text\n\nInner paragraph\n\ntail text",
  );
});

test("scripts, styles and templates are not text", () => {
  assert.equal(
    text("<p>Kept</p><script>var x = 1;</script><style>p{}</style><noscript>Enable JS</noscript>"),
    "Kept",
  );
});

test("empty blocks leave no extra blank lines", () => {
  assert.equal(text("<p>One</p><p> </p><div><p></p></div><p>Two</p>"), "One\n\nTwo");
});
