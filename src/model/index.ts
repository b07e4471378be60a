export * from "./entity-types.js";
export * from "./grades.js";
export * from "./markings.js";
export * from "./predicates.js";
export * from "./types.js";
