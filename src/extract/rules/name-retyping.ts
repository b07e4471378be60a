import type { EntityType } from "../../model/entity-types.js";
import type { Sentence } from "../../model/types.js";
import { type Token, tokenize } from "../text/tokens.js";
import {
  COMMON_CAPITALISED,
  FACILITY_HEADS,
  FUSED_ARTICLE,
  HONORIFICS,
  KNOWN_GROUPS,
  ORGANIZATION_HEADS,
  ROLE_NOUNS,
  ROLE_TITLE_HEADS,
  STREET_NAME_ENDINGS,
  TITLES,
  UNNAMED_FACILITY_HEADS,
} from "./lexicon.js";
import { type NamedSpan, tokenRange } from "./named-span.js";
import { isGivenName, looksLikePersonName } from "./person-names.js";
import { findPlace, isDemonym } from "./place-gazetteer.js";

/**
 * Names the recogniser types or cuts wrongly in a regular way, repaired on the sentence's tokens after
 * the document has settled its names:
 * - an Arabic movement's name ("Jama'at Nusrat al-Islam wal-Muslimin") is one organisation, from its
 *   opening word over its capitalised and fused-article words;
 * - a known group whose name holds a lowercase word ("Save the Children") is one organisation;
 * - a person-tagged name after "the" and before a lowercase facility head ("the Hawa Mahal palace")
 *   is a facility, head included;
 * - a one-word name after "at a", "in an" with adjectives or a place between ("at a crowded Walmart",
 *   "at an El Paso Walmart") is a store of a chain: a facility;
 * - a name opened by a topographic word ("Jabel Mukaber", "Har Nof", "Wadi Rum") is a place;
 * - "West Bank", "East Bank" are places, not banks;
 * - a street name keeps its number ("24 Oktoberplein"); a one-word park ("Güvenpark") is a facility;
 * - a given name opening the sentence belongs to the person-tagged name after it ("Anders" +
 *   "Behring Breivik").
 * A name retyped here is retyped wherever the report repeats it. Pure; the spans are new objects.
 */

/** Words that open an Arabic movement's name: "Jama'at", "Harakat", "Tanzim", "Jaish", "Katibat", "Liwa". */
const MOVEMENT_OPENERS = new Set([
  "jama'at",
  "jamaat",
  "jama’at",
  "harakat",
  "tanzim",
  "jaish",
  "katibat",
  "liwa",
]);

/** Fused connectors inside a movement's name: "wal-Muslimin", "wa-l-Jihad". */
const FUSED_CONNECTOR = /^(?:wal|wa|li|bil|fil)-\p{Lu}/u;

/** First words that make a name a place: mountain, valley, house, village, hill, spring, head in Arabic and Hebrew. */
const PLACE_OPENERS = new Set([
  "jabal",
  "jabel",
  "jebel",
  "djebel",
  "wadi",
  "har",
  "givat",
  "kiryat",
  "ramat",
  "beit",
  "kafr",
  "kfar",
  "deir",
  "tel",
  "tell",
  "ras",
  "bir",
]);

/** A compass point and a head that make a region rather than a body: "West Bank", "East Bank". */
const COMPASS_POINTS = new Set(["west", "east", "north", "south"]);
const COMPASS_PLACE_HEADS = new Set(["bank"]);

/** Prepositions before an article that put the name after it as a place where something happens. */
const SITE_PREPOSITIONS = new Set(["at", "in", "inside", "outside", "near", "into"]);

/** Lowercase words between an article and a name that are no adjectives: "at a mosque in Saada". */
const NOT_ADJECTIVES = new Set([
  ...SITE_PREPOSITIONS,
  "of",
  "and",
  "or",
  "the",
  "to",
  "from",
  "for",
  "with",
  "on",
  "by",
]);

/** One-word parks in languages that write the head joined: "Güvenpark", "Vondelpark". */
const JOINED_PARK = /^\p{Lu}\p{Ll}{2,}park$/u;

/** Known group names with a lowercase word inside, as written: "Save the Children". */
const LOWERCASE_INSIDE = KNOWN_GROUPS.filter(
  (g) => / (?:the|of|and|for|in|wal) /.test(g) && !/^islamic/.test(g),
);

const CAPITALISED = /^\p{Lu}/u;
const TITLE_OPENERS = new Set(TITLES.map((t) => t.split(" ")[0]!));

function over(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  label: NamedSpan["label"],
  type: EntityType,
): NamedSpan {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return { start, end, text: text.slice(start, end), label, type };
}

/** Replaces the spans a new one overlaps with it. */
function replace(spans: NamedSpan[], span: NamedSpan): NamedSpan[] {
  const kept = spans.filter((s) => !(s.start < span.end && span.start < s.end));
  return [...kept, span].sort((a, b) => a.start - b.start);
}

