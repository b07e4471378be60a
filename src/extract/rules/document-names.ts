import type { EntityType } from "../../model/entity-types.js";
import type { Sentence } from "../../model/types.js";
import { type Token, tokenize } from "../text/tokens.js";
import { findDatelines } from "./datelines.js";
import { titleAt } from "./entity-typing.js";
import { actsAsGroup } from "./group-cues.js";
import { preferKnownGroups } from "./known-groups.js";
import {
  COMMON_CAPITALISED,
  DATE_WORDS,
  FACILITY_HEADS,
  HONORIFICS,
  KNOWN_GROUPS,
  KUNYA_WORDS,
  NAME_PARTICLES,
  NASAB_WORDS,
  ORGANIZATION_HEADS,
  ORGANIZATION_HEADS_BEFORE_OF,
  OUTLET_CREDIT_WORDS,
} from "./lexicon.js";
import { type NamedSpan, tokenRange } from "./named-span.js";
import { placeName } from "./names.js";
import { isGivenName } from "./person-names.js";
import { findPlace, isDemonym } from "./place-gazetteer.js";
import { isTitleWord } from "./role-titles.js";
import { armsNamedIn, repairSentenceSpans } from "./span-repairs.js";

/**
 * Document-level name settling, between the name finder and the sentence rules. A recogniser reads
 * one sentence at a time; a report is one document, and a name keeps one sense throughout it (Gale,
 * Church and Yarowsky 1992; the label consistency of Krishnan and Manning 2006).
 */
export const DEFAULTS = Object.freeze({
  /** A line with no lowercase letter and at most this many words is a heading ("KEY JUDGEMENTS"). */
  headingMaxWords: 8,
  /** How many capitalised words a person's name may be widened by to the left ("Lokmane" + "Abou Sakhr"). */
  maxGivenNameWords: 2,
});

const KNOWN = new Set(KNOWN_GROUPS);
/** Words of a person's name that say nothing of who it is: "al", "ben", "Abu". */
const CONNECTING = new Set([...NAME_PARTICLES, ...KUNYA_WORDS, ...NASAB_WORDS]);
const HEADS = (w: string) => ORGANIZATION_HEADS.has(w) || FACILITY_HEADS.has(w);
const overlaps = (a: NamedSpan, b: NamedSpan) => a.start < b.end && b.start < a.end;

/** Words the document writes in lowercase somewhere: ordinary words, not names, when capitalised. */
function lowercaseVocabulary(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'-]*/gu)) words.add(m[0]);
  return words;
}

/** Index of the first token with a letter: where the sentence's words start after "14:05" or a quote. */
function firstWord(tokens: readonly Token[]): number {
  const i = tokens.findIndex((t) => /\p{L}/u.test(t.text));
  return i < 0 ? tokens.length : i;
}

function spanOver(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  base: NamedSpan,
): NamedSpan {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return { ...base, start, end, text: text.slice(start, end) };
}

interface SentenceView {
  tokens: Token[];
  words: string[];
  heading: boolean;
}

/**
 * What one sentence's spans become: dropped when they are a heading or a common word, widened when
 * a given name or an organisation head stands next to them, typed an organisation before an outlet's
 * credit ("Maghreb Wire staff").
 */
