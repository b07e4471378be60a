import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { isTesseraError } from "../../errors/errors.js";
import { decodeUtf8, firstInvalidUtf8, readText } from "./text.js";

const fixture = (name: string): Uint8Array =>
  readFileSync(new URL(`../../../test/fixtures/readers/${name}`, import.meta.url));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function failure(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    assert.ok(isTesseraError(error));
    return { code: error.code, message: error.message };
  }
  assert.fail("no error");
}

describe("readText", () => {
  test("reads a UTF-8 report as it is, with no metadata", () => {
    const { text, meta } = readText("sousse-beach.txt", fixture("sousse-beach.txt"));
    assert.ok(text.startsWith("SOUSSE, Tunisia, 26 June 2015 — A gunman"));
    assert.match(text, /holidaymakers\.\n\nThe attack came/);
    assert.deepEqual(meta, {});
  });

  test("drops a byte-order mark and makes line endings \\n", () => {
    assert.equal(
      readText("a.txt", utf8("\ufeffFirst line\r\nSecond\rThird")).text,
      "First line\nSecond\nThird",
    );
  });

  test("refuses Latin-1 text, naming the first bad byte and its offset", () => {
    assert.deepEqual(
      failure(() => readText("latin1-cafe.txt", fixture("latin1-cafe.txt"))),
      {
        code: "TESSERA_NOT_UTF8",
        message: "latin1-cafe.txt: not valid UTF-8 (byte 0xE9 at offset 3); save it as UTF-8",
      },
    );
  });

  test("refuses UTF-16 text and says what it is", () => {
    const { code, message } = failure(() => readText("notes.txt", new Uint8Array([0xff, 0xfe, 0x41, 0x00])));
    assert.equal(code, "TESSERA_NOT_UTF8");
    assert.equal(message, "notes.txt: not UTF-8 but UTF-16 text; save it as UTF-8");
  });

  test("an empty or whitespace-only file is an empty document", () => {
    for (const name of ["empty.txt", "whitespace-only.txt"]) {
      assert.deepEqual(
        failure(() => readText(name, fixture(name))),
        {
          code: "TESSERA_EMPTY_DOCUMENT",
          message: `${name}: empty document (no text)`,
        },
      );
    }
  });
});

describe("decodeUtf8", () => {
  test("keeps every character of valid UTF-8, astral ones included", () => {
    assert.equal(decodeUtf8("a", utf8("Tūnis 🇹🇳 تونس")), "Tūnis 🇹🇳 تونس");
  });

  test("error messages are one line", () => {
    const { message } = failure(() => decodeUtf8("x.txt", new Uint8Array([0x41, 0xc3])));
    assert.ok(!message.includes("\n"));
    assert.equal(message, "x.txt: not valid UTF-8 (byte 0xC3 at offset 1); save it as UTF-8");
  });
});

describe("firstInvalidUtf8", () => {
  const at = (...values: number[]): number | undefined => firstInvalidUtf8(new Uint8Array(values));

  test("finds nothing in valid UTF-8", () => {
    assert.equal(firstInvalidUtf8(utf8("plain, é, €, 𝄞")), undefined);
    assert.equal(at(), undefined);
  });

  test("finds the lead byte of a broken or truncated sequence", () => {
    assert.equal(at(0x41, 0xe9, 0x41), 1); // Latin-1 é
    assert.equal(at(0x41, 0x41, 0xe2, 0x82), 2); // € cut short at the end
    assert.equal(at(0x80), 0); // a continuation byte alone
  });

  test("refuses what the standard forbids: overlong forms, surrogates, code points past U+10FFFF", () => {
    assert.equal(at(0xc0, 0xaf), 0);
    assert.equal(at(0xe0, 0x80, 0xaf), 0);
    assert.equal(at(0xed, 0xa0, 0x80), 0);
    assert.equal(at(0xf4, 0x90, 0x80, 0x80), 0);
    assert.equal(at(0xf5, 0x80, 0x80, 0x80), 0);
  });

  test("agrees with the platform's strict decoder", () => {
    const decoder = new TextDecoder("utf-8", { fatal: true });
    const samples = [
      [0xe2, 0x82, 0xac],
      [0xf0, 0x9f, 0x98, 0x80],
      [0xed, 0x9f, 0xbf],
      [0xef, 0xbf, 0xbd],
      [0xe0, 0x9f, 0x80],
    ];
    for (const sample of samples) {
      let valid = true;
      try {
        decoder.decode(new Uint8Array(sample));
      } catch {
        valid = false;
      }
      assert.equal(at(...sample) === undefined, valid, sample.join(","));
    }
  });
});
