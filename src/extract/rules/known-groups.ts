import { KNOWN_GROUPS } from "./lexicon.js";
import { personAfterGroupTitle } from "./member-ties.js";
import type { NamedSpan } from "./named-span.js";

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Known groups in running text: names of five letters or more in any case with a capital first
 * letter ("Ansar al-Sharia in Tunisia"), acronyms only in capitals ("ISIS", "AQIM"; never the verb
 * "is"). Longest first, so "Ansar al-Sharia in Tunisia" wins over "Ansar al-Sharia".
 */
const NAMES = [...KNOWN_GROUPS].sort((a, b) => b.length - a.length);
const LONG = NAMES.filter((n) => n.length > 5 || n.includes(" ") || n.includes("-"));
const EDGES = (body: string, flags: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}-])(?:${body})(?![\\p{L}\\p{N}-])`, flags);
const LONG_NAMES = EDGES(LONG.map(escapeRegExp).join("|"), "giu");
const ACRONYMS = EDGES(
  NAMES.filter((n) => !LONG.includes(n))
    .map((a) => escapeRegExp(a.toUpperCase()))
    .join("|"),
  "gu",
);

/**
 * The lexicon wins over the name finder for groups it knows: a trained model tags "Ansar al-Sharia"
 * as a person and splits "Ansar al-Sharia in Tunisia" in two, having never seen the group. Spans
 * overlapping a known group's name are replaced by one ORG span over the whole name.
 *
 * @example preferKnownGroups("Ansar al-Sharia in Tunisia was founded", [{ start: 0, end: 15, label: "PER", … }])
 * // [{ start: 0, end: 26, text: "Ansar al-Sharia in Tunisia", label: "ORG" }]
 */
export function preferKnownGroups(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const known: NamedSpan[] = [];
  for (const pattern of [LONG_NAMES, ACRONYMS]) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (!/^(?:\p{Lu}|(?:al|el)-\p{Lu})/u.test(m[0]) || known.some((k) => start < k.end && k.start < end))
        continue;
      known.push({ start, end, text: m[0], label: "ORG" });
    }
  }
  if (known.length === 0) return [...spans];
  const kept = spans.filter((s) => !known.some((k) => s.start < k.end && k.start < s.end));
  // "Abu Sayyaf commander Isnilon Hapilon" tagged as one name: the person after the title stays.
  const titled = spans.flatMap((s) => {
    const k = known.find((k) => s.start <= k.start && k.end < s.end);
    const person = k && personAfterGroupTitle(text, k.end, s.end);
    return person ? [{ ...person, label: "PER" as const }] : [];
  });
  return [...kept, ...known, ...titled].sort((a, b) => a.start - b.start);
}
