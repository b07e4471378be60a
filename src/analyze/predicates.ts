import {
  PLACE_TYPES,
  PREDICATE_NAMES,
  PREDICATES,
  type Predicate,
  type PredicateSpec,
} from "../model/index.js";

const spec = (p: Predicate): PredicateSpec => PREDICATES[p];

/**
 * The predicate sets analysis works from, read off the declared model rather than listed here: a
 * new functional or place-giving predicate in src/model/predicates.ts is analysed without a change.
 */
export const ANALYSIS_PREDICATES = Object.freeze({
  /** One value per subject at a time. */
  functional: PREDICATE_NAMES.filter((p) => spec(p).functional),
  /** One subject per object at a time. */
  inverse: PREDICATE_NAMES.filter((p) => spec(p).inverseFunctional === true),
  /** Put their subject at their object place. */
  placing: PREDICATE_NAMES.filter((p) => spec(p).placesSubject === true),
  /** Where an event happened: event subject, place object. */
  eventPlace: PREDICATE_NAMES.filter((p) => {
    const s = spec(p);
    return (
      s.subject.length === 1 &&
      s.subject[0] === "event" &&
      s.object.kind === "entity" &&
      s.object.types.every((t) => PLACE_TYPES.includes(t))
    );
  }),
  /** When an event happened: event subject, date object. */
  eventTime: PREDICATE_NAMES.filter((p) => {
    const s = spec(p);
    return s.subject.length === 1 && s.subject[0] === "event" && s.object.kind === "date";
  }),
  /**
   * Actor–event predicates that put the actor where the event happened. The model has no flag for
   * this, and not every actor–event link places (claiming an attack from elsewhere does not), so it
   * is the one list kept here.
   */
  viaEvent: ["perpetrated"] as Predicate[],
});
