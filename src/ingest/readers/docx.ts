import { JSDOM, VirtualConsole } from "jsdom";
import JSZip from "jszip";
import mammoth from "mammoth";
import { inputError, isTesseraError } from "../../errors/errors.js";
import type { RawMetadata } from "../report.js";
import type { ExtractedDocument } from "./extracted-document.js";
import { paragraphsOf } from "./html-paragraphs.js";
import { reasonOf } from "./reason.js";

/**
 * Reads a Word document (Office Open XML, ECMA-376): its paragraphs, headings, list items and table
 * rows as blank-line-separated paragraphs, and its core properties (title, author, dates) from
 * `docProps/core.xml` (ECMA-376 Part 2 §11).
 *
 * mammoth's HTML output is used rather than its `extractRawText`, which drops `<w:br/>` line
 * breaks and glues the words on either side together ("attack.Police"); the HTML keeps them as
 * `<br>`, and the same block walk as for web pages turns it into text.
 */
export async function readDocx(origin: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images would otherwise be inlined as base64 data, only to be thrown away.
      { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) },
    );
    html = result.value;
  } catch (error) {
    throw inputError("TESSERA_CORRUPT_FILE", origin, `not a readable DOCX (${docxReason(error)})`, error);
  }
  const text = htmlText(html);
  if (text === "")
    throw inputError("TESSERA_EMPTY_DOCUMENT", origin, "empty document (the DOCX has no text)");
  return { text, meta: await coreProperties(bytes) };
}

function htmlText(html: string): string {
  const dom = new JSDOM(`<body>${html}</body>`, { virtualConsole: new VirtualConsole() });
  try {
    return paragraphsOf(dom.window.document.body);
  } finally {
    dom.window.close();
  }
}

/** mammoth's messages are written for developers; the two common ones are said plainly. */
function docxReason(error: unknown): string {
  if (isTesseraError(error)) return error.message;
  const reason = reasonOf(error);
  if (/end of central directory|is this a zip/i.test(reason)) return "not a ZIP archive";
  if (/main document part/i.test(reason)) return "no word/document.xml in the archive";
  return reason;
}

/**
 * Title, creator and dates from the core properties part. A document without the part, or with
 * one that cannot be read, simply has no metadata: the text is what matters.
 */
async function coreProperties(bytes: Uint8Array): Promise<RawMetadata> {
  let xml: string | undefined;
  try {
    const zip = await JSZip.loadAsync(bytes);
    xml = await zip.file("docProps/core.xml")?.async("string");
  } catch {
    return {};
  }
  if (xml === undefined) return {};
  const meta: RawMetadata = {};
  const title = element(xml, "title");
  if (title !== undefined) meta.title = title;
  // Word fills dc:creator with the account that made the file: a source only for want of a better one.
  const creator = element(xml, "creator");
  if (creator !== undefined) meta.source = creator;
  // dcterms:created is when the document was written, the nearest a DOCX has to a publication date.
  const published = element(xml, "created") ?? element(xml, "modified");
  if (published !== undefined) meta.published = published;
  const language = element(xml, "language");
  if (language !== undefined) meta.language = language;
  return meta;
}

/**
 * The text of the first element with this local name, whatever its namespace prefix. core.xml is a
 * flat list of simple elements, which a pattern reads reliably without an XML parser.
 */
function element(xml: string, localName: string): string | undefined {
  const pattern = new RegExp(
    `<(?:[\\w.-]+:)?${localName}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:[\\w.-]+:)?${localName}>`,
  );
  const value = pattern.exec(xml)?.[1];
  if (value === undefined) return undefined;
  const decoded = decodeXmlText(value).trim();
  return decoded === "" ? undefined : decoded;
}

/** XML 1.0 §4.6 predefined entities, character references and CDATA sections. */
function decodeXmlText(value: string): string {
  return value
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, data: string) => data.replace(/&/g, "&amp;"))
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, ref: string) => {
      const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
      if (ref[0] !== "#") return named[ref.toLowerCase()] ?? "";
      const code =
        ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : "";
    });
}