/** "Jama'at Nusrat al-Islam wal-Muslimin": an opener and at least two capitalised or fused words after it. */
function movementNames(text: string, tokens: readonly Token[], spans: NamedSpan[]): NamedSpan[] {
  let out = spans;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.text;
    if (!CAPITALISED.test(word) || !MOVEMENT_OPENERS.has(word.toLowerCase())) continue;
    let end = i + 1;
    while (
      end < tokens.length &&
      (CAPITALISED.test(tokens[end]!.text) ||
        FUSED_ARTICLE.test(tokens[end]!.text) ||
        FUSED_CONNECTOR.test(tokens[end]!.text))
    )
      end++;
    if (end - i < 3) continue;
    out = replace(out, over(text, tokens, i, end, "ORG", "organization"));
    i = end - 1;
  }
  return out;
}

/** "Save the Children": a known group's name with a lowercase word, written capitalised, is one organisation. */
function knownNamesWithLowercase(text: string, tokens: readonly Token[], spans: NamedSpan[]): NamedSpan[] {
  let out = spans;
  const words = tokens.map((t) => t.text.toLowerCase());
  for (const name of LOWERCASE_INSIDE) {
    const parts = name.split(" ");
    for (let i = 0; i + parts.length <= tokens.length; i++) {
      if (!CAPITALISED.test(tokens[i]!.text)) continue;
      if (!parts.every((p, k) => words[i + k] === p)) continue;
      out = replace(out, over(text, tokens, i, i + parts.length, "ORG", "organization"));
    }
  }
  return out;
}

/** Heads of a collective that a name may be followed by or described as: "the Zemun clan", "a religious sect". */
const COLLECTIVE_HEADS = new Set(["clan", "cartel", "sect", "cult", "gang", "militia", "syndicate", "mafia"]);

/** Whether ", a (religious) sect" or ", the drug cartel" follows the token `end`: up to two lowercase words before the head. */
function apposedCollective(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== "," || !/^(?:a|an|the)$/i.test(tokens[end + 1]?.text ?? "")) return false;
  for (let k = end + 2; k <= end + 4; k++) {
    const w = tokens[k]?.text ?? "";
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return false;
    if (COLLECTIVE_HEADS.has(w)) return true;
  }
  return false;
}

/** The retyped span for one name, or undefined when no construction here applies. */
function retype(text: string, tokens: readonly Token[], span: NamedSpan): NamedSpan | undefined {
  const [first, end] = tokenRange(tokens, span);
  if (first >= end) return undefined;
  const words = tokens.slice(first, end).map((t) => t.text);
  const lower = words.map((w) => w.toLowerCase());
  const before = tokens[first - 1]?.text.toLowerCase();
  const next = tokens[end];
  // "the Hawa Mahal palace": a person is no "the X palace".
  if (
    span.label === "PER" &&
    before === "the" &&
    next &&
    /^\p{Ll}+$/u.test(next.text) &&
    FACILITY_HEADS.has(next.text) &&
    !findPlace(words.join(" "))
  )
    return over(text, tokens, first, end + 1, "LOC", "facility");
  // "Jabel Mukaber", "Har Nof": a topographic first word.
  if (words.length > 1 && PLACE_OPENERS.has(lower[0]!) && !looksLikeFullName(words))
    return { ...span, label: "LOC", type: "location" };
  // "the West Bank".
  if (words.length === 2 && COMPASS_POINTS.has(lower[0]!) && COMPASS_PLACE_HEADS.has(lower[1]!))
    return { ...span, label: "LOC", type: "location" };
  // "24 Oktoberplein": the number is part of a street's name.
  if (
    words.length === 1 &&
    STREET_NAME_ENDINGS.test(words[0]!) &&
    /^\d+$/.test(tokens[first - 1]?.text ?? "")
  )
    return over(text, tokens, first - 1, end, "LOC", "location");
  if (words.length === 1 && JOINED_PARK.test(words[0]!)) return { ...span, label: "LOC", type: "facility" };
  // "the Zemun clan", "the Gulf cartel", "the Aum Shinrikyo sect": the collective's head is in the name.
  // A group the lexicon knows keeps its own name ("the Ansar al-Sharia militia" is Ansar al-Sharia).
  if (
    next &&
    /^\p{Ll}+$/u.test(next.text) &&
    COLLECTIVE_HEADS.has(next.text) &&
    !KNOWN_GROUPS.includes(span.text.toLowerCase())
  )
    return over(text, tokens, first, end + 1, "ORG", "organization");
  // "Aum Shinrikyo, a religious sect,": an apposed collective says what the name is.
  if (span.label !== "ORG" && apposedCollective(tokens, end))
    return { ...span, label: "ORG", type: "organization" };
  // "Anders" + "Behring Breivik": a given name opening the sentence, cut off the person after it.
  if (
    span.label === "PER" &&
    first === 1 &&
    openingGivenName(tokens[0]!.text, words.length) &&
    // A name that opens with a given name is whole ("Chancellor Angela Merkel").
    !isGivenName(words[0]!) &&
    words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !ORGANIZATION_HEADS.has(w.toLowerCase())) &&
    !lower.some((w) => TITLE_OPENERS.has(w) || ROLE_NOUNS.has(w)) &&
    tokens[0]!.end + 1 === tokens[1]!.start
  )
    return over(text, tokens, 0, end, "PER", "person");
  return chainStore(text, tokens, span, first, end);
}

