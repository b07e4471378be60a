import type { EntityType } from "../model/entity-types.js";
import type { NameForm, NameToken } from "./name-forms.js";

/** How two spellings compare, word by word. */
export interface NameComparison {
  /** 0..1: how strongly the names alone say "same". */
  score: number;
  /** Every significant word of one name is found in the other ("Rezgui" in "Seifeddine Rezgui"). */
  subset: boolean;
  /** Given names (first words) or family names (last words) differ on both sides: not the same person. */
  conflict: boolean;
  /** The shorter name is one word found in a longer one: a bare surname or place word. */
  single: boolean;
  acronym: boolean;
}

/** Words that, added to an organisation's or place's name, do not make it another one. */
const GENERIC = new Set(
  (
    "national group brigade brigades battalion katibat movement front organisation organization party " +
    "network army forces force state city town village province governorate region district international " +
    "central main grand old new"
  ).split(" "),
);

/** Similarity of two name words: equal phonetic skeletons (or alternate readings, or consonants for abjad spellings). */
export function tokenSimilarity(a: NameToken, b: NameToken): number {
  if (a.skeleton === b.skeleton) return 1;
  for (const x of a.skeletons) if (b.skeletons.includes(x)) return 0.97;
  if ((a.abjad || b.abjad) && a.consonantKeys.some((k) => b.consonantKeys.includes(k))) return 0.95;
  // No fuzzy string distance on top: a vowel or a letter more is how different Arabic names differ
  // (Mohamed / Mahmoud, Hamdnajai / Hamdtajai); measured on test/fixtures/resolve/, Jaro-Winkler
  // "slips" added wrong merges and no right ones.
  return 0;
}

const MATCH = 0.85;

function best(token: NameToken, others: readonly NameToken[]): number {
  let top = 0;
  for (const o of others) {
    if (o.particle) continue;
    const s = tokenSimilarity(token, o);
    if (s > top) top = s;
  }
  return top;
}

const NONE: NameComparison = { score: 0, subset: false, conflict: false, single: false, acronym: false };

/**
 * Compares two spellings: a soft token-set alignment (Monge-Elkan, 1996, with the phonetic
 * skeleton per word), told apart into equal, subset and partial overlaps, with a
 * conflict when both names have a given (or family) name the other lacks: Muammar Gaddafi vs
 * Saif al-Islam Gaddafi. Acronyms compare with the other name's initials (AQIM ↔ al-Qaeda in the
 * Islamic Maghreb).
 */
export function compareNames(a: NameForm, b: NameForm, type: EntityType): NameComparison {
  if (a.folded === b.folded && a.folded.length > 0) {
    return { ...NONE, score: 1, subset: true, single: a.tokens.length === 1 };
  }
  if (a.isAcronym || b.isAcronym) {
    const [acr, full] = a.isAcronym ? [a, b] : [b, a];
    if (!full.isAcronym && full.initials.includes(acr.folded)) {
      return { ...NONE, score: 0.7, acronym: true };
    }
    return NONE;
  }
  const abjad = a.tokens.some((t) => t.abjad) || b.tokens.some((t) => t.abjad);
  const compactSame = abjad ? a.compactKeys.some((k) => b.compactKeys.includes(k)) : a.compact === b.compact;
  if (compactSame && a.compact.length >= 5) {
    return { ...NONE, score: 0.95, subset: true };
  }
  const at = a.tokens.filter((t) => !t.particle);
  const bt = b.tokens.filter((t) => !t.particle);
  if (at.length === 0 || bt.length === 0) return NONE;
  const aSims = at.map((t) => best(t, bt));
  const bSims = bt.map((t) => best(t, at));
  const aMatched = aSims.filter((s) => s >= MATCH).length;
  const bMatched = bSims.filter((s) => s >= MATCH).length;
  if (aMatched === 0 || bMatched === 0) return NONE;
  const mean = (xs: number[]) => xs.filter((s) => s >= MATCH).reduce((x, y) => x + y, 0) / xs.length;
  const aAll = aMatched === at.length;
  const bAll = bMatched === bt.length;
  const firstsDiffer = aSims[0]! < MATCH && bSims[0]! < MATCH;
  const lastsDiffer = aSims[aSims.length - 1]! < MATCH && bSims[bSims.length - 1]! < MATCH;
  const conflict = type === "person" && !aAll && !bAll && (firstsDiffer || lastsDiffer);
  if (aAll && bAll) {
    const single = at.length === 1 && bt.length === 1;
    // One word alike only in sound ("Outside" and "Essid") is a weak sign for a person.
    const weak = single && type === "person" && a.folded !== b.folded;
    const score = Math.min(mean(aSims), mean(bSims)) * (weak ? 0.8 : 1);
    return { ...NONE, score, subset: true, single };
  }
  if (aAll || bAll) {
    const [small, large, largeSims] = aAll ? [at, bt, bSims] : [bt, at, aSims];
    const extras = large.filter((_, i) => largeSims[i]! < MATCH);
    const single = small.length === 1;
    const quality = aAll ? mean(aSims) : mean(bSims);
    let score: number;
    if (type === "person") score = single ? 0.72 : 0.86;
    else score = extras.every((t) => GENERIC.has(t.text)) ? 0.9 : single ? 0.55 : 0.72;
    return { ...NONE, score: score * quality, subset: true, single };
  }
  if (conflict) return { ...NONE, score: 0.2, conflict };
  const coverage = (aMatched + bMatched) / (at.length + bt.length);
  return { ...NONE, score: 0.6 * coverage };
}
