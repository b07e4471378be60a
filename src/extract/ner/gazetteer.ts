/**
 * Gazetteers: lists of place names, nationalities and languages, matched over tokens (longest match
 * first, case-insensitive, starting at a capitalised token). Each token of a match gets its list's
 * type and its position in the match (B, I, L, U) as bits, which become features (Ratinov & Roth 2009).
 * The entries are stored inside the model file, so a model carries the lists it was trained with.
 */

/** The lists, in bit order. */
export const GAZETTEER_TYPES = Object.freeze([
  "country",
  "capital",
  "city-large",
  "city",
  "demonym",
  "region",
  "language",
] as const);

export type GazetteerType = (typeof GAZETTEER_TYPES)[number];

/** One entry: a name as tokens and the bit set of the lists it is on. */
export type GazetteerEntry = [phrase: string, types: number];

export interface Gazetteer {
  /** Lowercased phrase → list bits; 0 for a phrase that is only the start of longer entries. */
  entries: ReadonlyMap<string, number>;
  maxTokens: number;
}

export function buildGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
  const map = new Map<string, number>();
  let maxTokens = 1;
  for (const [phrase, types] of entries) {
    const key = phrase.toLowerCase();
    map.set(key, (map.get(key) ?? 0) | types);
    const parts = key.split(" ");
    maxTokens = Math.max(maxTokens, parts.length);
    // Proper prefixes map to 0, so a match stops growing as soon as no entry can extend it.
    for (let k = 1; k < parts.length; k++) {
      const prefix = parts.slice(0, k).join(" ");
      if (!map.has(prefix)) map.set(prefix, 0);
    }
  }
  return { entries: map, maxTokens };
}

/** Position bits: B=0, I=1, L=2, U=3; type t at position p is bit 4t + p. */
export function matchGazetteer(
  gazetteer: Gazetteer,
  words: readonly string[],
  lower: readonly string[],
): Int32Array {
  const out = new Int32Array(words.length);
  const n = words.length;
  let i = 0;
  while (i < n) {
    const c = words[i]!.charCodeAt(0);
    // Only capitalised tokens open a match: "nice" is not the city.
    const capital = words[i]!.charAt(0) !== lower[i]!.charAt(0) || c > 0x2ff;
    if (!capital) {
      i++;
      continue;
    }
    let matched = 0;
    let types = 0;
    let key = "";
    for (let len = 1; len <= gazetteer.maxTokens && i + len <= n; len++) {
      key = len === 1 ? lower[i]! : `${key} ${lower[i + len - 1]}`;
      const t = gazetteer.entries.get(key);
      if (t === undefined) break;
      if (t !== 0) {
        matched = len;
        types = t;
      }
    }
    if (matched === 0) {
      i++;
      continue;
    }
    for (let t = 0; t < GAZETTEER_TYPES.length; t++) {
      if ((types & (1 << t)) === 0) continue;
      if (matched === 1) out[i]! |= 1 << (4 * t + 3);
      else {
        out[i]! |= 1 << (4 * t);
        for (let k = 1; k < matched - 1; k++) out[i + k]! |= 1 << (4 * t + 1);
        out[i + matched - 1]! |= 1 << (4 * t + 2);
      }
    }
    i += matched;
  }
  return out;
}
