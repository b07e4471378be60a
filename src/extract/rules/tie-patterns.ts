import type { RelationPattern } from "./relation-patterns.js";

/**
 * More rows for the relation table (`relation-patterns.ts`, read by `relations.ts`): the wordings of
 * custody, travel, command and alliance that wire copy uses beside the table's own. Kept apart so the
 * table's file does not grow; the matcher reads both as one.
 */
export const TIE_PATTERNS: readonly RelationPattern[] = Object.freeze([
  {
    // "The Islamic State took credit for the attack"
    predicate: "claimed_responsibility_for",
    triggers: ["took credit for", "taken credit for", "takes credit for", "taking credit for"],
    subject: ["person", "organization", "group"],
    object: ["event"],
    order: "subject-trigger-object",
  },
  {
    // "was jailed at Pankrác prison", "remains in custody at Fleury-Mérogis", "was questioned at
    // police headquarters": where a person is held, a site or a town ("incarcerated at Guantanamo Bay").
    predicate: "detained_at",
    triggers: [
      "jailed at",
      "in custody at",
      "incarcerated at",
      "incarcerated in",
      "locked up at",
      "locked up in",
      "being held at",
      "imprisoned at",
    ],
    subject: ["person", "group"],
    object: ["facility", "location"],
    order: "subject-trigger-object",
    window: 3,
  },
  {
    // "was questioned at police headquarters": a site only, for "questioned at length" or "at the
    // scene" name none and a town is as often the inquiry's as the custody's.
    predicate: "detained_at",
    triggers: ["questioned at", "interrogated at"],
    subject: ["person", "group"],
    object: ["facility"],
    order: "subject-trigger-object",
    window: 3,
  },
  {
    // "in custody in Paris": a site or a town right after the words.
    predicate: "detained_at",
    triggers: ["in custody in"],
    subject: ["person", "group"],
    object: ["facility", "location"],
    order: "subject-trigger-object",
    window: 1,
  },
  {
    // "who had visited Yemen twice": the place right after the verb ("visited the scene" is a site, and
    // an official's visit is travel too).
    predicate: "traveled_to",
    triggers: ["visited", "had visited", "has visited"],
    subject: ["person", "group"],
    object: ["location"],
    order: "subject-trigger-object",
    window: 1,
  },
  {
    // "he then drove to Utøya", "boarded a flight to Istanbul": journeys by road, sea or air.
    predicate: "traveled_to",
    triggers: [
      "drove to",
      "driven to",
      "sailed to",
      "boarded a flight to",
      "took a flight to",
      "caught a flight to",
      "boarded a plane to",
    ],
    subject: ["person", "group"],
    object: ["location", "facility"],
    order: "subject-trigger-object",
    namedPlace: true,
    window: 3,
  },
  {
    // "Mokhtar Belmokhtar, who commanded al-Mourabitoun,", "who founded Boko Haram"
    predicate: "leader_of",
    triggers: ["commanded", "who commanded", "who founded", "who commands", "who co-founded"],
    subject: ["person"],
    object: ["organization", "group"],
    order: "subject-trigger-object",
    window: 2,
  },
  {
    // "Ansar Dine, an ally of al-Qaeda in the Islamic Maghreb,"
    predicate: "affiliated_with",
    triggers: ["an ally of", "a close ally of", "allies of", "an affiliate of", "a proxy of", "a front for"],
    subject: ["organization", "group", "person"],
    object: ["organization", "group"],
    order: "subject-trigger-object",
    window: 2,
  },
  {
    // "Samir Haddad, a former fighter of Jabhat al-Nusra,", "an operative of al-Qaeda", "a fighter
    // for the Islamic State": the group right after, never "a fighter for freedom".
    predicate: "member_of",
    triggers: [
      "fighter of",
      "fighter for",
      "fighters for",
      "operative of",
      "operatives of",
      "militant of",
      "militants of",
      "recruit of",
      "loyalist of",
    ],
    subject: ["person", "group"],
    object: ["organization", "group"],
    order: "subject-trigger-object",
    window: 1,
  },
]);
