import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
import { inputError, isTesseraError } from "../../errors/errors.js";
import type { RawMetadata } from "../report.js";
import type { ExtractedDocument } from "./extracted-document.js";
import { pdfDateToIso } from "./pdf-date.js";
import { pageText } from "./pdf-layout.js";
import { reasonOf } from "./reason.js";

/** The Info dictionary entries Tessera uses (PDF 32000-1 §14.3.3), as pdfjs returns them. */
interface PdfInfo {
  Title?: unknown;
  Author?: unknown;
  CreationDate?: unknown;
  Language?: unknown;
}

/**
 * Reads a PDF's text layer page by page, rebuilding lines and paragraphs from the positions of the
 * text runs, and its metadata from the Info dictionary (XMP dc:title when the Info has no title).
 *
 * pdfjs runs in-process with the font and evaluation features that matter only for rendering off:
 * it compiles no code from the file, loads no system or remote fonts, and prints nothing.
 */
export async function readPdf(origin: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  const task = getDocument({
    // pdfjs takes ownership of the buffer it is given; the caller keeps its own bytes.
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const pdf = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is TextItem => "str" in item);
      const text = pageText(items);
      if (text !== "") pages.push(text);
      page.cleanup();
    }
    const text = pages.join("\n\n");
    if (text.trim() === "") {
      throw inputError(
        "TESSERA_EMPTY_DOCUMENT",
        origin,
        "PDF has no text layer (a scanned document needs OCR before Tessera can read it)",
      );
    }
    const { info, metadata } = await pdf.getMetadata();
    return { text, meta: pdfMetadata(info as PdfInfo, metadata?.get("dc:title")) };
  } catch (error) {
    if (isTesseraError(error)) throw error;
    // pdfjs does not export its PasswordException class; its name is stable API (PDF.js api.js).
    if (error instanceof Error && error.name === "PasswordException") {
      throw inputError("TESSERA_UNSUPPORTED_FORMAT", origin, "PDF is password-protected", error);
    }
    throw inputError("TESSERA_CORRUPT_FILE", origin, `not a readable PDF (${reasonOf(error)})`, error);
  } finally {
    await task.destroy();
  }
}

function pdfMetadata(info: PdfInfo, xmpTitle: unknown): RawMetadata {
  const meta: RawMetadata = {};
  const title = text(info.Title) ?? text(xmpTitle);
  if (title !== undefined) meta.title = title;
  // A PDF names no publisher; its author is the nearest thing to a source it has.
  const author = text(info.Author);
  if (author !== undefined) meta.source = author;
  const published = pdfDateToIso(text(info.CreationDate));
  if (published !== undefined) meta.published = published;
  // pdfjs reports the catalog's /Lang (§14.9.2) as Language.
  const language = text(info.Language);
  if (language !== undefined) meta.language = language;
  return meta;
}

function text(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.replace(/\0/g, "").trim();
  return trimmed === "" ? undefined : trimmed;
}
