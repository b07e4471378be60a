import type { EntityType } from "../../model/entity-types.js";
import {
  ARM_NAME_OPENERS,
  FACILITY_HEADS,
  HOLIDAY_NAMES,
  KNOWN_OUTLETS,
  OCCASION_HEADS,
  OCCASION_WORDS,
  ORGANIZATION_HEADS,
  PLACE_NAME_HEADS,
  STREET_NAME_ENDINGS,
  STREET_NAME_WORDS,
  SURNAME_FACILITY_HEADS,
} from "./lexicon.js";

const OUTLETS = new Set(KNOWN_OUTLETS);

/**
 * The type a name's own words give it, before the gazetteers and the recogniser's label are heard:
 * - an outlet it knows ("Al Jazeera", "Amaq") is an organisation;
 * - "Wilayat Sinai", a group's regional arm, is an organisation;
 * - a street word of any language ("La Rambla", "Rue de Rivoli", "Breitscheidplatz") or a place head
 *   at the end ("Tavistock Square", "Martin Place", "Siliana governorate") makes a place, unless a
 *   facility head ends it ("Plaza Hotel");
 * - a facility head at the end ("Holey Artisan Bakery", "Atatürk airport") makes a facility; a head
 *   that is also a family name ("Hall", "Temple") only after "the" when the recogniser read a person;
 * - an organisation head at the end ("Interior Ministry") makes an organisation;
 * - an occasion ("the Boston Marathon", "the G8 Summit", "the Bastille Day") or a holy day alone
 *   ("Yom Kippur", "Sabbath") is no entity of its own: "none".
 * `before` is the lowercase word before the name (its "the" included when the span starts with it).
 *
 * @example typeByShape(["La", "Rambla"], "PER", "on") // "location"
 * @example typeByShape(["Boston", "Marathon"], "ORG", "the") // "none"
 */
export function typeByShape(
  words: readonly string[],
  label: string,
  before: string | undefined,
): EntityType | "none" | undefined {
  const lower = words.map((w) => w.toLowerCase());
  const last = lower[lower.length - 1]!;
  const name = lower.join(" ");
  if (OUTLETS.has(name)) return "organization";
  // "as worshippers marked Yom Kippur", "during Sabbath services": a holy day is a time.
  if (HOLIDAY_NAMES.has(name.replace(/’/g, "'"))) return "none";
  if (words.length > 1 && ARM_NAME_OPENERS.has(lower[0]!)) return "organization";
  const facilityHead =
    words.length > 1 &&
    FACILITY_HEADS.has(last) &&
    !(label === "PER" && SURNAME_FACILITY_HEADS.has(last) && before !== "the");
  if (!facilityHead && (lower.some((w) => STREET_NAME_WORDS.has(w)) || STREET_NAME_ENDINGS.test(name)))
    return "location";
  if (words.length > 1 && PLACE_NAME_HEADS.has(last)) return "location";
  if (facilityHead) return "facility";
  if (words.length > 1 && ORGANIZATION_HEADS.has(last)) return "organization";
  if (words.length > 1 && OCCASION_HEADS.has(last)) return "none";
  // "the Bastille Day attack": a holiday after "the" is no person ("Doris Day" has no "the").
  if (words.length > 1 && before === "the" && OCCASION_WORDS.has(last)) return "none";
  return undefined;
}
