import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import type { ReadOutcome } from "../report.js";
import { readJsonl } from "./jsonl.js";

const fixture = (name: string): Uint8Array =>
  readFileSync(new URL(`../../../test/fixtures/readers/${name}`, import.meta.url));
const lines = (...records: string[]): Uint8Array => new TextEncoder().encode(records.join("\n"));

/** Each outcome as one line: the report's origin and text, or the error's code and message. */
function summary(outcomes: ReadOutcome[]): string[] {
  return outcomes.map((o) =>
    o.ok ? `${o.report.origin} = ${o.report.text}` : `${o.error.code} ${o.error.message}`,
  );
}

describe("readJsonl", () => {
  const outcomes = readJsonl("batch.jsonl", fixture("batch.jsonl"));

  test("gives one outcome per non-blank line, named by its 1-based line number", () => {
    assert.deepEqual(
      outcomes.map((o) => (o.ok ? o.report.origin : o.origin)),
      ["batch.jsonl:1", "batch.jsonl:3", "batch.jsonl:4"],
    );
  });

  test("a broken line is a bad record naming the line; the others still come through", () => {
    const [first, broken, third] = outcomes;
    assert.ok(first?.ok && third?.ok);
    assert.ok(broken && !broken.ok);
    assert.equal(broken.error.code, "TESSERA_BAD_RECORD");
    assert.match(broken.error.message, /^batch\.jsonl:3: not valid JSON \([^\n]+\)$/);
  });

  test("carries the record's metadata, with format jsonl", () => {
    const first = outcomes[0];
    assert.ok(first?.ok);
    assert.deepEqual(first.report, {
      origin: "batch.jsonl:1",
      format: "jsonl",
      text: "Police in Tunis arrested nine suspects linked to the museum attack.",
      meta: {
        title: "Arrests after Bardo attack",
        published: "2015-03-20",
        source: "Example Wire",
        reliability: "B",
        tlp: "TLP:GREEN",
        language: "en",
      },
    });
  });

  test("a line with html is read as a page; the line's own fields win over the page's", () => {
    const page = outcomes[2];
    assert.ok(page?.ok);
    assert.equal(
      page.report.text,
      "Les autorités ont renforcé la sécurité sur les plages.\n\nDes policiers armés patrouillent désormais.",
    );
    assert.deepEqual(page.report.meta, {
      title: "Plage de Sousse",
      language: "fr",
      source: "Exemple Presse",
    });
  });

  test("names what is wrong with each kind of bad record", () => {
    const result = readJsonl(
      "b.jsonl",
      lines(
        `["an", "array"]`,
        `"just a string"`,
        `{"title": "No text here"}`,
        `{"text": "   "}`,
        `{"text": 42}`,
        `{"text": "Fine.", "published": 2015}`,
        `{"html": "<p> </p>"}`,
        `{"text": "Kept.", "title": null, "extra": {"ignored": true}}`,
      ),
    );
    assert.deepEqual(summary(result), [
      "TESSERA_BAD_RECORD b.jsonl:1: a record must be a JSON object, not an array",
      "TESSERA_BAD_RECORD b.jsonl:2: a record must be a JSON object, not a string",
      'TESSERA_BAD_RECORD b.jsonl:3: record has no "text" (or "html") field',
      "TESSERA_BAD_RECORD b.jsonl:4: record has an empty text",
      'TESSERA_BAD_RECORD b.jsonl:5: "text" must be a string, not a number',
      'TESSERA_BAD_RECORD b.jsonl:6: "published" must be a string, not a number',
      "TESSERA_EMPTY_DOCUMENT b.jsonl:7: empty document (the page has no text)",
      "b.jsonl:8 = Kept.",
    ]);
  });

  test("text wins when a line has both text and html", () => {
    const [only] = readJsonl("b.jsonl", lines(`{"text": "Plain.", "html": "<p>Page.</p>"}`));
    assert.ok(only?.ok);
    assert.equal(only.report.text, "Plain.");
  });

  test("accepts CRLF line endings and a byte-order mark", () => {
    const bytes = new TextEncoder().encode(`\ufeff{"text": "One."}\r\n\r\n{"text": "Two."}\r\n`);
    assert.deepEqual(summary(readJsonl("w.jsonl", bytes)), ["w.jsonl:1 = One.", "w.jsonl:3 = Two."]);
  });

  test("a file that is not UTF-8 gives one error for the whole file", () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"text": "Caf'),
      0xe9,
      ...new TextEncoder().encode('"}\n'),
    ]);
    assert.deepEqual(summary(readJsonl("l.jsonl", bytes)), [
      "TESSERA_NOT_UTF8 l.jsonl: not valid UTF-8 (byte 0xE9 at offset 13); save it as UTF-8",
    ]);
  });

  test("a file with no records is an empty batch", () => {
    assert.deepEqual(summary(readJsonl("e.jsonl", lines("", "  ", ""))), [
      "TESSERA_EMPTY_DOCUMENT e.jsonl: empty batch (no JSON Lines records)",
    ]);
  });
});
