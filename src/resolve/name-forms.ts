import { doubleMetaphone } from "double-metaphone";
import type { EntityType } from "../model/entity-types.js";
import { arabicSkeletons, consonantKey } from "./arabic-skeleton.js";
import { toLatin } from "./transliterate.js";

/** One word of a name, with its phonetic keys; particles (bin, abu) count little when matching. */
export interface NameToken {
  text: string;
  skeleton: string;
  /** Skeletons of alternate readings (German ch, j…), the main one first. */
  skeletons: string[];
  consonants: string;
  consonantKeys: string[];
  metaphone: string;
  particle: boolean;
  /** Transliterated from a script that writes no short vowels (Arabic, Persian): compare consonants. */
  abjad: boolean;
}

/** Everything resolution compares about one spelling of a name. */
export interface NameForm {
  raw: string;
  /** Latin, folded, articles and titles gone: "Mu'ammar al-Qadhdhafi" → "muammar qadhdhafi". */
  folded: string;
  tokens: NameToken[];
  /** The initials of the significant words, with and without the article ("al-Qaeda in the Islamic Maghreb" → "aqim", "qim"). */
  initials: string[];
  /** The skeleton of all words written together: "Ahmadi-Nejad" = "Ahmadinejad", "Bel Mokhtar" = "Belmokhtar". */
  compact: string;
  /** Consonant keys of the compact form, for names from Arabic or Persian script. */
  compactKeys: string[];
  /** The name is itself an acronym (ISIS, AQIM, U.S.). */
  isAcronym: boolean;
}

/** Honorifics and titles that precede a name and say nothing about who it is. */
const TITLES = new Set(
  (
    "sheikh shaykh shaikh cheikh sheik imam mullah mulla sayyid sayed hajj haji hadj dr doctor mr mrs ms " +
    "president general gen colonel col king prince emir sultan minister prime ayatollah grand maulana mawlana " +
    "caliph commander lieutenant brigadier marshal field sir lord judge mufti"
  ).split(" "),
);
/** The Arabic article, standalone or hyphenated, with its sun-letter assimilations (ad-, ar-, as-…). */
const ARTICLES = new Set(["al", "el", "ul", "il"]);
const ASSIMILATED = new Set([
  "ad",
  "ed",
  "ud",
  "ar",
  "er",
  "ur",
  "as",
  "es",
  "us",
  "at",
  "et",
  "az",
  "an",
  "ash",
  "ath",
  "adh",
]);
const BIN = new Set(["ibn", "bin", "ben", "bn", "ibnu", "ould", "wuld"]);
const BINT = new Set(["bint", "bent", "binti"]);
const ABU = new Set(["abu", "abou", "abo", "bou", "abul", "abi"]);
const ABD = /^abd(?:[aeiou]+l|[aeiou]+(?=([tdrzsn])\1))?$/;
const ABD_PREFIX = /^abd(?:[aeiou]+l|[aeiou]+(?=([tdrzsn])\1))?(?=[a-z]{3,})/;
/** Theophoric second halves written apart or together: Nour ed-Din = Noureddine, Saif Allah = Seifallah. */
const JOIN_TO_PREVIOUS = new Set(["din", "deen", "dine", "allah", "ullah", "ollah", "illah"]);
const STOPWORDS = new Set([
  "of",
  "the",
  "in",
  "and",
  "for",
  "de",
  "du",
  "la",
  "le",
  "des",
  "et",
  "a",
  "an",
  "to",
]);

function makeToken(text: string, particle: boolean, abjad: boolean): NameToken {
  // Unvocalised input (from Arabic or Persian script): و and ي inside a word are long vowels.
  // و and ي are also consonants (القيروان = Qayrawan): both readings are kept.
  const skeletons = arabicSkeletons(abjad ? text.replace(/(?<=.)[wy]/g, "") : text);
  if (abjad) for (const k of arabicSkeletons(text)) if (!skeletons.includes(k)) skeletons.push(k);
  const skeleton = skeletons[0]!;
  return {
    text,
    skeleton,
    skeletons,
    consonants: consonantKey(skeleton),
    consonantKeys: [...new Set(skeletons.map(consonantKey))],
    metaphone: doubleMetaphone(text)[0],
    particle,
    abjad,
  };
}

