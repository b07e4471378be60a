import { FACILITY_HEADS, ORGANIZATION_HEADS, TITLES } from "./lexicon.js";
import type { NamedSpan } from "./named-span.js";

/**
 * Lowercase particles inside a family name ("Jan van Zanen", "Ursula von der Leyen", "Charles de
 * Gaulle"): a trained recogniser often tags the words on either side as two people.
 */
const PARTICLES = /^\s+(?:(?:van|von|der|den|de|da|di|du|dos|das|del|della|ter|ten|bin|ibn)\s+){1,2}$/;
/** A generational suffix the recogniser leaves outside a person's span: "Andal Ampatuan Jr.". */
const SUFFIX = /^,? (?:Jr|Sr)\.?(?![\p{L}])|^ (?:II|III|IV)(?![\p{L}])/u;
/** Two or three capitalised words: a full name, not a lone surname. */
const FULL_NAME = /^\p{Lu}\S*(?:\s+\p{Lu}\S*){1,2}$/u;
const TITLE_SET = new Set(TITLES);

/** "Interior Minister Viktor Yerin" → "Viktor Yerin": the words after a leading title, if one leads. */
function afterTitle(words: readonly string[]): readonly string[] | undefined {
  for (let n = 3; n >= 1; n--)
    if (words.length > n && TITLE_SET.has(words.slice(0, n).join(" ").toLowerCase())) return words.slice(n);
  return undefined;
}

/** Capitalised words with no head of an organisation's or a site's name ("Council", "Hotel"). */
function readsAsPersonName(words: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  return (
    FULL_NAME.test(words.join(" ")) && !lower.some((w) => ORGANIZATION_HEADS.has(w) || FACILITY_HEADS.has(w))
  );
}

function isPerson(span: NamedSpan): boolean {
  return span.type ? span.type === "person" : span.label === "PER";
}

/**
 * "Interior Minister Viktor Yerin and Sergei Stepashin": a span that runs over two coordinated full
 * names is two spans, the second a person's name. The first keeps the title in front of it. An
 * organisation's "and" ("Ministry of Justice and Security") is left alone: the words after it must
 * read as a person's name.
 */
function splitCoordinated(span: NamedSpan): NamedSpan[] {
  const m = / and (?=\p{Lu})/u.exec(span.text);
  if (!m) return [span];
  const left = span.text.slice(0, m.index).split(/\s+/);
  const right = span.text.slice(m.index + m[0].length);
  // A person's label, or a title in front, says these are people.
  const titled = afterTitle(left);
  if (!isPerson(span) && !titled) return [span];
  if (!readsAsPersonName(titled ?? left) || !readsAsPersonName(right.split(/\s+/))) return [span];
  const at = span.start + m.index + m[0].length;
  return [
    { ...span, end: span.start + m.index, text: span.text.slice(0, m.index) },
    { ...span, start: at, text: right, label: "PER", ...(span.type ? { type: "person" as const } : {}) },
  ];
}

/**
 * Repairs a sentence's person spans before they are typed: coordinated names split, and a name the
 * recogniser cut at a particle ("Mayor Jan" + "van" + "Zanen") joined into one. `text` is the report.
 *
 * @example "Mayor Jan van Zanen said …" with spans "Mayor Jan", "Zanen" → one span "Mayor Jan van Zanen"
 */
export function repairPersonSpans(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const split = [...spans].sort((a, b) => a.start - b.start).flatMap(splitCoordinated);
  const out: NamedSpan[] = [];
  for (const found of split) {
    // "Andal Ampatuan Jr." and "Andal Ampatuan Sr." are father and son, not one man.
    const suffix = isPerson(found) ? SUFFIX.exec(text.slice(found.end, found.end + 5)) : null;
    const end = suffix ? found.end + suffix[0].length : found.end;
    const span = suffix ? { ...found, end, text: text.slice(found.start, end) } : found;
    const last = out.at(-1);
    if (last && isPerson(last) && isPerson(span) && PARTICLES.test(text.slice(last.end, span.start))) {
      out[out.length - 1] = { ...last, end: span.end, text: text.slice(last.start, span.end) };
      continue;
    }
    out.push(span);
  }
  return out;
}
