import type { EntityType } from "../model/entity-types.js";
import { isRegionOf } from "../places/regions.js";
import { round3 } from "./cluster-pairs.js";
import type { NameForm } from "./name-forms.js";
import { compareNames, type NameComparison } from "./name-similarity.js";

/** An entity (or a merged group) as a resolution pass sees it: its names and its context. */
export interface Candidate {
  id: string;
  type: EntityType;
  /** The shown name first, then every alias. */
  names: readonly string[];
  mentions?: number;
  /** Entities co-mentioned in the same documents (canonical ids). */
  neighbours?: readonly string[];
  /** Places co-mentioned or linked by statements (canonical ids). */
  places?: readonly string[];
  /** Positions and roles from statements ("secretary of state", "gunman"). */
  roles?: readonly string[];
  documents?: readonly string[];
  /** First and last year it is seen in. */
  years?: readonly [number, number] | null;
  /**
   * Known only by descriptions ("the gunman"): its name is the extractor's label, not a name, so
   * it is never compared by name; the context pass (`context-match.ts`) decides.
   */
  descriptionOnly?: boolean;
}

/** What the pass knows about a candidate once, before comparing it with anything. */
export interface Prepared {
  candidate: Candidate;
  forms: NameForm[];
  curated: number[];
  neighbours: Set<string>;
  places: Set<string>;
  roles: Set<string>;
  documents: Set<string>;
}

export interface PairScore {
  score: number;
  features: Record<string, number>;
  /** A constraint, not a score: these two must never end up in one entity. */
  cannotLink: boolean;
}

export interface ScoreOptions {
  /** Pairs a report says are one ("X, also known as Y"), as "a\u241fb" with a < b. */
  reportAliases: ReadonlySet<string>;
  /** The same through a description the extractor linked ("the gunman … the nom de guerre Y"): review. */
  weakReportAliases: ReadonlySet<string>;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u241f${b}` : `${b}\u241f${a}`;
}

function overlap(a: Set<string>, b: Set<string>, skip: readonly string[]): number {
  let n = 0;
  for (const x of a) if (b.has(x) && !skip.includes(x)) n++;
  return n;
}

const NO_NAMES: NameComparison = { score: 0, subset: false, conflict: false, single: false, acronym: false };

/** The best comparison over every pair of spellings. */
export function bestNames(a: Prepared, b: Prepared): NameComparison {
  let top: NameComparison | undefined;
  let conflict = false;
  for (const fa of a.forms) {
    for (const fb of b.forms) {
      const c = compareNames(fa, fb, a.candidate.type);
      if (c.conflict && fa.tokens.length > 1 && fb.tokens.length > 1) conflict = true;
      if (!top || c.score > top.score) top = c;
    }
  }
  const result = top ?? NO_NAMES;
  // A conflict between full names outweighs a match through a bare surname: "Gaddafi" is an alias
  // of both Muammar and Saif al-Islam, which does not make them one.
  return conflict && !(result.score >= 1 && !result.single) ? { ...result, conflict: true } : result;
}

/**
 * The match score of two candidates of one type: name similarity (curated aliases, a report's
 * "also known as", acronyms, phonetic word alignment), then context: shared co-mentioned entities
 * raise it, disjoint places and roles of people lower it, as do two people kept apart within one
 * report. Weights are hand-set log-odds in the spirit of Fellegi-Sunter (1969), tuned on
 * test/fixtures/resolve/ and documented in docs/resolution.md.
 */
export function scorePair(a: Prepared, b: Prepared, options: ScoreOptions): PairScore {
  const features: Record<string, number> = {};
  const curatedSame = a.curated.some((g) => b.curated.includes(g));
  const curatedConflict = !curatedSame && a.curated.length > 0 && b.curated.length > 0;
  if (curatedConflict) return { score: 0, features: { curatedConflict: 1 }, cannotLink: true };
  const reported =
    options.reportAliases.size > 0 && options.reportAliases.has(pairKey(a.candidate.id, b.candidate.id));
  const described = a.candidate.descriptionOnly === true || b.candidate.descriptionOnly === true;
  const names = described ? NO_NAMES : bestNames(a, b);
  if (described) features.descriptionOnly = 1;
  features.name = round3(names.score);
  if (curatedSame) features.curated = 1;
  if (reported) features.reportAlias = 1;
  if (names.acronym) features.acronym = 1;
  if (names.subset && names.score < 1) features.subset = 1;
  if (names.conflict) features.nameConflict = 1;
  let score = names.score;
  if (curatedSame) score = Math.max(score, 0.98);
  else if (reported) score = Math.max(score, 0.95);
  else if (
    options.weakReportAliases.size > 0 &&
    options.weakReportAliases.has(pairKey(a.candidate.id, b.candidate.id))
  ) {
    features.reportAliasNominal = 1;
    score = Math.max(score, 0.75);
  }
  const certain = curatedSame || reported;
  // "Western Libya" is part of Libya, not Libya spelt otherwise.
  if (
    !certain &&
    (a.candidate.type === "location" || a.candidate.type === "facility") &&
    a.candidate.names.some((x) => b.candidate.names.some((y) => isRegionOf(x, y) || isRegionOf(y, x)))
  )
    return { score: 0, features: { ...features, region: 1 }, cannotLink: false };
  if (names.conflict && !certain) return { score: Math.min(score, 0.3), features, cannotLink: true };
  if (score <= 0) return { score: 0, features, cannotLink: false };

  const person = a.candidate.type === "person";
  const ids = [a.candidate.id, b.candidate.id];
  const shared = overlap(a.neighbours, b.neighbours, ids);
  if (shared > 0) {
    features.sharedNeighbours = shared;
    score += Math.min(0.1, 0.035 * shared);
  }
  let placesDisjoint = false;
  let rolesDisjoint = false;
  if (a.places.size > 0 && b.places.size > 0) {
    const sharedPlaces = overlap(a.places, b.places, ids);
    features.sharedPlaces = sharedPlaces;
    placesDisjoint = sharedPlaces === 0;
    if (sharedPlaces > 0) score += 0.03;
    else if (person) score -= 0.15;
  }
  if (person && a.roles.size > 0 && b.roles.size > 0) {
    const sharedRoles = overlap(a.roles, b.roles, []);
    features.sharedRoles = sharedRoles;
    rolesDisjoint = sharedRoles === 0;
    if (sharedRoles === 0) score -= 0.1;
  }
  // Namesakes: two people seen in different places in different roles are two people, whatever
  // links each to a third spelling.
  const namesakes = person && !certain && placesDisjoint && rolesDisjoint;
  if (namesakes) features.namesakes = 1;
  const ya = a.candidate.years;
  const yb = b.candidate.years;
  if (ya && yb) {
    const gap = Math.max(0, Math.max(ya[0], yb[0]) - Math.min(ya[1], yb[1]));
    if (gap > 15) {
      features.yearGap = gap;
      score -= 0.1;
    }
  }
  if (person && !certain && overlap(a.documents, b.documents, []) > 0) {
    // The report's own coreference kept them apart; trust it a little.
    features.sameDocument = 1;
    score -= 0.1;
  }
  score = Math.max(0, Math.min(1, score));
  return { score: round3(score), features, cannotLink: namesakes };
}
