/**
 * Parts of a site that a report names before the site itself: "near the main gate of the airport", "at
 * the entrance to the ministry", "outside the gates of the embassy". The site is the scene: ACLED codes
 * the nearest named place, and the annotation guide takes the site (`near`).
 */
const SITE_PARTS = new Set([
  "gate",
  "gates",
  "entrance",
  "entrances",
  "door",
  "doors",
  "lobby",
  "perimeter",
  "wall",
  "walls",
  "grounds",
  "courtyard",
  "forecourt",
  "steps",
]);
const PART_ADJECTIVES = new Set(["main", "front", "back", "rear", "side", "outer", "northern", "southern"]);
const ARTICLES = new Set(["the", "a", "an", "its"]);

/** The index after "the main gate of", "the entrance to" at `at`, else `at`. */
export function afterSitePart(words: readonly string[], at: number): number {
  let k = at;
  if (ARTICLES.has(words[k] ?? "")) k++;
  if (PART_ADJECTIVES.has(words[k] ?? "")) k++;
  if (!SITE_PARTS.has(words[k] ?? "") || (words[k + 1] !== "of" && words[k + 1] !== "to")) return at;
  return k + 2;
}

/** Where "the main gate of", "the entrance to" starts when it ends right before `at`, else `at`. */
export function beforeSitePart(words: readonly string[], at: number): number {
  if (words[at - 1] !== "of" && words[at - 1] !== "to") return at;
  if (!SITE_PARTS.has(words[at - 2] ?? "")) return at;
  let k = at - 2;
  if (PART_ADJECTIVES.has(words[k - 1] ?? "")) k--;
  if (ARTICLES.has(words[k - 1] ?? "")) k--;
  return k;
}
