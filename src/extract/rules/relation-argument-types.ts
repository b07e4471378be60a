// The entity types a relation pattern's arguments may take, shared by the pattern tables.
import type { EntityType } from "../../model/entity-types.js";

export const ACTORS: readonly EntityType[] = ["person", "organization", "group"];
export const PEOPLE: readonly EntityType[] = ["person", "group"];
export const PLACES: readonly EntityType[] = ["location", "facility"];
export const COLLECTIVES: readonly EntityType[] = ["organization", "group"];