function reviseSentenceSpans(
  text: string,
  view: SentenceView,
  spans: NamedSpan[],
  lowercase: ReadonlySet<string>,
  options: typeof DEFAULTS,
): NamedSpan[] {
  const { tokens, words } = view;
  const out: NamedSpan[] = [];
  const start = firstWord(tokens);
  for (const span of spans) {
    if (span.type) {
      out.push(span);
      continue;
    }
    const [first, end] = tokenRange(tokens, span);
    if (first >= end) continue;
    const lower = span.text.toLowerCase();
    const known = KNOWN.has(lower) || KNOWN.has(lower.replace(/^the /, ""));
    // "KEY JUDGEMENTS", "OUTLOOK": a heading names no one; a place in it ("TUNISIA") is still a place.
    if (view.heading && !known && !findPlace(span.text)) continue;
    // "Published 2015-03-19", "Reporting by …": a lone common word is no name.
    if (
      end - first === 1 &&
      COMMON_CAPITALISED.has(words[first]!) &&
      !HEADS(words[first]!) &&
      !findPlace(span.text)
    )
      continue;
    // A sentence-initial lone word the document writes in lowercase elsewhere ("Gunfire reported …").
    if (
      end - first === 1 &&
      first === start &&
      lowercase.has(words[first]!) &&
      !known &&
      !HEADS(words[first]!) &&
      !findPlace(span.text)
    )
      continue;
    // "Presidency of the Republic": the recogniser tags "Republic"; the name is the office's.
    const of = words[first - 1] === "the" ? first - 2 : first - 1;
    const head = of - 1;
    if (
      words[of] === "of" &&
      head >= 0 &&
      /^\p{Lu}/u.test(tokens[head]!.text) &&
      (ORGANIZATION_HEADS_BEFORE_OF.has(words[head]!) || ORGANIZATION_HEADS.has(words[head]!))
    ) {
      // "the Secret Organisation of al-Qaeda in Europe": capitalised words before the head, and a
      // place after a known group's name, belong to the organisation's name.
      let from = head;
      while (
        from - 1 > start &&
        /^\p{Lu}\p{Ll}+$/u.test(tokens[from - 1]!.text) &&
        !DATE_WORDS.has(words[from - 1]!)
      )
        from--;
      let to = end;
      const place = tokens[end + 1];
      if (
        known &&
        words[end] === "in" &&
        place &&
        /^\p{Lu}/u.test(place.text) &&
        (findPlace(place.text) || spans.some((s) => s.start === place.start && s.label === "LOC"))
      )
        to = end + 2;
      const widened = spanOver(text, tokens, from, to, span);
      out.push({ ...widened, label: "ORG", type: "organization" });
      continue;
    }
    // "(Reporting by Maghreb Wire staff)": an outlet's credit, an organisation.
    if (OUTLET_CREDIT_WORDS.has(words[end] ?? "") && !findPlace(span.text)) {
      out.push({ ...span, label: "ORG", type: "organization" });
      continue;
    }
    out.push(span.label === "PER" ? withGivenNames(text, view, span, first, end, lowercase, options) : span);
  }
  return out;
}

/**
 * A person's span widened over the capitalised words a recogniser left out in front of it:
 * "including Lokmane Abou Sakhr" tagged "Abou Sakhr", "Seifiddine Rezgui Yacoubi, the 23-year-old"
 * tagged "Rezgui Yacoubi". A word is taken when it is capitalised, no title or title word
 * ("Chancellor", "Secretary"), date, place, people or
 * common word, never written in lowercase in the document, and — at the start of a sentence, where
 * every word is capitalised — a known given name.
 */
function withGivenNames(
  text: string,
  view: SentenceView,
  span: NamedSpan,
  first: number,
  end: number,
  lowercase: ReadonlySet<string>,
  options: typeof DEFAULTS,
): NamedSpan {
  const { tokens, words } = view;
  const start = firstWord(tokens);
  let from = first;
  for (let n = 0; n < options.maxGivenNameWords && from > 0; n++) {
    const k = from - 1;
    const word = tokens[k]!.text;
    const ok =
      /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(word) &&
      !COMMON_CAPITALISED.has(words[k]!) &&
      !DATE_WORDS.has(words[k]!) &&
      !HONORIFICS.has(words[k]!) &&
      !HEADS(words[k]!) &&
      !KNOWN.has(words[k]!) &&
      !lowercase.has(words[k]!) &&
      titleAt(tokens, k, from) === 0 &&
      !isTitleWord(words[k]!) &&
      !isDemonym(word) &&
      !findPlace(word) &&
      (k > start || isGivenName(word));
    if (!ok) break;
    from = k;
  }
  return from === first ? span : spanOver(text, tokens, from, end, span);
}

interface TypedSpan {
  span: NamedSpan;
  type: EntityType;
  /** The name proper, lowercase, without its title: what the document's other mentions must match. */
  key: string;
  words: string[];
}

/**
 * One type per name in a document. A name typed two ways takes the type the document settled for it
 * (a dateline's outlet) or else the type most of its mentions have, the recogniser's confidence
 * breaking ties. Then a name made only of words of a person's full name is that person ("Rezgui"
 * after "Seifeddine Rezgui"), unless a head word or a country says otherwise.
 */
