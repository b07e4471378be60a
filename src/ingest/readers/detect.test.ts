import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { makeDocx } from "../../../test/fixtures/readers/make-docx.js";
import { makePdf } from "../../../test/fixtures/readers/make-pdf.js";
import { isTesseraError } from "../../errors/errors.js";
import { detectFormat } from "./detect.js";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

function refusal(origin: string, input: Uint8Array): string {
  try {
    detectFormat(origin, input);
  } catch (error) {
    assert.ok(isTesseraError(error));
    assert.equal(error.code, "TESSERA_UNSUPPORTED_FORMAT");
    return error.message;
  }
  assert.fail(`${origin} was accepted`);
}

describe("detectFormat", () => {
  test("magic bytes win over the extension", async () => {
    assert.equal(detectFormat("report.txt", makePdf({ pages: [["a"]] })), "pdf");
    assert.equal(detectFormat("report", makePdf({ pages: [["a"]] })), "pdf");
    assert.equal(detectFormat("report.html", await makeDocx({ paragraphs: ["a"] })), "docx");
    assert.equal(detectFormat("report.bin", await makeDocx({ paragraphs: ["a"] })), "docx");
  });

  test("a ZIP that is not a Word document is refused, unless it is named .docx", async () => {
    const zip = await makeDocx({ paragraphs: ["a"], omitDocument: true });
    assert.equal(
      refusal("bundle.zip", zip),
      "bundle.zip: unsupported format: a ZIP archive that is not a Word document",
    );
    // Named .docx, it goes to the DOCX reader, which reports it as a damaged Word document.
    assert.equal(detectFormat("report.docx", zip), "docx");
  });

  test("extensions decide for text, HTML, PDF, DOCX and JSON Lines, case-insensitively", () => {
    const cases: [string, string][] = [
      ["a.txt", "text"],
      ["a.text", "text"],
      ["notes/a.MD", "text"],
      ["a.html", "html"],
      ["a.HTM", "html"],
      ["a.xhtml", "html"],
      ["a.pdf", "pdf"],
      ["a.docx", "docx"],
      ["a.jsonl", "jsonl"],
      ["a.ndjson", "jsonl"],
    ];
    for (const [name, format] of cases) assert.equal(detectFormat(name, utf8("plain words")), format, name);
  });

  test("HTML is recognised by its content when the extension says nothing", () => {
    assert.equal(detectFormat("page", utf8("<!DOCTYPE html><p>x")), "html");
    assert.equal(detectFormat("page.dat", utf8("\ufeff  \n<!-- saved --><html lang=en><p>x")), "html");
    assert.equal(
      detectFormat("page", utf8('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">')),
      "html",
    );
    // Text that merely mentions a tag later on stays text.
    assert.equal(detectFormat("notes", utf8("About <html> tags")), "text");
  });

  test("an unknown extension with UTF-8 text is text", () => {
    assert.equal(detectFormat("report.log", utf8("Gunmen attacked the museum.")), "text");
    assert.equal(detectFormat("README", utf8("Tunis — café")), "text");
    assert.equal(detectFormat("dir.v2/README", utf8("no extension, dotted folder")), "text");
  });

  test("text that is not UTF-8 still goes to the text reader, which names the bad byte", () => {
    assert.equal(detectFormat("latin1.log", bytes(0x43, 0x61, 0x66, 0xe9, 0x0a)), "text");
    assert.equal(detectFormat("utf16.log", bytes(0xff, 0xfe, 0x41, 0x00)), "text");
  });

  test("images, archives and other binaries are refused with their kind named, whatever the extension", () => {
    assert.equal(
      refusal("photo.txt", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0)),
      "photo.txt: unsupported format: a PNG image",
    );
    assert.match(refusal("scan.jpg", bytes(0xff, 0xd8, 0xff, 0xe0)), /a JPEG image$/);
    assert.match(refusal("a.gif", utf8("GIF89a....")), /a GIF image$/);
    assert.match(refusal("a.webp", utf8("RIFF\0\0\0\0WEBPVP8 ")), /a WebP image$/);
    assert.match(refusal("a.tif", bytes(0x49, 0x49, 0x2a, 0x00)), /a TIFF image$/);
    assert.match(refusal("reports.tar.gz", bytes(0x1f, 0x8b, 0x08, 0x00)), /a gzip archive$/);
    assert.match(refusal("a.7z", bytes(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c)), /a 7-Zip archive$/);
    assert.match(refusal("a.rar", utf8("Rar!\x1a\x07\x00")), /a RAR archive$/);
    assert.match(refusal("a.bz2", utf8("BZh91AY&SY")), /a bzip2 archive$/);
    assert.match(
      refusal("old.doc", bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)),
      /legacy Office document/,
    );
    assert.match(refusal("store.db", utf8("SQLite format 3\0")), /an SQLite database$/);
    const tar = new Uint8Array(512);
    tar.set(utf8("ustar"), 257);
    assert.match(refusal("a.tar", tar), /a tar archive$/);
  });

  test("binary data with NUL bytes or many control characters is refused as binary data", () => {
    assert.equal(refusal("blob", bytes(0x41, 0x00, 0x42)), "blob: unsupported format: binary data");
    assert.equal(
      refusal("blob", bytes(1, 2, 3, 4, 5, 6, 7, 8, 0x41)),
      "blob: unsupported format: binary data",
    );
  });

  test("ordinary words that begin like a magic number are not mistaken for one", () => {
    assert.equal(detectFormat("note", utf8("BZh, the regional code, was mentioned.")), "text");
    assert.equal(detectFormat("note", utf8("ID3 was the third identifier.")), "text");
  });

  test("empty input goes to the text reader, which calls it empty", () => {
    assert.equal(detectFormat("empty", new Uint8Array()), "text");
    assert.equal(detectFormat("empty.pdf", new Uint8Array()), "pdf");
  });
});