/**
 * Whether a sentence's first word is a given name: one the lexicon knows, or, before a name of two
 * words or more ("Anders Behring Breivik"), a capitalised word that is no common, role or place word.
 */
function openingGivenName(word: string, nameWords: number): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (TITLE_OPENERS.has(lower) || ROLE_TITLE_HEADS.has(lower) || ROLE_NOUNS.has(lower)) return false;
  if (isGivenName(word)) return true;
  return (
    nameWords > 1 &&
    !TITLE_OPENERS.has(lower) &&
    !COMMON_CAPITALISED.has(lower) &&
    !HONORIFICS.has(lower) &&
    !ROLE_NOUNS.has(lower) &&
    !findPlace(word) &&
    !isDemonym(word)
  );
}

function looksLikeFullName(words: readonly string[]): boolean {
  return words.length > 2 && looksLikePersonName(words.slice(1));
}

/** "at a crowded Walmart", "at an El Paso Walmart": an article makes the name one store of a chain. */
function chainStore(
  text: string,
  tokens: readonly Token[],
  span: NamedSpan,
  first: number,
  end: number,
): NamedSpan | undefined {
  const last = tokens[end - 1]!.text;
  if (!/^\p{Lu}\p{Ll}+$/u.test(last) && !/^\p{Lu}\p{Ll}*\p{Lu}\p{Ll}+$/u.test(last)) return undefined;
  if (findPlace(last) || isDemonym(last) || isGivenName(last) || KNOWN_GROUPS.includes(last.toLowerCase()))
    return undefined;
  // The words of the name before the store's are a place ("El Paso").
  if (
    end - first > 1 &&
    !findPlace(
      tokens
        .slice(first, end - 1)
        .map((t) => t.text)
        .join(" "),
    )
  )
    return undefined;
  let article = first - 1;
  let adjectives = 0;
  while (
    article >= 0 &&
    /^\p{Ll}+$/u.test(tokens[article]!.text) &&
    !/^an?$/.test(tokens[article]!.text) &&
    !NOT_ADJECTIVES.has(tokens[article]!.text) &&
    !FACILITY_HEADS.has(tokens[article]!.text) &&
    !UNNAMED_FACILITY_HEADS.has(tokens[article]!.text)
  ) {
    article--;
    adjectives++;
  }
  if (adjectives > 2 || article < 1 || !/^an?$/i.test(tokens[article]!.text)) return undefined;
  if (!SITE_PREPOSITIONS.has(tokens[article - 1]!.text.toLowerCase())) return undefined;
  if (adjectives > 0 && end - first > 1) return undefined;
  // "at a Tops supermarket": the name with its head; "in a mostly Black neighbourhood" is no store.
  const next = tokens[end]?.text ?? "";
  if (/^\p{Ll}/u.test(next) && !NOT_ADJECTIVES.has(next)) {
    if (!FACILITY_HEADS.has(next) || adjectives > 0) return undefined;
    return over(text, tokens, first, end + 1, "LOC", "facility");
  }
  return adjectives > 0
    ? over(text, tokens, article + 1, end, "LOC", "facility")
    : { ...span, label: "LOC", type: "facility" };
}

/**
 * Repairs the spans of a report, sentence by sentence (see the module comment), then gives every other
 * span with the same text as a retyped name that name's type.
 *
 * @example retypeNames(text, sentences, spans) // "Hawa Mahal" tagged a person → "Hawa Mahal palace", a facility
 */
export function retypeNames(
  text: string,
  sentences: readonly Sentence[],
  spans: readonly NamedSpan[],
): NamedSpan[] {
  const out: NamedSpan[] = [];
  const retyped = new Map<string, EntityType>();
  for (const sentence of sentences) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    let inside = spans.filter((s) => s.start >= sentence.start && s.end <= sentence.end);
    inside = knownNamesWithLowercase(text, tokens, movementNames(text, tokens, inside));
    for (const span of inside) {
      const repaired =
        span.type === "organization" && !spans.includes(span) ? undefined : retype(text, tokens, span);
      if (!repaired) {
        out.push(span);
        continue;
      }
      out.push(repaired);
      retyped.set(span.text, repaired.type!);
    }
  }
  const outside = spans.filter((s) => !sentences.some((x) => s.start >= x.start && s.end <= x.end));
  return [...out, ...outside]
    .map((s) => (s.type === undefined || s.type === "person" ? retypedAs(s, retyped) : s))
    .sort((a, b) => a.start - b.start);
}

function retypedAs(span: NamedSpan, retyped: ReadonlyMap<string, EntityType>): NamedSpan {
  const type = retyped.get(span.text);
  return type && type !== "person" ? { ...span, type } : span;
}
