import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { makeDocx } from "../../../test/fixtures/readers/make-docx.js";
import { makePdf } from "../../../test/fixtures/readers/make-pdf.js";
import type { ReadOutcome } from "../report.js";
import { collectInputs, DEFAULT_MAX_BYTES, readInput } from "./index.js";

const FIXTURES = new URL("../../../test/fixtures/readers/", import.meta.url);
const fixture = (name: string): Uint8Array => readFileSync(new URL(name, FIXTURES));

/** The one outcome of a single document, as `format: first words` or `CODE message`. */
function single(outcomes: ReadOutcome[]): string {
  assert.equal(outcomes.length, 1);
  const [outcome] = outcomes;
  assert.ok(outcome);
  return outcome.ok
    ? `${outcome.report.format}: ${outcome.report.text.slice(0, 24)}`
    : `${outcome.error.code} ${outcome.error.message}`;
}

describe("readInput", () => {
  test("dispatches each format to its reader and sets the format", async () => {
    assert.equal(
      single(await readInput("sousse-beach.txt", fixture("sousse-beach.txt"))),
      "text: SOUSSE, Tunisia, 26 June",
    );
    assert.equal(
      single(await readInput("bardo-museum.html", fixture("bardo-museum.html"))),
      "html: 18 March 2015\n\nTUNIS — G",
    );
    assert.equal(
      single(await readInput("a.pdf", makePdf({ pages: [["PDF text here."]] }))),
      "pdf: PDF text here.",
    );
    assert.equal(
      single(await readInput("a.docx", await makeDocx({ paragraphs: ["DOCX text here."] }))),
      "docx: DOCX text here.",
    );
    const batch = await readInput("batch.jsonl", fixture("batch.jsonl"));
    assert.deepEqual(
      batch.map((o) => (o.ok ? `${o.report.origin} ${o.report.format}` : `${o.origin} ${o.error.code}`)),
      ["batch.jsonl:1 jsonl", "batch.jsonl:3 TESSERA_BAD_RECORD", "batch.jsonl:4 jsonl"],
    );
  });

  test("keeps the origin and the metadata the reader found", async () => {
    const [outcome] = await readInput("saved/bardo-museum.html", fixture("bardo-museum.html"));
    assert.ok(outcome?.ok);
    assert.equal(outcome.report.origin, "saved/bardo-museum.html");
    assert.equal(outcome.report.meta.tlp, "TLP:CLEAR");
  });

  test("detects by content when the name says nothing", async () => {
    assert.equal(single(await readInput("-", fixture("bardo-museum.html"))).slice(0, 5), "html:");
    assert.equal(single(await readInput("-", makePdf({ pages: [["From stdin."]] }))), "pdf: From stdin.");
  });

  test("turns every bad input into an outcome with a one-line message, never a throw", async () => {
    const pdf = makePdf({ pages: [["Text."]] });
    const cases: [string, Uint8Array, string][] = [
      ["latin1-cafe.txt", fixture("latin1-cafe.txt"), "TESSERA_NOT_UTF8"],
      ["empty.txt", fixture("empty.txt"), "TESSERA_EMPTY_DOCUMENT"],
      ["cut.pdf", pdf.subarray(0, 300), "TESSERA_CORRUPT_FILE"],
      ["scan.pdf", makePdf({ pages: [["x"]], noText: true }), "TESSERA_EMPTY_DOCUMENT"],
      ["bad.docx", new TextEncoder().encode("not a zip"), "TESSERA_CORRUPT_FILE"],
      ["photo.jpg", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), "TESSERA_UNSUPPORTED_FORMAT"],
      ["blob.bin", new Uint8Array([1, 0, 2, 0]), "TESSERA_UNSUPPORTED_FORMAT"],
    ];
    for (const [origin, bytes, code] of cases) {
      const outcomes = await readInput(origin, bytes);
      assert.equal(outcomes.length, 1, origin);
      const [outcome] = outcomes;
      assert.ok(outcome && !outcome.ok, origin);
      assert.equal(outcome.origin, origin);
      assert.equal(outcome.error.code, code, origin);
      assert.ok(outcome.error.message.startsWith(`${origin}: `), outcome.error.message);
      assert.ok(!outcome.error.message.includes("\n"), outcome.error.message);
    }
  });

  test("an empty file is an empty document whatever its name", async () => {
    for (const origin of ["empty.pdf", "empty.docx", "empty.jsonl", "empty.txt", "-"]) {
      assert.equal(
        single(await readInput(origin, new Uint8Array())),
        `TESSERA_EMPTY_DOCUMENT ${origin}: empty file (0 bytes)`,
      );
    }
  });

  test("an unexpected failure in a PDF or DOCX reader is a corrupt file; elsewhere an internal error", async () => {
    // Bytes whose copying fails stand in for a parser that throws something no reader anticipated.
    class Exploding extends Uint8Array {
      override slice(): Uint8Array<ArrayBuffer> {
        throw new Error("boom\nwith a second line");
      }
      override subarray(): Uint8Array<ArrayBuffer> {
        throw new Error("bang");
      }
    }
    const pdf = new Exploding(makePdf({ pages: [["x"]] }));
    assert.equal(
      single(await readInput("odd.pdf", pdf)),
      "TESSERA_CORRUPT_FILE odd.pdf: not a readable PDF (boom with a second line)",
    );
    assert.equal(
      single(await readInput("odd", new Exploding(4))),
      "TESSERA_INTERNAL odd: unexpected failure while reading (bang)",
    );
  });

  test("re-exports the input collector", () => {
    assert.equal(typeof collectInputs, "function");
    assert.equal(DEFAULT_MAX_BYTES, 52428800);
  });
});
