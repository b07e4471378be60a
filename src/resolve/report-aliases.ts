/** A report saying two names are one: "Seifallah Ben Hassine, better known as Abu Iyadh". */
export interface ReportAlias {
  a: string;
  b: string;
  start: number;
  end: number;
  pattern: "aka" | "parenthesis";
  /** One side is a description ("the gunman") linked by the extractor's coreference: less sure. */
  nominal: boolean;
}

export interface Span {
  id: string;
  start: number;
  end: number;
  nominal?: boolean;
}

const AKA =
  /^\s*,?\s*(?:(?:who\s+is\s+|also\s+|better\s+|otherwise\s+)?known\s+as|aka|a\.k\.a\.|alias|also\s+called|(?:under\s+|with\s+)?the\s+(?:nom\s+de\s+guerre|alias|kunya)|nom\s+de\s+guerre)\s*$/i;
const OPEN = /^\s*\(\s*$/;
const CLOSE = /^\s*\)/;

/**
 * Finds "X, also known as Y", "Y, aka X", "X, better known as Y", "the gunman … the nom de guerre Y"
 * and "X (Y)" between two consecutive mentions of a text. Pure: the spans come sorted by start.
 */
export function findReportAliases(text: string, spans: readonly Span[]): ReportAlias[] {
  const out: ReportAlias[] = [];
  for (let i = 0; i + 1 < spans.length; i++) {
    const x = spans[i]!;
    const y = spans[i + 1]!;
    if (x.id === y.id || y.start < x.end || y.start - x.end > 40) continue;
    const gap = text.slice(x.end, y.start);
    const nominal = Boolean(x.nominal || y.nominal);
    if (AKA.test(gap)) out.push({ a: x.id, b: y.id, start: x.start, end: y.end, pattern: "aka", nominal });
    else if (OPEN.test(gap) && CLOSE.test(text.slice(y.end, y.end + 3))) {
      out.push({ a: x.id, b: y.id, start: x.start, end: y.end + 1, pattern: "parenthesis", nominal });
    }
  }
  return out;
}
