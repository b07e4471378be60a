import anyAscii from "any-ascii";

/**
 * Latin letters for a name in any script. any-ascii does the per-character work (Arabic, Persian,
 * Cyrillic, Greek…); before it, two Arabic-script rules it cannot know: the definite article ال at
 * the start of a word is written "al-" (as in every romanisation standard: ALA-LC, BGN/PCGN), and a
 * word-initial alif (ا أ إ آ), which any-ascii drops, is written "a" so "أحمد" meets "Ahmad".
 * The Persian zero-width non-joiner inside a word (احمدی‌نژاد) joins, as the word is one.
 * Tāʾ marbūṭa (ة) is written "a" (Sabratha, صبراتة). Hamza and ʿayn become nothing: romanisations disagree on them more than on anything else.
 */
export function toLatin(name: string): string {
  const arabic = name
    .replace(/(^|[\s\-(])ال/gu, "$1al-")
    .replace(/(^|[\s\-(])[اأإآ]/gu, "$1a")
    .replace(/ة/gu, "a")
    .replace(/\u200c/gu, "")
    .replace(/[ءعʿʾ]/gu, "");
  return anyAscii(arabic.normalize("NFC"));
}
