import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, test } from "node:test";
import { isTesseraError } from "../../errors/errors.js";
import { readHtml } from "./html.js";

const fixture = (name: string): Uint8Array =>
  readFileSync(new URL(`../../../test/fixtures/readers/${name}`, import.meta.url));

const page = (head: string, body: string, htmlAttributes = ""): string =>
  `<!doctype html><html${htmlAttributes}><head>${head}</head><body>${body}</body></html>`;

const ARTICLE = `<article><p>Security forces closed the road to the museum on Thursday morning.</p>
  <p>Officials said the building would stay closed for at least a week.</p></article>`;

describe("readHtml on a saved news page", () => {
  const { text, meta } = readHtml("bardo-museum.html", fixture("bardo-museum.html"));

  test("keeps the article and leaves out navigation, asides and footers", () => {
    assert.match(text, /^18 March 2015\n\nTUNIS — Gunmen opened fire/);
    assert.doesNotMatch(text, /Home|Most read|All rights reserved/);
  });

  test("keeps paragraphs, headings and list items as blank-line-separated paragraphs", () => {
    assert.match(text, /officials said\.\n\nThe attackers, dressed/);
    assert.match(text, /\n\nResponse\n\nThe prime minister/);
    assert.match(text, /\n\nMuseum closed until further notice\.\n\nParliament session suspended\.\n\n/);
    // Source line breaks inside a paragraph are white space, not breaks; <br> is a line break.
    assert.match(text, /at the Bardo National Museum in the Tunisian capital on Wednesday/);
    assert.match(text, /coming season\.\nReporting by the Tunis desk\.$/);
  });

  test("runs no script", () => {
    assert.equal(meta.title, "Gunmen attack Bardo museum in Tunis");
    assert.doesNotMatch(text, /script ran/);
  });

  test("reads metadata from the head, trimmed, in the order of precedence", () => {
    assert.deepEqual(meta, {
      title: "Gunmen attack Bardo museum in Tunis",
      url: "https://news.example.org/2015/03/18/bardo-museum-attack",
      published: "2015-03-18T16:40:00+01:00",
      source: "Example Wire",
      language: "en",
      reliability: "B",
      tlp: "TLP:CLEAR",
    });
  });
});

describe("readHtml metadata fallbacks", () => {
  test("title from <title>, url from the canonical link, as written", () => {
    const { meta } = readHtml(
      "a.html",
      page(`<title> Curfew in Sousse </title><link rel="canonical" href="/2015/curfew">`, ARTICLE),
    );
    assert.equal(meta.title, "Curfew in Sousse");
    assert.equal(meta.url, "/2015/curfew");
  });

  test("published from name=date, then name=pubdate, then the article's <time>, then itemprop", () => {
    const published = (head: string, body = ARTICLE): string | undefined =>
      readHtml("a.html", page(head, body)).meta.published;
    assert.equal(
      published(`<meta name="DATE" content="2015-06-27"><meta name="pubdate" content="x">`),
      "2015-06-27",
    );
    assert.equal(published(`<meta name="pubdate" content="20150627">`), "20150627");
    assert.equal(
      published(
        `<meta itemprop="datePublished" content="2015-06-29">`,
        `<article><time datetime="2015-06-28T09:00">Sunday</time>${ARTICLE}</article>`,
      ),
      "2015-06-28T09:00",
    );
    assert.equal(published(`<meta itemprop="datePublished" content="2015-06-29">`), "2015-06-29");
    assert.equal(published(""), undefined);
  });

  test("source from og:site_name, then publisher, then author as a last resort", () => {
    const source = (head: string): string | undefined => readHtml("a.html", page(head, ARTICLE)).meta.source;
    assert.equal(
      source(`<meta name="author" content="A. Writer"><meta name="publisher" content="Daily Example">`),
      "Daily Example",
    );
    assert.equal(source(`<meta name="author" content="A. Writer">`), "A. Writer");
    assert.equal(source(""), undefined);
  });

  test("language from <html lang>, then og:locale", () => {
    assert.equal(readHtml("a.html", page("", ARTICLE, ` lang=" fr "`)).meta.language, "fr");
    assert.equal(
      readHtml("a.html", page(`<meta property="og:locale" content="ar_TN">`, ARTICLE)).meta.language,
      "ar_TN",
    );
  });

  test("values are returned raw: validation is not the reader's job", () => {
    const { meta } = readHtml(
      "a.html",
      page(
        `<meta name="tessera:reliability" content="Z9"><meta name="tessera:tlp" content="purple">`,
        ARTICLE,
      ),
    );
    assert.equal(meta.reliability, "Z9");
    assert.equal(meta.tlp, "purple");
  });

  test("a page with no metadata has none, not empty strings", () => {
    assert.deepEqual(readHtml("a.html", `<p>Just a paragraph of text.</p>`).meta, {});
  });
});

describe("readHtml text", () => {
  test("falls back to the body when Readability finds no article", () => {
    const { text } = readHtml("short.html", "<html><body><p>One line.</p><p>Two lines.</p></body></html>");
    assert.equal(text, "One line.\n\nTwo lines.");
  });

  test("a page without text is an empty document", () => {
    for (const html of [
      "<html><head><title>Only a title</title></head><body> </body></html>",
      "",
      "<script>x()</script>",
    ]) {
      try {
        readHtml("blank.html", html);
        assert.fail("accepted");
      } catch (error) {
        assert.ok(isTesseraError(error));
        assert.equal(error.code, "TESSERA_EMPTY_DOCUMENT");
        assert.equal(error.message, "blank.html: empty document (the page has no text)");
      }
    }
  });

  test("decodes UTF-8 bytes whatever the page declares, and honours a legacy charset otherwise", () => {
    const utf8 = new TextEncoder().encode(`<meta charset="windows-1252"><p>Café à Tunis.</p>`);
    assert.equal(readHtml("a.html", utf8).text, "Café à Tunis.");
    const latin1 = Buffer.from(`<meta charset="iso-8859-1"><p>Caf\xe9 \xe0 Tunis.</p>`, "latin1");
    assert.equal(readHtml("b.html", latin1).text, "Café à Tunis.");
  });

  test("prints nothing for broken CSS", () => {
    const written: string[] = [];
    const original = { error: console.error, warn: console.warn, log: console.log };
    console.error = console.warn = console.log = (...args: unknown[]) => void written.push(args.join(" "));
    try {
      const { text } = readHtml("a.html", page(`<style>p { color: ; } @media {</style>`, ARTICLE));
      assert.match(text, /Security forces closed the road/);
    } finally {
      Object.assign(console, original);
    }
    assert.deepEqual(written, []);
  });

  test("requests no sub-resource: stylesheets, images, frames, scripts", async () => {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url ?? "");
      response.end("p { color: red }");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    try {
      readHtml(
        "a.html",
        page(
          `<link rel="stylesheet" href="${base}/x.css"><meta http-equiv="refresh" content="0; url=${base}/go">`,
          `${ARTICLE}<img src="${base}/x.png"><iframe src="${base}/frame"></iframe><script src="${base}/x.js"></script>`,
        ),
      );
      // Give any request that was started time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      server.close();
    }
    assert.deepEqual(requests, []);
  });
});
