import type { EntityType } from "../../model/entity-types.js";
import type { Token } from "../text/tokens.js";
import {
  COMMUNITY_NOUNS,
  COMPASS_WORDS,
  FACILITY_HEADS,
  HONORIFICS,
  KNOWN_GROUPS,
  LANDMARK_HEADS,
  ORGANIZATION_HEADS,
  ORGANIZATION_HEADS_BEFORE_OF,
  PLACE_PREPOSITIONS,
  TITLES,
} from "./lexicon.js";
import { typeByShape } from "./name-shapes.js";
import type { NamedSpan } from "./named-span.js";
import { looksLikePersonName } from "./person-names.js";
import { countryOfDemonym, findPlace, isDemonym } from "./place-gazetteer.js";

/** A name after typing: its type, the tokens of the name proper, and the title it carried. */
export interface TypedName {
  type: EntityType;
  /** Token range of the name without its title, [first, end). */
  first: number;
  end: number;
  /** "President", "Interior Minister": the title in front of the name, as written. */
  role?: string;
  /** The country of a demonym in front of the title ("Tunisian President …"). */
  country?: string;
}

const TITLE_WORDS = [...TITLES].map((t) => t.split(" ")).sort((a, b) => b.length - a.length);
const KNOWN = new Set(KNOWN_GROUPS);

/** Number of tokens of a title starting at `i` ("Interior Minister" is 2), 0 if none. */
export function titleAt(tokens: readonly Token[], i: number, end: number): number {
  for (const words of TITLE_WORDS) {
    if (i + words.length > end) continue;
    if (words.every((w, k) => tokens[i + k]!.text.toLowerCase() === w)) return words.length;
  }
  // "Tourism Minister", "Defence Secretary": a capitalised word before a minister-like head.
  const head = tokens[i + 1]?.text.toLowerCase();
  if (i + 1 < end && (head === "minister" || head === "secretary") && /^\p{Lu}/u.test(tokens[i]!.text))
    return 2;
  return 0;
}

function typeOfName(
  words: readonly string[],
  label: NamedSpan["label"],
  before: string | undefined,
): EntityType | undefined {
  const name = words.join(" ");
  const lower = name.toLowerCase();
  const last = words[words.length - 1]!.toLowerCase();
  const first = words[0]!.toLowerCase();
  const second = words[1]?.toLowerCase();
  if (KNOWN.has(lower) || KNOWN.has(lower.replace(/^the /, ""))) return "organization";
  // "Coptic Christians", "Shia Muslims": people, whatever the recogniser says.
  if (COMMUNITY_NOUNS.has(last)) return "group";
  const shaped = typeByShape(words, label, before);
  if (shaped) return shaped === "none" ? undefined : shaped;
  if (words.length > 1 && ORGANIZATION_HEADS.has(last)) return "organization";
  if (second === "of" && (ORGANIZATION_HEADS.has(first) || ORGANIZATION_HEADS_BEFORE_OF.has(first)))
    return "organization";
  if (second === "of" && FACILITY_HEADS.has(first)) return "facility";
  // "the Abbey Gate", "in Gulshan-e-Iqbal Park": a landmark's head ends the name of a site the words
  // around it treat as one ("Sahel Gate said" is a body, whatever its name).
  if (
    words.length > 1 &&
    LANDMARK_HEADS.has(last) &&
    label !== "PER" &&
    (before === "the" || (before !== undefined && PLACE_PREPOSITIONS.has(before)))
  )
    return "facility";
  if (findPlace(name)) return "location";
  // "Western Libya", "southern Tunisia": a region of a known place.
  if (words.length > 1 && COMPASS_WORDS.has(first) && findPlace(words.slice(1).join(" "))) return "location";
  if (words.length === 1 && isDemonym(name)) return undefined;
  // Checked after the gazetteer ("Abu Dhabi" is a city): a recogniser trained on English news types
  // "Abu Yahya al-Qayrawani" or "Seifiddine Rezgui" by guesswork.
  if (looksLikePersonName(words)) return "person";
  if (label === "ORG") return "organization";
  if (label === "LOC") return "location";
  if (label === "MISC") return undefined;
  // A lone unknown name after "in", "near", "from" is a place the gazetteer lacks ("near Sabratah").
  if (words.length === 1 && before !== undefined && PLACE_PREPOSITIONS.has(before)) return "location";
  if (words.length === 1 && /^[A-Z]{2,6}$/.test(name)) return "organization";
  return "person";
}

/**
 * Types a name span and strips the title in front of a person's name, which becomes a role.
 * `tokens[first, end)` are the span's tokens; `before` is the lowercase word before the span;
 * `settled` is the type the document has settled for the name (`NamedSpan.type`), which wins.
 *
 * @example "President Beji Caid Essebsi" → { type: "person", role: "President", name tokens "Beji Caid Essebsi" }
 */
export function typeName(
  tokens: readonly Token[],
  first: number,
  end: number,
  label: NamedSpan["label"],
  before: string | undefined,
  settled?: EntityType,
): TypedName | undefined {
  let i = first;
  let country: string | undefined;
  const roleTokens: Token[] = [];
  while (i < end && (tokens[i]!.text === "The" || tokens[i]!.text === "the")) i++;
  // "Tunisian President Beji Caid Essebsi": the demonym says whose president.
  if (i + 1 < end && isDemonym(tokens[i]!.text) && titleAt(tokens, i + 1, end) > 0) {
    country = countryOfDemonym(tokens[i]!.text);
    i++;
  }
  for (;;) {
    if (i < end && HONORIFICS.has(tokens[i]!.text.toLowerCase())) {
      i++;
      continue;
    }
    const n = titleAt(tokens, i, end);
    if (n === 0 || i + n >= end) break;
    roleTokens.push(...tokens.slice(i, i + n));
    i += n;
  }
  if (i >= end) return undefined;
  // "US Secretary of State": a title that goes on in lowercase words is all title, and no name.
  if (roleTokens.length > 0 && /^\p{Ll}/u.test(tokens[i]!.text)) return undefined;
  // A title is a role only in front of a person: "Interior Ministry" settled an organisation keeps its words.
  if (settled && settled !== "person" && roleTokens.length > 0) return { type: settled, first, end };
  const words = tokens.slice(i, end).map((t) => t.text);
  const stripped = roleTokens.length > 0 || i > first;
  const type =
    settled ??
    (roleTokens.length > 0
      ? "person"
      : typeOfName(words, stripped && label !== "PER" ? "PER" : label, before));
  if (!type) return undefined;
  const typed: TypedName = { type, first: i, end };
  if (roleTokens.length > 0) typed.role = roleTokens.map((t) => t.text).join(" ");
  if (country && typed.role) typed.country = country;
  return typed;
}
