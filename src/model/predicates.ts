import type { EntityType } from "./entity-types.js";

/** What a predicate's object is: another entity of some types, or a typed literal. */
export type ObjectSpec =
  | { kind: "entity"; types: readonly EntityType[] }
  | { kind: "number"; unit: string }
  | { kind: "date" }
  | { kind: "text" };

export interface PredicateSpec {
  label: string;
  description: string;
  subject: readonly EntityType[];
  object: ObjectSpec;
  /** One true value per subject at a time (a death toll, the date of an attack). */
  functional: boolean;
  /** One true subject per object at a time (a country's president). */
  inverseFunctional?: boolean;
  /** Puts the subject at the object place, for co-presence. */
  placesSubject?: boolean;
  /** For numeric functional predicates: values this far apart are not a conflict. */
  tolerance?: number;
  /** STIX 2.1 mapping: a relationship type (with `reverse` when STIX points the other way) or a property. */
  stix: { relationship: string; reverse?: boolean } | { property: string };
  /** FollowTheMoney mapping: an interval schema with its two ends, or a property of the subject. */
  ftm: { schema: string; subject: string; object: string } | { property: string } | null;
}

const ACTORS: readonly EntityType[] = ["person", "organization", "group"];
const PLACES: readonly EntityType[] = ["location", "facility"];
const COLLECTIVES: readonly EntityType[] = ["organization", "group"];

/**
 * The controlled vocabulary of statements. Extraction may only emit these predicates, the store
 * refuses others, and exports read their mappings from here.
 */
