// Relation patterns of what a group or person is: a faction of, a citizen of, lived in, studied at, kin.
import { PLACES } from "./relation-argument-types.js";
import type { RelationPattern } from "./relation-patterns.js";

export const IDENTITY_PATTERNS: readonly RelationPattern[] = [
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
];
