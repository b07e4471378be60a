/**
 * Turns an HTML element into plain text that keeps its paragraph structure: block elements
 * (paragraphs, headings, list items, table rows…) become paragraphs separated by a blank line, `<br>`
 * becomes a line break, and runs of white space inside a paragraph collapse to one space as a
 * browser renders them (CSS Text 3 §4.1.1). Sentence splitting downstream relies on those breaks:
 * `textContent` would glue a heading to the first sentence of the body.
 */
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "caption",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "ul",
]);

/** Never rendered as text. */
const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "head",
  "svg",
  "math",
  "iframe",
  "object",
]);

const CELLS = new Set(["td", "th"]);

// DOM node types (DOM §4.4), as numbers so this file needs no window object.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The text under `root`, paragraphs separated by "\n\n" and `<br>` kept as "\n". */
export function paragraphsOf(root: Node): string {
  const paragraphs: string[] = [];
  let current = "";

  const flush = (): void => {
    const paragraph = current
      .split("\n")
      .map((line) => line.trim())
      .join("\n")
      .trim();
    if (paragraph !== "") paragraphs.push(paragraph);
    current = "";
  };

  const visit = (node: Node, preformatted: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const data = node.nodeValue ?? "";
      current += preformatted ? data : data.replace(/\s+/g, " ");
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).localName;
    if (SKIPPED.has(tag)) return;
    if (tag === "br") {
      current += "\n";
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    // Cells of one row stay on one line, apart from each other.
    if (CELLS.has(tag)) current += " ";
    for (const child of Array.from(node.childNodes)) visit(child, preformatted || tag === "pre");
    if (block) flush();
  };

  visit(root, false);
  flush();
  return paragraphs.map((p) => p.replace(/ {2,}/g, " ")).join("\n\n");
}
