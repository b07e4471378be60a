import type { RawMetadata } from "../report.js";

/** What Mozilla Readability found in the page; used only where the head says nothing. */
export interface ArticleFindings {
  title?: string | null;
  siteName?: string | null;
  /** Readability's reading of JSON-LD `datePublished`. */
  publishedTime?: string | null;
  /** The first `<time datetime>` in the extracted article. */
  articleTime?: string | null;
}

/**
 * Reads report metadata from an HTML document's head: Open Graph (ogp.me), the article namespace,
 * the common `name=` conventions, schema.org microdata, and Tessera's own `tessera:reliability` and
 * `tessera:tlp`. Values are returned as found, trimmed; validation happens in prepareReport.
 * Readability rewrites the document it is given: give it a clone, and this function the original.
 */
export function htmlMetadata(doc: Document, article: ArticleFindings = {}): RawMetadata {
  const meta = metaTags(doc);
  const first = (...values: (string | undefined | null)[]): string | undefined => {
    for (const value of values) {
      const trimmed = value?.trim();
      if (trimmed) return trimmed;
    }
    return undefined;
  };
  const found: RawMetadata = {
    title: first(meta.get("og:title"), doc.querySelector("title")?.textContent, article.title),
    url: first(meta.get("og:url"), canonicalUrl(doc)),
    published: first(
      meta.get("article:published_time"),
      meta.get("date"),
      meta.get("pubdate"),
      articleTime(doc),
      article.articleTime,
      meta.get("datepublished"),
      article.publishedTime,
    ),
    // The author names a person, not a source; it stands in only when nothing names the publisher.
    source: first(meta.get("og:site_name"), meta.get("publisher"), article.siteName, meta.get("author")),
    language: first(doc.documentElement?.getAttribute("lang"), meta.get("og:locale")),
    reliability: first(meta.get("tessera:reliability")),
    tlp: first(meta.get("tessera:tlp")),
  };
  return withoutUndefined(found);
}

/**
 * `<meta>` contents keyed by their lower-cased `property`, `name` or `itemprop`; the first non-empty
 * value of a key wins, as a page's own tags come before any repeated by embedded widgets.
 */
function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of Array.from(doc.querySelectorAll("meta"))) {
    const content = element.getAttribute("content")?.trim();
    if (!content) continue;
    for (const attribute of ["property", "name", "itemprop"]) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

/** The canonical address as written: resolving it against the parser's placeholder base would invent a host. */
function canonicalUrl(doc: Document): string | undefined {
  for (const link of Array.from(doc.querySelectorAll("link[rel][href]"))) {
    const rels = (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
    if (rels.includes("canonical")) return link.getAttribute("href") ?? undefined;
  }
  return undefined;
}

/** The first `<time datetime>` inside the article, which is the dateline on most news pages. */
function articleTime(doc: Document): string | undefined {
  const time = doc.querySelector("article time[datetime], main time[datetime]");
  return time?.getAttribute("datetime") ?? undefined;
}

function withoutUndefined(meta: RawMetadata): RawMetadata {
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined)) as RawMetadata;
}
