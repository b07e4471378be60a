import type { WeighedEvidence } from "./types.js";

export const DEFAULTS = Object.freeze({
  /** A quotation this long, seen at two outlets, is one quote travelling, not two witnesses. */
  minQuoteWords: 5,
  /** "told Reuters", "according to AFP", "(Maghreb Wire) -", "Reuters reported". */
  attribution: [
    /\b(?:told|according to|cited by|quoted by|reported by|said in a statement to|in an interview with)\s+(?:the\s+)?((?:[A-Z][\w&.'-]*)(?:\s+[A-Z][\w&.'-]*){0,3})/g,
    /\(((?:[A-Z][\w&.'-]*)(?:\s+[A-Z][\w&.'-]*){0,3})\)\s*[-–—]/g,
    /\b((?:[A-Z][\w&.'-]*)(?:\s+[A-Z][\w&.'-]*){0,3})\s+(?:reported|news agency reported)\b/g,
  ] as readonly RegExp[],
  /** Capitalised words that open a sentence or name no outlet. */
  notOutlets: Object.freeze(["The", "A", "An", "It", "He", "She", "They", "Officials", "Police"]),
});

export interface Corroboration {
  /** Distinct sources (outlets, analysts) whose evidence gives the statement. */
  sources: number;
  /** Sources left once outlets repeating one origin (a shared quote, "told Reuters") count once. */
  independent: number;
  singleSource: boolean;
}

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Names the sentence attributes its claim to: the agency an outlet is repeating. */
export function attributedOrigins(quote: string, options = DEFAULTS): string[] {
  const out: string[] = [];
  for (const pattern of options.attribution) {
    for (const m of quote.matchAll(new RegExp(pattern.source, pattern.flags))) {
      const name = m[1]!.trim();
      if (options.notOutlets.includes(name.split(/\s+/)[0]!)) continue;
      out.push(fold(name));
    }
  }
  return out;
}

/** Quoted passages of at least `minQuoteWords` words, folded. */
export function quotations(quote: string, options = DEFAULTS): string[] {
  const out: string[] = [];
  for (const m of quote.matchAll(/[“"«]([^”"»]+)[”"»]/g)) {
    const text = fold(m[1]!);
    if (text.split(" ").length >= options.minQuoteWords) out.push(text);
  }
  return out;
}

/**
 * Counts how many independent sources support a statement. Outlets are joined into one origin when
 * one attributes the claim to another or to the same agency ("told Reuters"), when they share a
 * quotation, or when they print the same sentence (syndicated wire copy). Pure: evidence in, counts out.
 *
 * @example corroborate([maghrebWire, eveningPostQuotingMaghrebWire]) // {sources: 2, independent: 1, …}
 */
export function corroborate(evidence: readonly WeighedEvidence[], options = DEFAULTS): Corroboration {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string) => {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  const sources = new Set<string>();
  const byMark = new Map<string, string>();
  for (const e of evidence) {
    const source = e.source ? `s:${fold(e.source.name)}` : e.analyst ? `a:${e.analyst}` : `d:${e.documentId}`;
    sources.add(source);
    if (!parent.has(source)) parent.set(source, source);
    const marks = [
      ...attributedOrigins(e.quote, options).map((o) => `s:${o}`),
      ...quotations(e.quote, options).map((q) => `q:${q}`),
      `sentence:${fold(e.quote)}`,
    ];
    for (const mark of marks) {
      if (mark.startsWith("s:")) union(source, mark);
      else {
        const first = byMark.get(mark);
        if (first) union(source, first);
        else byMark.set(mark, source);
      }
    }
  }
  const origins = new Set([...sources].map(find));
  return { sources: sources.size, independent: origins.size, singleSource: sources.size <= 1 };
}