function fold(name: string): string {
  return toLatin(name)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’‘`ʼʻ]/g, "")
    .replace(/[^a-z0-9\s-]+/g, " ");
}

/**
 * Splits a name into words and applies the Arabic name rules: the article al-/el- (and ad-, as-…
 * when hyphenated) dropped; ibn/bin/ben → "bin", bint/bent → "bint", Abu/Abou → "abu" (particles);
 * Abd/Abdel/Abdul/Abdur- joined to what follows ("Abdel Aziz" = "Abdelaziz" = "abdaziz"); ed-Din /
 * Allah joined to what precedes; leading titles and honorifics removed; English "the" dropped.
 */
const ABJAD = /[\u0590-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/u;

export function nameForm(raw: string, type?: EntityType): NameForm {
  const abjad = ABJAD.test(raw);
  const token = (text: string, particle = false) => makeToken(text, particle, abjad);
  const folded0 = fold(raw);
  const words: { text: string; hyphenated: boolean }[] = [];
  for (const chunk of folded0.split(/\s+/)) {
    const parts = chunk.split("-").filter((p) => p.length > 0);
    parts.forEach((p, i) => {
      words.push({ text: p, hyphenated: parts.length > 1 && i < parts.length - 1 });
    });
  }
  const plain = words.map((w) => w.text);
  const significant = plain.filter((w) => !STOPWORDS.has(w));
  const withArticle = significant.length > 1 ? significant.map((w) => w[0]).join("") : "";
  const bare = significant.filter((w) => !ARTICLES.has(w));
  const withoutArticle = bare.length > 1 ? bare.map((w) => w[0]).join("") : "";
  const initials = [...new Set([withArticle, withoutArticle].filter((i) => i.length >= 2))];
  const asciiRaw = raw.trim();
  const isAcronym = /^(?:[A-Z]\.?){2,6}$/.test(asciiRaw) || /^(?:[A-Z]\.){2,6}$/.test(asciiRaw);
  if (isAcronym) {
    const letters = plain.join("");
    return {
      raw,
      folded: letters,
      tokens: [token(letters)],
      initials: [letters],
      compact: letters,
      compactKeys: [letters],
      isAcronym,
    };
  }
  while (words.length > 1 && words[0]!.text === "the") words.shift();
  if (type === undefined || type === "person") {
    while (words.length > 1 && TITLES.has(words[0]!.text)) words.shift();
  }
  const tokens: NameToken[] = [];
  for (let i = 0; i < words.length; i++) {
    const { text, hyphenated } = words[i]!;
    const last = tokens[tokens.length - 1];
    if (ARTICLES.has(text) && i < words.length - 1) continue;
    if (hyphenated && ASSIMILATED.has(text) && i < words.length - 1) continue;
    if (JOIN_TO_PREVIOUS.has(text) && last && !last.particle) {
      // The article's vowel stays when the parts are joined: Nour ed-Din = Noureddine.
      const vowel = text.startsWith("d") && !/[aeiou]$/.test(last.text) ? "e" : "";
      tokens[tokens.length - 1] = token(last.text + vowel + text);
      continue;
    }
    if (ABD.test(text) && i < words.length - 1) {
      // Abd is never a name on its own: it is the first half of "servant of …".
      let j = i + 1;
      while (j < words.length - 1 && (ARTICLES.has(words[j]!.text) || ASSIMILATED.has(words[j]!.text))) j++;
      tokens.push(token(`abd${words[j]!.text}`));
      i = j;
      continue;
    }
    const abdJoined = text.replace(ABD_PREFIX, "abd");
    if (tokens.length > 0 && BIN.has(text)) tokens.push(token("bin", true));
    else if (BINT.has(text)) tokens.push(token("bint", true));
    else if (ABU.has(text) && i < words.length - 1) tokens.push(token("abu", true));
    else if (/^abu[b-df-hj-np-tv-z][a-z]{2,}$/.test(text))
      tokens.push(token("abu", true), token(text.slice(3)));
    else if (STOPWORDS.has(text) && tokens.length > 0) tokens.push(token(text, true));
    else tokens.push(token(abdJoined));
  }
  const folded = tokens.map((t) => t.text).join(" ");
  const whole = token(tokens.map((t) => t.text).join(""));
  return {
    raw,
    folded,
    tokens,
    initials,
    compact: whole.skeleton,
    compactKeys: whole.consonantKeys,
    isAcronym,
  };
}
