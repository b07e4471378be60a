import type { PairDecision } from "./resolve-candidates.js";

/**
 * The thresholds every resolution pass decides by: a pair at or above `mergeAt` merges, one from
 * `reviewAt` goes to the review queue (docs/resolution.md). One declaration, so the passes agree.
 */
export const THRESHOLDS = Object.freeze({ mergeAt: 0.85, reviewAt: 0.6 });

/** A score as the passes record it: three decimals. */
export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Adds candidate `i` to the block `key` (blocking, Christen 2012). */
export function addToBlock(blocks: Map<string, number[]>, key: string, i: number): void {
  const list = blocks.get(key);
  if (list) list.push(i);
  else blocks.set(key, [i]);
}

export interface PairPlan {
  merges: PairDecision[];
  reviews: PairDecision[];
  /** Groups of two or more that become one entity, the kept one first. */
  clusters: string[][];
}

export interface ClusterOptions {
  mergeAt: number;
  reviewAt: number;
  /** A constraint, not a score: these two must never end up in one entity. */
  cannotLink: (a: string, b: string) => boolean;
  /** The member a group is kept under. */
  keep: (members: readonly string[]) => string;
}

/**
 * Joins scored pairs best first (single-link agglomerative clustering), refusing any join that
 * would put a cannot-link pair in one group (Wagstaff et al. 2001). Pairs between the thresholds
 * whose two sides end up apart, and may be one, are queued for review, one per pair of groups.
 * The context passes use it; the name pass keeps its own, tuned for a million candidates.
 */
export function clusterPairs(pairs: readonly PairDecision[], options: ClusterOptions): PairPlan {
  const root = new Map<string, string>();
  const members = new Map<string, string[]>();
  const find = (x: string): string => {
    let r = x;
    while (root.has(r) && root.get(r) !== r) r = root.get(r)!;
    return r;
  };
  const group = (r: string) => members.get(r) ?? [r];
  const conflict = (ra: string, rb: string) =>
    group(ra).some((x) => group(rb).some((y) => options.cannotLink(x, y)));
  const linkedBy = new Map<string, PairDecision>();
  const between: PairDecision[] = [];
  for (const p of [...pairs].sort((x, y) => y.score - x.score)) {
    const ra = find(p.a);
    const rb = find(p.b);
    if (ra === rb) continue;
    if (p.score >= options.mergeAt && !conflict(ra, rb)) {
      members.set(ra, [...group(ra), ...group(rb)]);
      members.delete(rb);
      root.set(rb, ra);
      root.set(ra, ra);
      for (const v of [p.a, p.b]) if (!linkedBy.has(v)) linkedBy.set(v, p);
    } else if (p.score >= options.reviewAt) between.push(p);
  }
  const clusters: string[][] = [];
  const merges: PairDecision[] = [];
  for (const [r, list] of members) {
    if (find(r) !== r || list.length < 2) continue;
    const keep = options.keep(list);
    clusters.push([keep, ...list.filter((m) => m !== keep)]);
    for (const m of list) {
      if (m === keep) continue;
      const e = linkedBy.get(m)!;
      merges.push({ a: keep, b: m, score: e.score, features: e.features });
    }
  }
  const reviews = new Map<string, PairDecision>();
  for (const p of between) {
    const ra = find(p.a);
    const rb = find(p.b);
    if (ra === rb || conflict(ra, rb)) continue;
    const key = ra < rb ? `${ra}\u241f${rb}` : `${rb}\u241f${ra}`;
    if (!reviews.has(key)) reviews.set(key, p);
  }
  return { merges, reviews: [...reviews.values()], clusters };
}
