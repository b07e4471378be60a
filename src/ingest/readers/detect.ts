import { inputError } from "../../errors/errors.js";
import type { ReportFormat } from "../report.js";
import { listZipEntries } from "./zip-entries.js";

const EXTENSIONS: Record<string, ReportFormat> = {
  txt: "text",
  text: "text",
  md: "text",
  html: "html",
  htm: "html",
  xhtml: "html",
  pdf: "pdf",
  docx: "docx",
  jsonl: "jsonl",
  ndjson: "jsonl",
};

/** Magic numbers of common binary files an analyst may drop into a folder by mistake; named in the error. */
const BINARY_MAGIC: { kind: string; at?: number; bytes: (number | string)[] }[] = [
  { kind: "a PNG image", bytes: [0x89, "PNG\r\n\x1a\n"] },
  { kind: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { kind: "a GIF image", bytes: ["GIF87a"] },
  { kind: "a GIF image", bytes: ["GIF89a"] },
  { kind: "a WebP image", at: 8, bytes: ["WEBP"] },
  { kind: "a TIFF image", bytes: ["II*\0"] },
  { kind: "a TIFF image", bytes: ["MM\0*"] },
  { kind: "a gzip archive", bytes: [0x1f, 0x8b] },
  { kind: "a 7-Zip archive", bytes: ["7z", 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: "a RAR archive", bytes: ["Rar!\x1a\x07"] },
  { kind: "an xz archive", bytes: [0xfd, "7zXZ\0"] },
  // "BZh" alone could start a line of text; the block magic (π in BCD) after the level digit cannot.
  { kind: "a bzip2 archive", at: 4, bytes: ["1AY&SY"] },
  { kind: "a Zstandard archive", bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { kind: "a tar archive", at: 257, bytes: ["ustar"] },
  {
    kind: "a legacy Office document (.doc, .xls or .ppt)",
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  },
  { kind: "an SQLite database", bytes: ["SQLite format 3\0"] },
  { kind: "an executable", bytes: [0x7f, "ELF"] },
  { kind: "an MP4 or QuickTime video", at: 4, bytes: ["ftyp"] },
  { kind: "an MP3 audio file", bytes: ["ID3", 0x03] },
  { kind: "an MP3 audio file", bytes: ["ID3", 0x04] },
];

/**
 * Decides how to read an input: magic bytes first (they cannot lie about PDFs and ZIPs), then the
 * file extension, then a look at the content. Throws TESSERA_UNSUPPORTED_FORMAT, naming what the
 * input seems to be, for images, archives and other binary data.
 *
 * @example
 *   detectFormat("notes", new TextEncoder().encode("<!doctype html><p>Hi")) // "html"
 */
export function detectFormat(origin: string, bytes: Uint8Array): ReportFormat {
  const extension = extensionOf(origin);
  if (startsWith(bytes, "%PDF-")) return "pdf";
  if (startsWith(bytes, "PK\x03\x04")) {
    if (zipHoldsWordDocument(bytes)) return "docx";
    // A damaged .docx is still reported as a damaged DOCX, which says more than "a ZIP archive".
    if (extension === "docx") return "docx";
    throw unsupported(origin, "a ZIP archive that is not a Word document");
  }
  for (const magic of BINARY_MAGIC) {
    if (matches(bytes, magic.at ?? 0, magic.bytes)) throw unsupported(origin, magic.kind);
  }
  const byExtension = extension === undefined ? undefined : EXTENSIONS[extension];
  if (byExtension !== undefined) return byExtension;
  if (looksLikeHtml(bytes)) return "html";
  // UTF-16 text has NUL bytes but is text; the text reader explains that it must be UTF-8.
  if (startsWith(bytes, "\xff\xfe") || startsWith(bytes, "\xfe\xff")) return "text";
  if (looksBinary(bytes)) throw unsupported(origin, "binary data");
  // Text that is not UTF-8 (Latin-1, say) still goes to the text reader, which names the first bad byte.
  return "text";
}

/** The lower-cased extension of the last path segment, without its dot; undefined when there is none. */
function extensionOf(origin: string): string | undefined {
  // Batch lines are named `batch.jsonl:12`; the reader never sees those, only whole files.
  const name = origin.split(/[\\/]/).pop() ?? "";
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : undefined;
}

function unsupported(origin: string, kind: string) {
  return inputError("TESSERA_UNSUPPORTED_FORMAT", origin, `unsupported format: ${kind}`);
}

function startsWith(bytes: Uint8Array, prefix: string): boolean {
  return matches(bytes, 0, [prefix]);
}

function matches(bytes: Uint8Array, at: number, parts: (number | string)[]): boolean {
  let i = at;
  for (const part of parts) {
    const codes = typeof part === "number" ? [part] : Array.from(part, (c) => c.charCodeAt(0));
    for (const code of codes) {
      if (bytes[i] !== code) return false;
      i++;
    }
  }
  return true;
}

function zipHoldsWordDocument(bytes: Uint8Array): boolean {
  return listZipEntries(bytes).includes("word/document.xml");
}

const SNIFF_BYTES = 1024;

/** HTML5 §8.2 sniffs only the start of a resource; a BOM and leading whitespace or comments may come first. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES))
    .toString("latin1")
    .replace(/^\xef\xbb\xbf/, "")
    .replace(/^(\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*/, "")
    .toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html");
}

/** NUL bytes, or many control characters, in the first 8 KiB: text files have neither. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    // Tab, line feed, form feed, carriage return and escape occur in real text.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b)
      control++;
  }
  return control > sample.length / 100;
}
