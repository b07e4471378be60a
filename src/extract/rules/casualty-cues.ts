import type { CasualtyPattern } from "./patterns.js";

/**
 * Casualty cues beyond the core table in `patterns.ts`, in the same shape: ways reports give a toll
 * that are not "killed" or "wounded" words.
 */
export const MORE_CASUALTY_PATTERNS: readonly CasualtyPattern[] = Object.freeze([
  // "33 people are being treated in hospital", "Five people were taken to hospital": the people an
  // attack sent to hospital are its wounded (ACLED and the press count them so when no other figure
  // is given). "remain in hospital" is left out: it counts what is left of a figure, not the figure.
  {
    predicate: "wounded",
    triggers: [
      "treated in hospital",
      "treated in hospitals",
      "treated at hospital",
      "treated in a hospital",
      "taken to hospital",
      "taken to hospitals",
      "taken to a hospital",
      "admitted to hospital",
      "hospitalised",
      "hospitalized",
    ],
    count: "count-first",
  },
  // "The blast claimed 12 lives", "claiming the lives of 12 people" is left to the cue below.
  {
    predicate: "killed",
    triggers: ["claimed", "claiming", "claims"],
    count: "count-after",
    completion: ["lives"],
  },
  // "shot dead 69 people", "shooting dead nine worshippers": the count after the verb is the dead.
  {
    predicate: "killed",
    // "a mob lynched a man", "lynching two herders": lynching kills.
    triggers: [
      "shot dead",
      "shooting dead",
      "shoots dead",
      "gunned down",
      "gunning down",
      "lynched",
      "lynching",
    ],
    count: "count-after",
  },
]);
