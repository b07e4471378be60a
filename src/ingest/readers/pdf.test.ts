import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { makePdf } from "../../../test/fixtures/readers/make-pdf.js";
import { isTesseraError } from "../../errors/errors.js";
import { readPdf } from "./pdf.js";

const BARDO = makePdf({
  pages: [
    [
      "Gunmen attack Bardo museum",
      "",
      "TUNIS, 18 March 2015 - Gunmen opened fire on visitors at the",
      "Bardo National Museum on Wednesday, killing at least twenty people.",
      "",
      "Security forces stormed the building after a stand-off (officials said).",
    ],
    ["The museum stays closed. Caf\xe9s nearby were empty."],
  ],
  info: { Title: "Bardo museum attack", Author: "Tunis desk", CreationDate: "D:20150318164000+01'00'" },
});

async function failure(origin: string, bytes: Uint8Array): Promise<{ code: string; message: string }> {
  try {
    await readPdf(origin, bytes);
  } catch (error) {
    assert.ok(isTesseraError(error));
    return { code: error.code, message: error.message };
  }
  assert.fail("accepted");
}

describe("readPdf", () => {
  test("reads the text layer with lines and paragraphs rebuilt, page by page", async () => {
    const { text } = await readPdf("bardo.pdf", BARDO);
    assert.equal(
      text,
      [
        "Gunmen attack Bardo museum",
        "TUNIS, 18 March 2015 - Gunmen opened fire on visitors at the\nBardo National Museum on Wednesday, killing at least twenty people.",
        "Security forces stormed the building after a stand-off (officials said).",
        "The museum stays closed. Cafés nearby were empty.",
      ].join("\n\n"),
    );
  });

  test("reads title, author and creation date from the Info dictionary", async () => {
    const { meta } = await readPdf("bardo.pdf", BARDO);
    assert.deepEqual(meta, {
      title: "Bardo museum attack",
      source: "Tunis desk",
      published: "2015-03-18T16:40:00+01:00",
    });
  });

  test("falls back to the XMP dc:title when the Info dictionary has no title", async () => {
    const pdf = makePdf({
      pages: [["Text."]],
      xmpTitle: "Sousse beach attack",
      info: { CreationDate: "D:20150626" },
    });
    assert.deepEqual((await readPdf("sousse.pdf", pdf)).meta, {
      title: "Sousse beach attack",
      published: "2015-06-26",
    });
  });

  test("a PDF without metadata has none, and an unreadable date is left out", async () => {
    assert.deepEqual((await readPdf("a.pdf", makePdf({ pages: [["Text."]] }))).meta, {});
    const odd = makePdf({ pages: [["Text."]], info: { CreationDate: "last Tuesday" } });
    assert.deepEqual((await readPdf("a.pdf", odd)).meta, {});
  });

  test("does not consume the caller's bytes", async () => {
    const copy = BARDO.slice();
    await readPdf("bardo.pdf", copy);
    assert.deepEqual(copy, BARDO);
  });

  test("a truncated PDF is a corrupt file, with pdfjs's reason in brackets", async () => {
    const truncated = BARDO.subarray(0, Math.floor(BARDO.length / 2));
    assert.deepEqual(await failure("report.pdf", truncated), {
      code: "TESSERA_CORRUPT_FILE",
      message: "report.pdf: not a readable PDF (Invalid PDF structure)",
    });
  });

  test("bytes that are not a PDF at all are a corrupt file", async () => {
    const { code, message } = await failure("fake.pdf", new TextEncoder().encode("This is not a PDF."));
    assert.equal(code, "TESSERA_CORRUPT_FILE");
    assert.match(message, /^fake\.pdf: not a readable PDF \([^\n]+\)$/);
  });

  test("a PDF with no text layer is an empty document that says so", async () => {
    assert.deepEqual(await failure("scan.pdf", makePdf({ pages: [["x"], ["y"]], noText: true })), {
      code: "TESSERA_EMPTY_DOCUMENT",
      message: "scan.pdf: PDF has no text layer (a scanned document needs OCR before Tessera can read it)",
    });
  });

  test("prints nothing, even for a damaged file", async () => {
    const written: string[] = [];
    const original = { error: console.error, warn: console.warn, log: console.log, info: console.info };
    console.error =
      console.warn =
      console.log =
      console.info =
        (...args: unknown[]) => void written.push(args.join(" "));
    try {
      await readPdf("bardo.pdf", BARDO);
      await readPdf("bad.pdf", BARDO.subarray(0, 400)).catch(() => undefined);
    } finally {
      Object.assign(console, original);
    }
    assert.deepEqual(written, []);
  });
});
