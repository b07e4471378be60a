import { TesseraError } from "../errors/errors.js";
import type { EntityType } from "./entity-types.js";
import { PREDICATES, type Predicate } from "./predicates.js";

export interface StatementShape {
  predicate: Predicate;
  subjectType: EntityType;
  objectType?: EntityType | null;
  value?: number | string | null;
}

/** Checks a statement against its predicate's declaration; throws TESSERA_INVALID_INPUT naming the problem. */
export function validateStatement(s: StatementShape): void {
  const spec = PREDICATES[s.predicate];
  const fail = (problem: string) => {
    throw new TesseraError("TESSERA_INVALID_INPUT", `statement ${s.predicate}: ${problem}`, {
      input: s.predicate,
    });
  };
  if (!spec) fail("not a declared predicate");
  if (!(spec.subject as readonly string[]).includes(s.subjectType)) {
    fail(`a ${s.subjectType} cannot be its subject (expects ${spec.subject.join(" or ")})`);
  }
  const object = spec.object;
  if (object.kind === "entity") {
    if (!s.objectType) fail(`needs an entity as object (${object.types.join(" or ")})`);
    else if (!(object.types as readonly string[]).includes(s.objectType)) {
      fail(`a ${s.objectType} cannot be its object (expects ${object.types.join(" or ")})`);
    }
  } else if (s.objectType) {
    fail(`takes a ${object.kind} value, not an entity`);
  } else if (object.kind === "number" && (typeof s.value !== "number" || !Number.isFinite(s.value))) {
    fail("needs a number");
  } else if (
    object.kind === "date" &&
    (typeof s.value !== "string" || !/^\d{4}(-\d\d){0,2}$/.test(s.value))
  ) {
    fail("needs a date YYYY, YYYY-MM or YYYY-MM-DD");
  } else if (object.kind === "text" && (typeof s.value !== "string" || s.value.trim() === "")) {
    fail("needs a text");
  }
}
