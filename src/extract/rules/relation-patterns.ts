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
      "crossing into",
      // "made several trips to Libya", "was sent to Libya for training", "emigrated to Belgium"
      "trips to",
      "trip to",
      "sent to",
      "emigrated to",
      "relocated to",
      "smuggled into",
      "returning to",
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
    // "Sanon flew into Haiti on a private plane", "Both had come to Spain from Ecuador": the place right
    // after the verb, for "came to power in Ecuador" is no journey.
    predicate: "traveled_to",
    triggers: ["flew into", "flown into", "came to", "come to"],
    subject: PEOPLE,
    object: PLACES,
    order: "subject-trigger-object",
    namedPlace: true,
    window: 1,
  },
  {
    // "crossed the border and entered Libya" is travel; "entered the grounds of the museum" is an attack.
    predicate: "traveled_to",
    triggers: ["entered"],
    subject: PEOPLE,
    object: ["location"],
    order: "subject-trigger-object",
    namedPlace: true,
    window: 6,
  },
  {
    predicate: "member_of",
    triggers: [
      "belonged to",
      "belongs to",
      // "is believed to belong to Boko Haram"
      "belong to",
      // "had confessed to belonging to the Zetas"
      "belonging to",
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
    // "Abdullahi Hassan, a militant with al-Shabaab,": the group right after, never "militants with
    // links to al-Qaeda" or "fighters with heavy weapons".
    predicate: "member_of",
    triggers: ["militant with", "militants with", "fighter with", "fighters with"],
    subject: PEOPLE,
    object: COLLECTIVES,
    order: "subject-trigger-object",
    window: 1,
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
      // "Al-Shabaab, which is allied with al-Qaeda,"
      "allied with",
      "allied to",
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
      "pledging loyalty to",
      // "swore loyalty to Abu Bakr al-Baghdadi in a video"
      "swore loyalty to",
      "sworn loyalty to",
      "swear allegiance to",
      "swearing allegiance to",
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
      "who leads",
      "who led",
      "who heads",
    ],
    subject: ["person"],
    object: COLLECTIVES,
    order: "subject-trigger-object",
    window: 5,
  },
  {
    predicate: "leader_of",
    triggers: [
      "founded by",
      "led by",
      "headed by",
      "commanded by",
      "co-founded by",
      "was led by",
      "is led by",
    ],
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
      // "issued a statement claiming the attack"
      "claiming",
      "claiming credit for",
      // "Islamic State claims the attack through its Amaq news agency" (live blogs write the present)
      "claims",
    ],
    subject: ACTORS,
    object: ["event"],
    order: "subject-trigger-object",
  },
  {
    predicate: "claimed_responsibility_for",
    triggers: ["claimed by", "claimed in the name of", "was claimed by", "were claimed by"],
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
      // "is believed to be behind the attack", "may have been behind": hedged by the stance's cues.
      "be behind",
      "been behind",
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
    // "Boko Haram launched an attack on Baga": the act right after the verb, never "launched an
    // investigation into the attack".
    predicate: "perpetrated",
    triggers: ["launched", "mounted"],
    subject: ACTORS,
    object: ["event"],
    order: "subject-trigger-object",
    window: 2,
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
      // Entering a site by force: "burst into a synagogue", "drove into the Government Palace".
      "burst into",
      "stormed into",
      "force his way into",
      "forced his way into",
      "force their way into",
      "forced their way into",
      "drove into",
    ],
    subject: [...ACTORS, "event"],
    // A town is where an attack happened, not what it attacked ("attacked Istanbul's … airport").
    object: ["facility", "person", "organization", "group"],
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
    // "was jailed in 2002 and later deported to Jordan": the place is the phrase after the words.
    window: 4,
  },
  {
    // "Jamaat-ul-Ahrar, a faction of the Pakistani Taliban,": a part of a body is a body ("led a
    // splinter faction of X" does not make its leader X's affiliate).
    predicate: "affiliated_with",
    triggers: [
      "a faction of",
      "a splinter faction of",
      "a splinter group of",
      // "Ansaru, a splinter of Boko Haram,", "a breakaway faction of the Pakistani Taliban"
      "a splinter of",
      "a breakaway faction of",
      "a breakaway group of",
      "the armed wing of",
      "an offshoot of",
    ],
    subject: ["organization", "group"],
    object: ["organization", "group"],
    order: "subject-trigger-object",
  },
  {
    // "Rakhmat Akilov, a citizen of Uzbekistan,", "who held citizenship of both Italy and Morocco"
    predicate: "nationality",
    triggers: ["citizen of", "citizenship of", "national of", "citizens of", "nationals of", "passport of"],
    subject: ["person"],
    object: ["location"],
    order: "subject-trigger-object",
    window: 3,
  },
  {
    predicate: "resident_of",
    triggers: [
      "lived in",
      "lives in",
      // "had been living in Nice for two years"
      "living in",
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
      "student of",
    ],
    subject: ["person"],
    // "studied in Kairouan": reports name the city; the model's declaration accepts a location.
    object: ["facility", "organization", "location"],
    order: "subject-trigger-object",
    window: 4,
  },
  {
    // "attended Cairo University", not "attended the funeral in Lima": the school right after the verb.
    predicate: "studied_at",
    triggers: ["attended"],
    subject: ["person"],
    object: ["facility", "organization"],
    order: "subject-trigger-object",
    window: 1,
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

/** Words after which the actor of the sentence co-occurs in the same statement ("trained … at the same time as X"). */
export const COMPANION_CUES: readonly string[] = Object.freeze([
  "at the same time as",
  "alongside",
  "along with",
  "together with",
]);
