/**
 * Traffic Light Protocol 2.0 markings (FIRST, 2022), ordered from least to most restrictive.
 * `rank` orders them; a consumer allowed up to a marking sees everything of that rank or lower.
 */
export const MARKINGS = {
  clear: { rank: 0, label: "TLP:CLEAR", description: "Disclosure is not limited." },
  green: { rank: 1, label: "TLP:GREEN", description: "Limited disclosure, the recipient's community." },
  amber: {
    rank: 2,
    label: "TLP:AMBER",
    description: "Limited disclosure, the recipient's organisation and its clients on a need-to-know basis.",
  },
  "amber+strict": {
    rank: 3,
    label: "TLP:AMBER+STRICT",
    description: "Limited disclosure, the recipient's organisation only.",
  },
  red: { rank: 4, label: "TLP:RED", description: "For the eyes and ears of individual recipients only." },
} as const;

export type Marking = keyof typeof MARKINGS;

export const MARKING_NAMES = Object.keys(MARKINGS) as Marking[];

export const DEFAULT_MARKING: Marking = "clear";

/** Accepts `amber`, `TLP:AMBER`, `Amber+Strict`; returns undefined for anything else. */
export function parseMarking(text: string): Marking | undefined {
  const key = text.trim().toLowerCase().replace(/^tlp:/, "").replace(/\s+/g, "");
  if (key === "white") return "clear"; // TLP 1.0 WHITE became CLEAR in TLP 2.0
  return Object.hasOwn(MARKINGS, key) ? (key as Marking) : undefined;
}

/** The least restrictive of several markings: the level at which a fact is known at all. */
export function leastRestrictive(markings: readonly Marking[]): Marking {
  let best: Marking = "red";
  for (const m of markings) if (MARKINGS[m].rank < MARKINGS[best].rank) best = m;
  return markings.length === 0 ? DEFAULT_MARKING : best;
}
