import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { makeDocx } from "../../../test/fixtures/readers/make-docx.js";
import { isTesseraError } from "../../errors/errors.js";
import { readDocx } from "./docx.js";

async function failure(origin: string, bytes: Uint8Array): Promise<{ code: string; message: string }> {
  try {
    await readDocx(origin, bytes);
  } catch (error) {
    assert.ok(isTesseraError(error));
    return { code: error.code, message: error.message };
  }
  assert.fail("accepted");
}

describe("readDocx", () => {
  test("gives one paragraph per Word paragraph, separated by blank lines", async () => {
    const docx = await makeDocx({
      paragraphs: [
        "Sousse attack: thirty-eight killed",
        "",
        "A gunman opened fire on a beach near Sousse on Friday.",
        "Most of the victims were tourists & holidaymakers.",
      ],
    });
    assert.equal(
      (await readDocx("sousse.docx", docx)).text,
      "Sousse attack: thirty-eight killed\n\nA gunman opened fire on a beach near Sousse on Friday.\n\nMost of the victims were tourists & holidaymakers.",
    );
  });

  test("a line break inside a paragraph stays a line break, not glued words", async () => {
    const docx = await makeDocx({ paragraphs: ["Reported by the desk.\nUpdated at noon."] });
    assert.equal((await readDocx("a.docx", docx)).text, "Reported by the desk.\nUpdated at noon.");
  });

  test("reads title, creator and creation date from the core properties", async () => {
    const docx = await makeDocx({
      paragraphs: ["Text."],
      core: {
        title: "Beach attack <update>",
        creator: "Field office",
        created: "2015-06-27T09:00:00Z",
        modified: "2015-06-28T10:00:00Z",
      },
    });
    assert.deepEqual((await readDocx("a.docx", docx)).meta, {
      title: "Beach attack <update>",
      source: "Field office",
      published: "2015-06-27T09:00:00Z",
    });
  });

  test("takes the modification date when there is no creation date", async () => {
    const docx = await makeDocx({ paragraphs: ["Text."], core: { modified: "2015-06-28T10:00:00Z" } });
    assert.deepEqual((await readDocx("a.docx", docx)).meta, { published: "2015-06-28T10:00:00Z" });
  });

  test("a document without core properties has no metadata", async () => {
    assert.deepEqual((await readDocx("a.docx", await makeDocx({ paragraphs: ["Text."] }))).meta, {});
  });

  test("bytes that are not a ZIP are a corrupt file", async () => {
    assert.deepEqual(await failure("report.docx", new TextEncoder().encode("not a zip")), {
      code: "TESSERA_CORRUPT_FILE",
      message: "report.docx: not a readable DOCX (not a ZIP archive)",
    });
  });

  test("a truncated DOCX is a corrupt file", async () => {
    const docx = await makeDocx({ paragraphs: ["Text."] });
    const { code, message } = await failure("cut.docx", docx.subarray(0, docx.length - 40));
    assert.equal(code, "TESSERA_CORRUPT_FILE");
    assert.match(message, /^cut\.docx: not a readable DOCX \([^\n]+\)$/);
  });

  test("a ZIP without word/document.xml is a corrupt file", async () => {
    assert.deepEqual(await failure("odd.docx", await makeDocx({ paragraphs: [], omitDocument: true })), {
      code: "TESSERA_CORRUPT_FILE",
      message: "odd.docx: not a readable DOCX (no word/document.xml in the archive)",
    });
  });

  test("a document with only empty paragraphs is an empty document", async () => {
    assert.deepEqual(await failure("blank.docx", await makeDocx({ paragraphs: ["", "  "] })), {
      code: "TESSERA_EMPTY_DOCUMENT",
      message: "blank.docx: empty document (the DOCX has no text)",
    });
  });
});
