import assert from "node:assert/strict";
import { test } from "node:test";
import { makeDocx } from "../../../test/fixtures/readers/make-docx.js";
import { listZipEntries } from "./zip-entries.js";

test("lists the names in a ZIP's central directory", async () => {
  const names = listZipEntries(await makeDocx({ paragraphs: ["a"], core: { title: "t" } }));
  // JSZip also writes an entry for each folder.
  assert.deepEqual(names.filter((name) => !name.endsWith("/")).sort(), [
    "[Content_Types].xml",
    "_rels/.rels",
    "docProps/core.xml",
    "word/document.xml",
  ]);
});

test("finds names from the local headers when the end of a ZIP is cut off", async () => {
  const zip = await makeDocx({ paragraphs: ["a"] });
  const names = listZipEntries(zip.subarray(0, zip.length - 30));
  assert.ok(names.includes("[Content_Types].xml"), names.join(", "));
});

test("gives nothing for bytes that are not a ZIP", () => {
  assert.deepEqual(listZipEntries(new TextEncoder().encode("not a zip at all, just text")), []);
  assert.deepEqual(listZipEntries(new Uint8Array()), []);
});
