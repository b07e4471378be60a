/**
 * Which of two spellings of one name should stand as an entity's name: a spelling in normal case
 * beats one in capitals (a dateline's "TUNIS"), then the more complete one (more words, then more
 * letters: "Seifeddine Rezgui" over "Rezgui"), then the one already in place.
 */
export function betterName(current: string, candidate: string): string {
  const shouting = (s: string) => /\p{Lu}{2,}/u.test(s) && s === s.toUpperCase();
  if (shouting(current) !== shouting(candidate)) return shouting(current) ? candidate : current;
  const words = (s: string) => s.trim().split(/\s+/).length;
  if (words(candidate) !== words(current)) return words(candidate) > words(current) ? candidate : current;
  return current;
}

/** The best of several spellings, by `betterName`. */
export function canonicalName(names: readonly string[]): string {
  return names.reduce((best, n) => betterName(best, n));
}
