import { inputError } from "../../errors/errors.js";
import type { ExtractedDocument } from "./extracted-document.js";

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Decodes bytes as strict UTF-8 (a byte-order mark is dropped). Throws TESSERA_NOT_UTF8 naming the
 * first bad byte and its offset, because a silently substituted U+FFFD would corrupt names and
 * figures downstream.
 */
export function decodeUtf8(origin: string, bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw inputError("TESSERA_NOT_UTF8", origin, "not UTF-8 but UTF-16 text; save it as UTF-8");
  }
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const where =
      offset === undefined
        ? ""
        : ` (byte 0x${bytes[offset]!.toString(16).padStart(2, "0").toUpperCase()} at offset ${offset})`;
    throw inputError("TESSERA_NOT_UTF8", origin, `not valid UTF-8${where}; save it as UTF-8`);
  }
}

/** Reads a plain-text report: strict UTF-8, line endings made `\n`, refused when only whitespace. */
export function readText(origin: string, bytes: Uint8Array): ExtractedDocument {
  const text = decodeUtf8(origin, bytes).replace(/\r\n?/g, "\n");
  if (text.trim() === "") throw inputError("TESSERA_EMPTY_DOCUMENT", origin, "empty document (no text)");
  return { text, meta: {} };
}

/**
 * The offset of the byte where a UTF-8 decoder first fails (Unicode 15 §3.9, Table 3-7 well-formed
 * byte sequences), or undefined when the bytes are valid. For a truncated sequence this is the
 * lead byte, which is where an editor would show the damage.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) min = 0xa0; // no overlong forms
      if (lead === 0xed) max = 0x9f; // no surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) min = 0x90; // no overlong forms
      if (lead === 0xf4) max = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k];
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (byte === undefined || byte < lo || byte > hi) return i;
    }
    i += length;
  }
  return undefined;
}