export const PREDICATES = {
  killed: {
    label: "killed",
    description: "How many people an event killed.",
    subject: ["event"],
    object: { kind: "number", unit: "persons" },
    functional: true,
    tolerance: 0,
    stix: { property: "x_tessera_killed" },
    ftm: null,
  },
  wounded: {
    label: "wounded",
    description: "How many people an event wounded.",
    subject: ["event"],
    object: { kind: "number", unit: "persons" },
    functional: true,
    tolerance: 0,
    stix: { property: "x_tessera_wounded" },
    ftm: null,
  },
  occurred_at: {
    label: "occurred at",
    description: "Where an event took place.",
    subject: ["event"],
    object: { kind: "entity", types: PLACES },
    functional: true,
    stix: { relationship: "located-at" },
    ftm: { property: "location" },
  },
  occurred_on: {
    label: "occurred on",
    description: "When an event took place.",
    subject: ["event"],
    object: { kind: "date" },
    functional: true,
    stix: { property: "first_seen" },
    ftm: { property: "date" },
  },
  perpetrated: {
    label: "perpetrated",
    description: "Carried out an event.",
    subject: ACTORS,
    object: { kind: "entity", types: ["event"] },
    functional: false,
    stix: { relationship: "attributed-to", reverse: true },
    ftm: { schema: "UnknownLink", subject: "subject", object: "object" },
  },
  attacked: {
    label: "attacked",
    description: "Attacked a place, facility, person or organisation.",
    subject: [...ACTORS, "event"],
    object: { kind: "entity", types: ["facility", "location", "person", "organization", "group"] },
    functional: false,
    stix: { relationship: "targets" },
    ftm: { schema: "UnknownLink", subject: "subject", object: "object" },
  },
  claimed_responsibility_for: {
    label: "claimed responsibility for",
    description: "Publicly claimed an event.",
    subject: ACTORS,
    object: { kind: "entity", types: ["event"] },
    functional: false,
    stix: { relationship: "attributed-to", reverse: true },
    ftm: { schema: "UnknownLink", subject: "subject", object: "object" },
  },
  member_of: {
    label: "member of",
    description: "Belonged to an organisation or group.",
    subject: ["person", "group"],
    object: { kind: "entity", types: COLLECTIVES },
    functional: false,
    stix: { relationship: "related-to" },
    ftm: { schema: "Membership", subject: "member", object: "organization" },
  },
  leader_of: {
    label: "leader of",
    description: "Led an organisation or group.",
    subject: ["person"],
    object: { kind: "entity", types: COLLECTIVES },
    functional: false,
    stix: { relationship: "related-to" },
    ftm: { schema: "Directorship", subject: "director", object: "organization" },
  },
  affiliated_with: {
    label: "affiliated with",
    description: "Linked to an organisation without stated membership.",
    subject: ACTORS,
    object: { kind: "entity", types: COLLECTIVES },
    functional: false,
    stix: { relationship: "related-to" },
    ftm: { schema: "UnknownLink", subject: "subject", object: "object" },
  },
  allegiance_to: {
    label: "pledged allegiance to",
    description: "Pledged allegiance (bay'a) to an organisation or its leader.",
    subject: ACTORS,
    object: { kind: "entity", types: ["organization", "group", "person"] },
    functional: false,
    stix: { relationship: "related-to" },
    ftm: { schema: "UnknownLink", subject: "subject", object: "object" },
  },
  trained_at: {
    label: "trained at",
    description: "Received training at a place or camp.",
    subject: ["person", "group"],
    object: { kind: "entity", types: PLACES },
    functional: false,
    placesSubject: true,
    stix: { relationship: "located-at" },
    ftm: null,
  },
  traveled_to: {
    label: "traveled to",
    description: "Went to a place.",
    subject: ["person", "group"],
    object: { kind: "entity", types: PLACES },
    functional: false,
    placesSubject: true,
    stix: { relationship: "located-at" },
    ftm: null,
  },
  resident_of: {
    label: "resident of",
    description: "Lived in, or came from, a place (a hometown).",
    subject: ["person"],
    object: { kind: "entity", types: PLACES },
    functional: false,
    placesSubject: true,
    stix: { relationship: "located-at" },
    ftm: { property: "address" },
  },
  detained_at: {
    label: "detained at",
    description: "Was held at a place.",
    subject: ["person", "group"],
    object: { kind: "entity", types: PLACES },
    functional: false,
    placesSubject: true,
    stix: { relationship: "located-at" },
    ftm: null,
  },
  located_in: {
    label: "located in",
    description: "A place lies within another place.",
    subject: PLACES,
    object: { kind: "entity", types: PLACES },
    functional: true,
    stix: { relationship: "located-at" },
    ftm: null,
  },
  studied_at: {
    label: "studied at",
    description: "Studied at a university or school, or in a city.",
    subject: ["person"],
    object: { kind: "entity", types: ["facility", "organization", "location"] },
    functional: false,
    placesSubject: true,
    stix: { relationship: "related-to" },
    ftm: { schema: "UnknownLink", subject: "subject", object: "object" },
  },
  official_of: {
    label: "official of",
    description: "Holds a post in an organisation; the role text is kept as a qualifier.",
    subject: ["person"],
    object: { kind: "entity", types: ["organization", "location"] },
    functional: false,
    stix: { relationship: "related-to" },
    ftm: { schema: "Employment", subject: "employee", object: "employer" },
  },
  holds_position: {
    label: "holds position",
    description: "Holds a named position or title.",
    subject: ["person"],
    object: { kind: "text" },
    functional: false,
    stix: { property: "roles" },
    ftm: { property: "position" },
  },
  head_of_state_of: {
    label: "head of state of",
    description: "Was a country's president, king or equivalent.",
    subject: ["person"],
    object: { kind: "entity", types: ["location"] },
    functional: false,
    inverseFunctional: true,
    stix: { relationship: "related-to" },
    ftm: { schema: "Occupancy", subject: "holder", object: "post" },
  },
  relative_of: {
    label: "relative of",
    description: "A family tie between two people.",
    subject: ["person"],
    object: { kind: "entity", types: ["person"] },
    functional: false,
    stix: { relationship: "related-to" },
    ftm: { schema: "Family", subject: "person", object: "relative" },
  },
  age: {
    label: "age",
    description: "A person's age in years at the time of the report.",
    subject: ["person"],
    object: { kind: "number", unit: "years" },
    functional: true,
    tolerance: 1,
    stix: { property: "x_tessera_age" },
    ftm: null,
  },
  nationality: {
    label: "nationality",
    description: "A person's citizenship.",
    subject: ["person"],
    object: { kind: "entity", types: ["location"] },
    functional: false,
    stix: { relationship: "located-at" },
    ftm: { property: "nationality" },
  },
} as const satisfies Record<string, PredicateSpec>;

export type Predicate = keyof typeof PREDICATES;

export const PREDICATE_NAMES = Object.keys(PREDICATES) as Predicate[];

export function isPredicate(value: string): value is Predicate {
  return Object.hasOwn(PREDICATES, value);
}

export function predicateSpec(predicate: Predicate): PredicateSpec {
  return PREDICATES[predicate];
}
