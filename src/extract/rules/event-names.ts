import { OCCASION_HEADS, OCCASION_WORDS } from "./lexicon.js";
import type { SentenceContext } from "./sentence-context.js";

/** A capitalised name right before an event noun that names an occasion, not a place. */
export interface Occasion {
  /** First word of the name. */
  first: number;
  /** The name as written: "Boston Marathon", "Easter Sunday". */
  name: string;
}

const CAPITALISED = /^\p{Lu}/u;
/** Name types that keep their own reading: "the Islamic State attack" is by a group, not at an occasion. */
const OWN_READING = new Set(["organization", "group", "location", "facility"]);

/**
 * The occasion named by the capitalised words ending right before `end` ("Monday's Boston Marathon
 * bombing", "the Easter Sunday bombings", "the Bastille Day attack"): the words must end in an
 * occasion head ("Marathon", "Festival") or hold an occasion word ("Day", "Christmas", "Eve"). A
 * name the finder typed a body or a place ("Islamic State", "Manchester Arena") is no occasion; a
 * holiday read as a person ("Bastille Day") is.
 */
export function occasionEndingAt(ctx: SentenceContext, end: number): Occasion | undefined {
  const { tokens, text, words } = ctx;
  let first = end;
  while (first > 0) {
    const t = tokens[first - 1]!;
    const surface = text.slice(t.start, t.end);
    // "New Year's Eve", "Valentine's Day": the possessive inside the holiday's name.
    const possessiveOf = /^['’]s$/.test(surface) && first < end && /^(?:eve|day)$/.test(words[first] ?? "");
    if (!CAPITALISED.test(surface) && !possessiveOf) break;
    first--;
  }
  if (first >= end || !CAPITALISED.test(text.slice(tokens[first]!.start, tokens[first]!.end)))
    return undefined;
  const lower = words.slice(first, end);
  const occasion = OCCASION_HEADS.has(lower[lower.length - 1]!) || lower.some((w) => OCCASION_WORDS.has(w));
  if (!occasion) return undefined;
  const covered = ctx.chunks.some(
    (c) => c.kind === "name" && OWN_READING.has(c.type) && c.first < end && c.end > first,
  );
  if (covered) return undefined;
  const name = text
    .slice(tokens[first]!.start, tokens[end - 1]!.end)
    .replace(/^the\s+/i, "")
    .replace(/\s+(['’]s)/g, "$1");
  return { first, name };
}
