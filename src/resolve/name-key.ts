/**
 * The key under which two spellings of a name count as the same name: case, diacritics,
 * apostrophes and punctuation folded, a leading article dropped. "Gaâfour" and "GAAFOUR" share a key;
 * "Mu'ammar" and "Muammar" too. The resolution issue adds transliteration and phonetic keys on top.
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’‘`ʼʻ]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}
