import type { EntityType } from "../../model/entity-types.js";
import type { Predicate } from "../../model/predicates.js";

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

const ACTORS: readonly EntityType[] = ["person", "organization", "group"];
const PEOPLE: readonly EntityType[] = ["person", "group"];
const PLACES: readonly EntityType[] = ["location", "facility"];
const COLLECTIVES: readonly EntityType[] = ["organization", "group"];

export const RELATION_PATTERNS: readonly RelationPattern[] = Object.freeze([
  {
    predicate: "trained_at",
    triggers: [
      "trained at",
      "trained in",
      "trained near",
      "received training in",
      "received training at",
      "underwent training in",
      "training camp in",
      "trained with",
    ],
    subject: PEOPLE,
    object: PLACES,
    order: "subject-trigger-object",
    namedPlace: true,
  },
  {
    predicate: "traveled_to",
    triggers: [
      "crossed into",
      "traveled to",
      "travelled to",
      "went to",
      "left for",
      "fled to",
      "arrived in",
      "made his way to",
      "slipped into",
      "returned to",
      "returned from",
      "travelling to",
      "traveling to",
      "journeyed to",
      "entered",
      "moved to",
      "headed to",
      "flew to",
      "flown to",
      "moving to",
      "reached",
      "visiting",
      "spent",
      // "had fought with the Islamic State in Syria": he was there (and a member, below).
      "fought with",
      "fighting with",
      "fought in",
      "fighting in",
    ],
    subject: PEOPLE,
    object: PLACES,
    order: "subject-trigger-object",
    namedPlace: true,
    window: 6,
  },
  {
    predicate: "member_of",
    triggers: [
      "belonged to",
      "belongs to",
      "member of",
      "members of",
      "joined",
      "membership of",
      "recruited by",
      "recruited into",
      "fought with",
      "fighting with",
      "fought for",
      "fighting for",
    ],
    subject: PEOPLE,
    object: COLLECTIVES,
    order: "subject-trigger-object",
  },
  {
    predicate: "affiliated_with",
    triggers: [
      "linked to",
      "tied to",
      "affiliated with",
      "affiliated to",
      "connected to",
      "ties to",
      "links to",
      "associated with",
      "aligned with",
      "affiliate of",
      "branch of",
      "offshoot of",
      "close to",
      "inspired by",
    ],
    subject: ACTORS,
    object: COLLECTIVES,
    order: "subject-trigger-object",
  },
  {
    predicate: "allegiance_to",
    triggers: [
      "pledged allegiance to",
      "swore allegiance to",
      "declared allegiance to",
      "pledged loyalty to",
      "sworn allegiance to",
      "pledging allegiance to",
      "pledges allegiance to",
      "pledge allegiance to",
      "allegiance to",
      "loyal to",
    ],
    subject: ACTORS,
    object: ["organization", "group", "person"],
    order: "subject-trigger-object",
  },
  {
    predicate: "leader_of",
    triggers: [
      "leader of",
      "head of",
      "founder of",
      "founded",
      "led",
      "leads",
      "commander of",
      "chief of",
      "emir of",
      "heads",
      "co-founder of",
    ],
    subject: ["person"],
    object: COLLECTIVES,
    order: "subject-trigger-object",
    window: 5,
  },
  {
    predicate: "leader_of",
    triggers: ["founded by", "led by", "headed by", "commanded by", "co-founded by"],
    subject: ["person"],
    object: COLLECTIVES,
    order: "object-trigger-subject",
    window: 5,
  },
  {
    predicate: "claimed_responsibility_for",
    triggers: [
      "claimed responsibility for",
      "claimed",
      "claims responsibility for",
      "took responsibility for",
      "taken responsibility for",
      "takes responsibility for",
      "claiming responsibility for",
      "claim responsibility for",
      "claimed credit for",
      "admitted responsibility for",
      "accepted responsibility for",
    ],
    subject: ACTORS,
    object: ["event"],
    order: "subject-trigger-object",
  },
  {
    predicate: "claimed_responsibility_for",
    triggers: ["claimed by", "claimed in the name of"],
    subject: ACTORS,
    object: ["event"],
    order: "object-trigger-subject",
  },
  {
    predicate: "perpetrated",
    triggers: [
      "carried out",
      "perpetrated",
      "was behind",
      "were behind",
      "is behind",
      "are behind",
      "committed",
      "staged",
      "masterminded",
      "orchestrated",
      "planned",
      "responsible for",
      "leading role in",
      "key role in",
      "played a role in",
      "planners of",
      "organised",
      "organized",
    ],
    subject: ACTORS,
    object: ["event"],
    order: "subject-trigger-object",
  },
  {
    predicate: "perpetrated",
    triggers: [
      "carried out by",
      "perpetrated by",
      "committed by",
      "staged by",
      "masterminded by",
      "orchestrated by",
    ],
    subject: ACTORS,
    object: ["event"],
    order: "object-trigger-subject",
  },
  {
    predicate: "perpetrated",
    triggers: ["blamed", "blaming", "accused", "held responsible"],
    subject: ACTORS,
    object: ["event"],
    order: "trigger-subject-object",
  },
  {
    predicate: "attacked",
    triggers: [
      "attacked",
      "opened fire on",
      "stormed",
      "targeted",
      "raided",
      "opened fire at",
      "struck",
      "ambushed",
      "bombed",
      "overran",
      "seized",
    ],
    subject: [...ACTORS, "event"],
    object: ["facility", "location", "person", "organization", "group"],
    order: "subject-trigger-object",
    window: 5,
  },
  {
    predicate: "detained_at",
    triggers: [
      "detained at",
      "detained in",
      "held at",
      "held in",
      "held on",
      "being held on",
      "being held in",
      "detained on",
      "imprisoned in",
      "imprisoned at",
      "jailed in",
      "arrested in",
      "arrested at",
    ],
    subject: PEOPLE,
    object: PLACES,
    order: "subject-trigger-object",
  },
  {
    predicate: "resident_of",
    triggers: [
      "lived in",
      "lives in",
      "is from",
      "was from",
      "native of",
      "hails from",
      "hailed from",
      "grew up in",
      "resident of",
      "resides in",
      "came from",
      "comes from",
      "hometown of",
      "his home in",
      "her home in",
    ],
    subject: ["person"],
    object: PLACES,
    order: "subject-trigger-object",
    window: 5,
  },
  {
    predicate: "studied_at",
    triggers: [
      "studied at",
      "studied in",
      "was studying at",
      "was studying in",
      "studying at",
      "enrolled at",
      "enrolled in",
      "student at",
      "graduated from",
      "attended",
      "student of",
    ],
    subject: ["person"],
    // "studied in Kairouan": reports name the city; the model's declaration accepts a location.
    object: ["facility", "organization", "location"],
    order: "subject-trigger-object",
    window: 4,
  },
  {
    predicate: "relative_of",
    triggers: [
      "brother of",
      "father of",
      "son of",
      "cousin of",
      "wife of",
      "sister of",
      "uncle of",
      "nephew of",
      "mother of",
      "daughter of",
      "husband of",
    ],
    subject: ["person"],
    object: ["person"],
    order: "subject-trigger-object",
    window: 4,
  },
]);

