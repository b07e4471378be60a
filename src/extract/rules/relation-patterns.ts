import type { EntityType } from "../../model/entity-types.js";
import type { Predicate } from "../../model/predicates.js";
import { ACT_PATTERNS } from "./act-patterns.js";
import { GROUP_TIE_PATTERNS } from "./group-tie-patterns.js";
import { IDENTITY_PATTERNS } from "./identity-patterns.js";
import { JOURNEY_PATTERNS } from "./journey-patterns.js";

/**
 * The relation table: every statement the pattern matcher makes comes from a row here. A trigger is
 * a lowercase word sequence matched over tokens; `order` says where the two arguments sit:
 * - "subject-trigger-object": active voice, "Rezgui had belonged to Ansar al-Sharia";
 * - "object-trigger-subject": passive, "the attack was claimed by the Islamic State";
 * - "trigger-subject-object": "blamed the Okba Ibn Nafaa Brigade for the attack".
 * Argument types narrow the predicate's own (the store still checks against `PREDICATES`).
 */
export type ArgumentOrder = "subject-trigger-object" | "object-trigger-subject" | "trigger-subject-object";

export interface RelationPattern {
  predicate: Predicate;
  triggers: readonly string[];
  subject: readonly EntityType[];
  object: readonly EntityType[];
  order: ArgumentOrder;
  /** For an unnamed site ("a camp near Sabratha"), point at the named place it lies in. */
  namedPlace?: boolean;
  /** The most tokens between the trigger and its object. */
  window?: number;
}

/** The rows in the table's order, which the matcher keeps for rows that share a trigger. */
export const RELATION_PATTERNS: readonly RelationPattern[] = Object.freeze([
  ...JOURNEY_PATTERNS,
  ...GROUP_TIE_PATTERNS,
  ...ACT_PATTERNS,
  ...IDENTITY_PATTERNS,
]);

/** Words after which the actor of the sentence co-occurs in the same statement ("trained … at the same time as X"). */
export const COMPANION_CUES: readonly string[] = Object.freeze([
  "at the same time as",
  "alongside",
  "along with",
  "together with",
]);
