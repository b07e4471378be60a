import { KNOWN_GROUPS, NAME_PARTICLES, TITLES } from "./lexicon.js";
import type { NamedSpan } from "./named-span.js";
import { findPlace } from "./place-gazetteer.js";

/** A word that can stand for a person on its own: capitalised, three letters or more. */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]{2,}$/u;
const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.toLowerCase().split(" ")));
const GROUP_WORDS = new Set([...KNOWN_GROUPS].flatMap((g) => g.toLowerCase().split(/[\s-]+/)));
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The words of a person's name that may refer to the person alone ("Rezgui", "Seifeddine"). */
function nameWords(span: NamedSpan): string[] {
  return span.text
    .split(/\s+/)
    .filter(
      (w) =>
        NAME_WORD.test(w) &&
        !NAME_PARTICLES.has(w.toLowerCase()) &&
        !TITLE_WORDS.has(w.toLowerCase()) &&
        !GROUP_WORDS.has(w.toLowerCase()) &&
        findPlace(w) === undefined,
    );
}

/**
 * One sense per discourse for person names (Gale, Church and Yarowsky 1992; the "label consistency"
 * of Krishnan and Manning 2006): a recogniser that tags "Seifeddine Rezgui" may still miss a bare
 * "Rezgui" two sentences earlier, where nothing local marks it as a name. Every other capitalised
 * occurrence of a word of a person's name becomes a person span, unless the text also writes the word
 * in lowercase (then it is an ordinary word) or a span already covers it. Adjacent words of the same
 * person ("Rezgui Yacoubi") make one span, and a span labelled otherwise that holds only words of a
 * person's full name is relabelled a person. The graph's in-document coreference then joins them.
 */
export function propagatePersonNames(text: string, found: readonly NamedSpan[]): NamedSpan[] {
  let spans = found;
  const words = new Set(spans.filter((s) => s.label === "PER").flatMap(nameWords));
  if (words.size === 0) return [...spans];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}'’-])(?:${[...words].map(escapeRegExp).join("|")})(?:\\s+(?:${[...words].map(escapeRegExp).join("|")}))*(?![\\p{L}\\p{N}-])`,
    "gu",
  );
  const lower = new Set(
    [...words].filter((w) =>
      new RegExp(`(?<![\\p{L}])${escapeRegExp(w.toLowerCase())}(?![\\p{L}])`, "u").test(text),
    ),
  );
  // A span the recogniser labelled otherwise that is made only of a person's name words is the
  // person ("Rezgui" tagged MISC after "Seifeddine Rezgui" tagged PER). `settleNames` does this for
  // spans it could type; a MISC span it cannot type is left to this.
  const fullNames = spans.filter((s) => s.label === "PER" && s.text.trim().includes(" "));
  const fullWords = new Set(fullNames.flatMap(nameWords));
  const relabelled = spans.map((s) =>
    s.label !== "PER" && !s.type && s.text.split(/\s+/).every((w) => fullWords.has(w) && !lower.has(w))
      ? { ...s, label: "PER" as const }
      : s,
  );
  spans = relabelled;
  const added: NamedSpan[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (m[0].split(/\s+/).some((w) => lower.has(w))) continue;
    if (spans.some((s) => s.start < end && start < s.end)) continue;
    added.push({ start, end, text: m[0], label: "PER" });
  }
  return [...spans, ...added].sort((a, b) => a.start - b.start);
}