/** Casualty cues: where the count sits relative to the cue, and which predicate it gives. */
export interface CasualtyPattern {
  predicate: "killed" | "wounded";
  triggers: readonly string[];
  /** "count-first": "38 people were killed"; "count-after": "killing 38", "the death toll rose to 39". */
  count: "count-first" | "count-after";
  /** For "left 20 tourists dead": the word after the count that completes the cue. */
  completion?: readonly string[];
  /** A word that must come shortly before the trigger ("toll" … "rose to 39"). */
  after?: string;
}

export const CASUALTY_PATTERNS: readonly CasualtyPattern[] = Object.freeze([
  {
    predicate: "killed",
    triggers: [
      "killed",
      "dead",
      "died",
      "shot dead",
      "lost their lives",
      "perished",
      "were killed",
      "have been killed",
      "had been killed",
      "were shot dead",
      "have died",
      "deaths",
      "fatalities",
      "victims",
    ],
    count: "count-first",
  },
  {
    predicate: "wounded",
    triggers: [
      "wounded",
      "injured",
      "hurt",
      "were wounded",
      "were injured",
      "have been wounded",
      "have been injured",
      "injuries",
    ],
    count: "count-first",
  },
  {
    predicate: "killed",
    triggers: [
      "death toll rose to",
      "death toll reached",
      "death toll stood at",
      "death toll climbed to",
      "death toll of",
      "death toll to",
      "death toll is",
      "death toll was",
      "toll rose to",
      "toll rises to",
      "toll stood at",
      "toll of",
      "toll to",
      "toll reached",
      // "the number of people killed stood at 21", "the number of dead rose to 39"
      "killed stood at",
      "killed rose to",
      "killed reached",
      "killed had risen to",
      "killed has risen to",
      "dead stood at",
      "dead rose to",
      "dead reached",
      "dead had risen to",
      "dead has risen to",
      "killed",
      "kills",
      "kill",
      "killed at least",
      // "…, killing 84 people", "killing all 224 people on board"
      "killing",
      "killing all",
      "killed all",
    ],
    count: "count-after",
  },
  {
    predicate: "wounded",
    triggers: ["wounded", "wounding", "injured", "injuring", "injuries to"],
    count: "count-after",
  },
  {
    predicate: "killed",
    triggers: [
      "rose to",
      "risen to",
      "rises to",
      "climbed to",
      "stood at",
      "stands at",
      "reached",
      "increased to",
      // "The toll has risen above 200"
      "risen",
      "rose",
      "climbed",
      "is",
      "was",
      "at",
      "to",
    ],
    count: "count-after",
    after: "toll",
  },
  // "the number of people killed in last Saturday's truck bombing in Mogadishu had risen to 358"
  {
    predicate: "killed",
    triggers: ["had risen to", "has risen to", "rose to", "risen to"],
    count: "count-after",
    after: "killed",
  },
  { predicate: "killed", triggers: ["left"], count: "count-after", completion: ["dead"] },
  { predicate: "wounded", triggers: ["left"], count: "count-after", completion: ["wounded", "injured"] },
]);

/** Words after which the actor of the sentence co-occurs in the same statement ("trained … at the same time as X"). */
export const COMPANION_CUES: readonly string[] = Object.freeze([
  "at the same time as",
  "alongside",
  "along with",
  "together with",
]);

/** Verbs that make a plural noun phrase a group of attackers ("the two men who attacked the Bardo Museum"). */
export const ATTACK_VERBS: ReadonlySet<string> = new Set([
  "attacked",
  "stormed",
  "struck",
  "raided",
  "targeted",
  "killed",
  "seized",
  "ambushed",
  "overran",
  "captured",
]);
