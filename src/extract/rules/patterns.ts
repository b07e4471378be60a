export {
  type ArgumentOrder,
  COMPANION_CUES,
  RELATION_PATTERNS,
  type RelationPattern,
} from "./relation-patterns.js";

/** Casualty cues: where the count sits relative to the cue, and which predicate it gives. */
export interface CasualtyPattern {
  predicate: "killed" | "wounded";
  triggers: readonly string[];
  /** "count-first": "38 people were killed"; "count-after": "killing 38", "the death toll rose to 39". */
  count: "count-first" | "count-after";
  /** For "left 20 tourists dead": the word after the count that completes the cue. */
  completion?: readonly string[];
  /** A word that must come shortly before the trigger ("toll" … "rose to 39"). */
  after?: string;
}

export const CASUALTY_PATTERNS: readonly CasualtyPattern[] = Object.freeze([
  {
    predicate: "killed",
    triggers: [
      "killed",
      "dead",
      "died",
      "shot dead",
      "lost their lives",
      "perished",
      "were killed",
      "have been killed",
      "had been killed",
      "were shot dead",
      "have died",
      "deaths",
      "fatalities",
      "victims",
    ],
    count: "count-first",
  },
  {
    predicate: "wounded",
    triggers: [
      "wounded",
      "injured",
      "hurt",
      "were wounded",
      "were injured",
      "have been wounded",
      "have been injured",
      "injuries",
    ],
    count: "count-first",
  },
  {
    predicate: "killed",
    triggers: [
      "death toll rose to",
      "death toll reached",
      "death toll stood at",
      "death toll climbed to",
      "death toll of",
      "death toll to",
      "death toll is",
      "death toll was",
      "toll rose to",
      "toll rises to",
      "toll stood at",
      "toll of",
      "toll to",
      "toll reached",
      // "the number of people killed stood at 21", "the number of dead rose to 39"
      "killed stood at",
      "killed rose to",
      "killed reached",
      "killed had risen to",
      "killed has risen to",
      "dead stood at",
      "dead rose to",
      "dead reached",
      "dead had risen to",
      "dead has risen to",
      "killed",
      "kills",
      "kill",
      "killed at least",
      // "…, killing 84 people", "killing all 224 people on board"
      "killing",
      "killing all",
      "killed all",
      // "the killings of seven people in Toulouse and Montauban"
      "killings of",
      "killing of",
      "murder of",
      "murders of",
      "deaths of",
    ],
    count: "count-after",
  },
  {
    predicate: "wounded",
    triggers: ["wounded", "wounding", "injured", "injuring", "injuries to"],
    count: "count-after",
  },
  {
    predicate: "killed",
    triggers: [
      "rose to",
      "risen to",
      "rises to",
      "climbed to",
      "stood at",
      "stands at",
      "reached",
      "increased to",
      // "The toll has risen above 200"
      "risen",
      "rose",
      "climbed",
      "is",
      "was",
      "at",
      "to",
    ],
    count: "count-after",
    after: "toll",
  },
  // "the number of people killed in last Saturday's truck bombing in Mogadishu had risen to 358"
  {
    predicate: "killed",
    triggers: ["had risen to", "has risen to", "rose to", "risen to"],
    count: "count-after",
    after: "killed",
  },
  { predicate: "killed", triggers: ["left"], count: "count-after", completion: ["dead"] },
  { predicate: "wounded", triggers: ["left"], count: "count-after", completion: ["wounded", "injured"] },
]);

/** Verbs that make a plural noun phrase a group of attackers ("the two men who attacked the Bardo Museum"). */
export const ATTACK_VERBS: ReadonlySet<string> = new Set([
  "attacked",
  "stormed",
  "struck",
  "raided",
  "targeted",
  "killed",
  "seized",
  "ambushed",
  "overran",
  "captured",
  // Verbs of killing only attackers do (killing-verb-events.ts): "Militants beheaded 20 villagers".
  "massacred",
  "slaughtered",
  "beheaded",
  "assassinated",
  // "Jihadists torched the village of Solhan": a band's arson is its attack.
  "torched",
]);
