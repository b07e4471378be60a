/**
 * A phonetic key for one romanised name word, built for the variation of Arabic (and Persian and
 * Russian) names written in Latin letters. Each rule is one line below with the variation it
 * collapses; the order matters (digraphs before single letters). Input: lower-case ASCII letters.
 *
 * The key keeps where vowels are but not which vowel ("Muhammad", "Mohamed" → "mahamad";
 * "Mahmoud" → "mahmad" stays apart), because romanisations disagree on vowel quality (ʾiʿrāb,
 * French vs English spelling) far more than on the number of syllables.
 */
const RULES: readonly [RegExp, string, string][] = [
  [/ow$/, "ov", "German spelling of Russian -ов: Gorbatschow = Gorbachov"],
  [/ew$/, "ev", "German spelling of Russian -ев"],
  [/(?:dh){2}|(?:th){2}/g, "d", "doubled ذ: Qadhdhafi = Qadhafi"],
  [/gu(?=[eiy])/g, "g", "French and Spanish gu before e/i is g: Rezgui = Rezgi, Guerdane = Gerdane"],
  [
    /^y(?=[aeiou])/,
    "",
    "Russian Е/Я written ye/ya, e/a or je/ja: Yeltsin = Eltsine (German j is taken to y first)",
  ],
  [
    /dsch|dzh|dj|zh/g,
    "j",
    "ج/ژ and Russian ж: Djerba = Jerba, Ahmadinezhad = Ahmadinejad, Dschochar = Dzhokhar",
  ],
  [/ts|tz/g, "s", "Russian ц: Yeltsin, Jelzin"],
  [
    /shch|tsch|sch|tch|tsh|ch|sh/g,
    "s",
    "ش and Russian ш/щ/ч in English, French and German spellings: Chouchane = Shushan",
  ],
  [/kh|gh|ck|q|g|c/g, "k", "ق/غ/خ/ك and Maghrebi g: Qadhafi = Gaddafi = Kadhafi = Khadafy"],
  [/dh|th|z|ḍ/g, "d", "ذ/ظ/ض/ث written dh, th, z or d: Qadhafi = Gaddafi, Ramazan = Ramadan"],
  [/t/g, "d", "ط/ت and ة before a vowel: Sabratha = Sabratah, Mutassim = Moudassim"],
  [/ph/g, "f", "ph for ف"],
  [/w/g, "v", "Russian в and Persian و as w or v: Wladimir = Vladimir, Jawad = Javad"],
  [/([aeiouy])v(?=[^aeiouy]|$)/g, "$1", "و after a vowel is a vowel: Rowhani = Rouhani, Dawla = Daula"],
  [/x/g, "ks", "x for ks"],
  [/([aeiou])h$/, "$1", "final ة/ه: Fatimah = Fatima, Abdullah = Abdulla"],
  [/(?<=.)y/g, "i", "y after the first letter is a vowel: Yacoubi's y stays, Qadhafy = Qadhafi"],
  [
    /(?<=[^aeiou])[aeiou]$/,
    "",
    "one final vowel letter: trailing y/i/e (Qadhafy = Qadhafi, Seifeddine = Saifuddin); Tunisia keeps its -ia",
  ],
  [/[aeiou]+/g, "a", "vowel quality: ou/u/o, ei/ey/i, e/a all one vowel"],
  [/([^a])\1+/g, "$1", "doubled consonants (shadda): Gaddafi = Gadafi, Muammar = Muamar"],
];

export function arabicSkeleton(word: string): string {
  let key = word;
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
  return key;
}

/**
 * Letters whose sound depends on the language the spelling was made for, tried both ways: "ch" is
 * sh in French (Chouchane) but kh in German (Michail, Chruschtschow); "j" is dj in English but y in
 * German (Jelzin, Dudajew); Russian "kh" is Arabic h (Akhmad = Ahmad); Italian "s" is Arabic z
 * (Bengasi = Benghazi); French "ou" before a vowel is w in Kairouan but a vowel in Mouammar.
 */
const ALTERNATES: readonly [RegExp, string][] = [
  // French "ou" before a vowel is often w (Kairouan = Kairwan) but also a hiatus (Mouammar).
  [/ou(?=[aeiy])/g, "w"],
  [/(?<!s|t)ch/g, "kh"],
  [/(?<!d)j/g, "y"],
  [/kh/g, "h"],
  [/s(?=[aeiou])/g, "z"],
];

/** The main skeleton first, then those of the alternate readings (in every combination) that differ. */
export function arabicSkeletons(word: string): string[] {
  let spellings = [word];
  for (const [pattern, replacement] of ALTERNATES) {
    const more: string[] = [];
    for (const w of spellings) {
      const alt = w.replace(pattern, replacement);
      if (alt !== w && !spellings.includes(alt)) more.push(alt);
    }
    spellings = [...spellings, ...more];
  }
  const keys: string[] = [];
  for (const w of spellings) {
    const key = arabicSkeleton(w);
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** The consonants only, for blocking: broader than the skeleton, never used to decide. */
export function consonantKey(skeleton: string): string {
  return skeleton.replace(/a/g, "").replace(/(.)\1+/g, "$1") || skeleton;
}

/** The rules with what each collapses, for the documentation. */
export const SKELETON_RULES = RULES.map(([pattern, replacement, why]) => ({
  pattern: pattern.source,
  replacement,
  why,
}));
