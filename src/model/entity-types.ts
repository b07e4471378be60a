/**
 * Entity types, declared once. Everything that validates, prints or exports an entity type reads
 * this table. `stix` and `ftm` name the STIX 2.1 object and the FollowTheMoney schema an exporter maps to.
 */
export const ENTITY_TYPES = {
  person: {
    label: "Person",
    description: "A named individual.",
    stix: { type: "identity", identityClass: "individual" },
    ftm: "Person",
  },
  organization: {
    label: "Organization",
    description: "A named group, movement, agency, ministry, company or party.",
    stix: { type: "identity", identityClass: "organization" },
    ftm: "Organization",
  },
  group: {
    label: "Group",
    description: 'An unnamed collective known by what it did, such as "the Bardo attackers".',
    stix: { type: "identity", identityClass: "group" },
    ftm: "Organization",
  },
  location: {
    label: "Location",
    description: "A country, region, city or other named place.",
    stix: { type: "location" },
    ftm: "Address",
  },
  facility: {
    label: "Facility",
    description: "A building or site: a museum, hotel, camp, mosque, embassy, university.",
    stix: { type: "location" },
    ftm: "Address",
  },
  event: {
    label: "Event",
    description: "Something that happened at a place and time: an attack, an arrest, a trial.",
    stix: { type: "incident" },
    ftm: "Event",
  },
} as const;

export type EntityType = keyof typeof ENTITY_TYPES;

export const ENTITY_TYPE_NAMES = Object.keys(ENTITY_TYPES) as EntityType[];

export function isEntityType(value: string): value is EntityType {
  return Object.hasOwn(ENTITY_TYPES, value);
}

/** Types that name a place a statement can put someone at. */
export const PLACE_TYPES: readonly EntityType[] = ["location", "facility"];
