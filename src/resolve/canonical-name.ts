/**
 * Which of two spellings of one name should stand as an entity's name: a spelling in normal case
 * beats one in capitals (a dateline's "TUNIS"), then the more complete one (more words, then more
 * letters: "Seifeddine Rezgui" over "Rezgui"), then the one already in place.
 */
export function betterName(current: string, candidate: string, options: { fuller?: boolean } = {}): string {
  // A word of five or more capitals is a dateline or headline ("TUNIS —"); shorter ones are
  // usually acronyms (ISIS, AQIM) and are left alone.
  const shouting = (s: string) => /(?<!\p{L})\p{Lu}{5,}(?!\p{L})/u.test(s);
  if (shouting(current) !== shouting(candidate)) return shouting(current) ? candidate : current;
  if (options.fuller === false) return current;
  const words = (s: string) => s.trim().split(/\s+/).length;
  if (words(candidate) !== words(current)) return words(candidate) > words(current) ? candidate : current;
  return current;
}

/** The best of several spellings, by `betterName`. */
export function canonicalName(names: readonly string[], options: { fuller?: boolean } = {}): string {
  return names.reduce((best, n) => betterName(best, n, options));
}
