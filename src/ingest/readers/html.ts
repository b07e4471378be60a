import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { inputError } from "../../errors/errors.js";
import type { ExtractedDocument } from "./extracted-document.js";
import { htmlMetadata } from "./html-metadata.js";
import { paragraphsOf } from "./html-paragraphs.js";
import { firstInvalidUtf8 } from "./text.js";

/**
 * Reads an HTML report: the main text as Mozilla Readability finds it (navigation, adverts and
 * comments left out), or the whole body when Readability finds no article, with paragraphs kept
 * as blank-line-separated blocks; metadata from the head (see htmlMetadata).
 *
 * The page is parsed with scripts off, no sub-resources loaded and a placeholder base address, so
 * reading a hostile page runs none of its code and makes no request.
 */
export function readHtml(origin: string, html: string | Uint8Array): ExtractedDocument {
  const dom = new JSDOM(asHtmlSource(html), {
    url: "https://localhost/",
    // A console with no listeners: jsdom would otherwise print CSS parse errors for many real pages.
    virtualConsole: new VirtualConsole(),
  });
  try {
    const doc = dom.window.document;
    // Readability rewrites the document it reads; the clone keeps the original for metadata and fallback.
    const article = new Readability(doc.cloneNode(true) as Document).parse();
    let text = "";
    let articleTime: string | null | undefined;
    if (article?.content) {
      const container = doc.createElement("div");
      container.innerHTML = article.content;
      text = paragraphsOf(container);
      articleTime = container.querySelector("time[datetime]")?.getAttribute("datetime");
    }
    if (text === "" && doc.body) text = paragraphsOf(doc.body);
    if (text === "")
      throw inputError("TESSERA_EMPTY_DOCUMENT", origin, "empty document (the page has no text)");
    const meta = htmlMetadata(doc, {
      title: article?.title,
      siteName: article?.siteName,
      publishedTime: article?.publishedTime,
      articleTime,
    });
    return { text, meta };
  } finally {
    dom.window.close();
  }
}

/**
 * Well-formed UTF-8 is decoded here, whatever the page declares, as the WHATWG encoding sniffing
 * would do for most of today's pages; anything else goes to jsdom as bytes, so that a legacy
 * page's `<meta charset>` is honoured (windows-1252 when it declares nothing, as browsers do).
 */
function asHtmlSource(html: string | Uint8Array): string | Buffer {
  if (typeof html === "string") return html;
  if (firstInvalidUtf8(html) === undefined) return new TextDecoder("utf-8").decode(html);
  return Buffer.from(html.buffer, html.byteOffset, html.byteLength);
}