function settleTypes(typed: TypedSpan[]): void {
  const byKey = new Map<string, TypedSpan[]>();
  for (const t of typed) byKey.set(t.key, [...(byKey.get(t.key) ?? []), t]);
  for (const group of byKey.values()) {
    if (new Set(group.map((t) => t.type)).size < 2) continue;
    let best = group.find((t) => t.span.type)?.span.type;
    if (!best) {
      const weight = new Map<EntityType, [number, number]>();
      for (const t of group) {
        const [n, score] = weight.get(t.type) ?? [0, 0];
        weight.set(t.type, [n + 1, score + (t.span.score ?? 0)]);
      }
      best = [...weight.entries()].sort((a, b) => b[1][0] - a[1][0] || b[1][1] - a[1][1])[0]![0];
    }
    for (const t of group) [t.type, t.span.type] = [best, best];
  }
  const personWords = new Set(
    typed
      .filter((t) => t.type === "person" && t.words.length > 1)
      .flatMap((t) => t.words.filter((w) => !CONNECTING.has(w))),
  );
  for (const t of typed) {
    if (t.type === "person" || t.span.type) continue;
    const named = t.words.filter((w) => !CONNECTING.has(w));
    if (
      named.length > 0 &&
      named.every((w) => personWords.has(w)) &&
      !t.words.some(HEADS) &&
      findPlace(t.key) !== "country"
    )
      [t.type, t.span.type] = ["person", "person"];
  }
}

/**
 * Settles a document's name spans before the sentence rules read them: known groups as wholes,
 * datelines' places and outlets, headings and lone common words dropped, persons' given names taken
 * in, and one type per name across the document.
 *
 * @example settleNames("SOUSSE, June 27 (Maghreb Wire) - … (Reporting by Maghreb Wire staff)", sentences, spans)
 * // both "Maghreb Wire" spans come back with type "organization"
 */
export function settleNames(
  text: string,
  sentences: readonly Sentence[],
  found: readonly NamedSpan[],
  options: typeof DEFAULTS = DEFAULTS,
): NamedSpan[] {
  const datelined = findDatelines(text).flatMap((d) => (d.outlet ? [...d.places, d.outlet] : d.places));
  const spans = [
    ...preferKnownGroups(text, found).filter((s) => !datelined.some((d) => overlaps(s, d))),
    ...datelined,
  ].sort((a, b) => a.start - b.start);
  const lowercase = lowercaseVocabulary(text);
  const arms = armsNamedIn(text);
  const settled: NamedSpan[] = [];
  const typed: TypedSpan[] = [];
  for (const sentence of sentences) {
    const found = spans.filter((s) => s.start >= sentence.start && s.end <= sentence.end);
    if (found.length === 0) continue;
    const tokens = tokenize(text, sentence.start, sentence.end);
    // "Sinai Province" of a group named so elsewhere in the report is that group's arm, not a province.
    const inside = repairSentenceSpans(text, tokens, found).map((s) =>
      arms.has(
        s.text
          .toLowerCase()
          .replace(/^the\s+/, "")
          .replace(/\s+/g, " "),
      )
        ? { ...s, label: "ORG" as const, type: "organization" as const }
        : s,
    );
    const words = tokens.map((t) => t.text.toLowerCase());
    const line = text.slice(sentence.start, sentence.end);
    const heading =
      !/\p{Ll}/u.test(line) && tokens.filter((t) => /\p{L}/u.test(t.text)).length <= options.headingMaxWords;
    const view: SentenceView = { tokens, words, heading };
    const revised = reviseSentenceSpans(text, view, inside, lowercase, options)
      // A widened span swallows the spans it now covers ("Presidency" tagged apart from "Republic").
      .filter(
        (s, i, all) =>
          !all.some(
            (o, j) => j !== i && o.start <= s.start && s.end <= o.end && o.end - o.start > s.end - s.start,
          ),
      );
    for (const span of revised) {
      const own = { ...span };
      settled.push(own);
      const placed = placeName(tokens, words, sentence.index, own);
      if (!placed) continue;
      // "claimed by the Indian Mujahideen": a name the sentence casts as a group is one, not a place.
      const { first: from, end: to } = placed.typed;
      if (
        placed.typed.type === "location" &&
        !findPlace(words.slice(from, to).join(" ")) &&
        actsAsGroup(words, from, to)
      )
        [placed.typed.type, own.type] = ["organization", "organization"];
      const nameWords = words.slice(placed.typed.first, placed.typed.end);
      typed.push({ span: own, type: placed.typed.type, key: nameWords.join(" "), words: nameWords });
    }
  }
  settleTypes(typed);
  return settled;
}
