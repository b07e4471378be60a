/**
 * Rebuilds readable text from a PDF page's text items. A PDF has no lines or paragraphs, only
 * glyph runs placed at coordinates (PDF 32000-1 §9.4); pdfjs returns them in content-stream order
 * with their transform and a `hasEOL` hint. Lines are cut where pdfjs marks an end of line or the
 * baseline moves; paragraphs where the gap between baselines is clearly wider than the page's
 * usual line spacing, so that sentence splitting downstream sees the blank lines it expects.
 */
export interface PositionedText {
  str: string;
  /** [a, b, c, d, e, f]: e and f are the start of the run's baseline in page space. */
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  y: number;
  height: number;
}

// A gap this much wider than the usual line spacing starts a new paragraph.
const PARAGRAPH_GAP = 1.4;
// A baseline shift of more than this fraction of the font size is a new line, not a superscript.
const NEW_LINE_SHIFT = 0.5;
// A horizontal gap wider than this fraction of the font size between runs reads as a space.
const WORD_GAP = 0.15;

/** One page's text: lines joined by "\n", paragraphs by "\n\n". Items must be in content-stream order. */
export function pageText(items: readonly PositionedText[]): string {
  const lines = toLines(items);
  return toParagraphs(lines)
    .map((paragraph) => paragraph.join("\n"))
    .join("\n\n");
}

function toLines(items: readonly PositionedText[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  let lastEnd = 0;
  const close = (): void => {
    if (current !== undefined && current.text.trim() !== "") {
      lines.push({ ...current, text: current.text.replace(/\s+/g, " ").trim() });
    }
    current = undefined;
  };
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const size = item.height || Math.abs(item.transform[3] ?? 0) || 1;
    if (current !== undefined && Math.abs(y - current.y) > size * NEW_LINE_SHIFT) close();
    if (current === undefined) {
      current = { text: item.str, y, height: size };
    } else {
      const joined = /\s$/.test(current.text) || /^\s/.test(item.str);
      current.text += !joined && x - lastEnd > size * WORD_GAP ? ` ${item.str}` : item.str;
      current.height = Math.max(current.height, size);
    }
    lastEnd = x + item.width;
    if (item.hasEOL) close();
  }
  close();
  return lines;
}

function toParagraphs(lines: readonly Line[]): string[][] {
  const spacing = usualSpacing(lines);
  const paragraphs: string[][] = [];
  let current: string[] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous !== undefined) {
      const gap = previous.y - line.y;
      // A baseline that moves up starts a new column or a new text block.
      const wide = gap <= 0 || gap > spacing(previous, line) * PARAGRAPH_GAP;
      if (wide && current.length > 0) {
        paragraphs.push(current);
        current = [];
      }
    }
    current.push(line.text);
  });
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

/**
 * The page's usual distance between baselines: the lower quartile of the downward gaps, so that
 * paragraph gaps do not inflate it. Pages with a single gap fall back to 1.2 × font size, the
 * customary leading; it is never taken below that, so tightly set lines stay one paragraph.
 */
function usualSpacing(lines: readonly Line[]): (previous: Line, line: Line) => number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i - 1]!.y - lines[i]!.y;
    if (gap > lines[i]!.height * NEW_LINE_SHIFT) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  const quartile = gaps.length >= 3 ? gaps[Math.floor((gaps.length - 1) / 4)] : undefined;
  return (previous, line) => {
    const leading = 1.2 * Math.max(previous.height, line.height);
    return quartile === undefined ? leading : Math.max(quartile, leading);
  };
}
