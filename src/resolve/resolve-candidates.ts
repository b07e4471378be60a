import { betterName } from "./canonical-name.js";
import { THRESHOLDS } from "./cluster-pairs.js";
import { type CuratedIndex, curatedIndex } from "./curated-aliases.js";
import { nameForm } from "./name-forms.js";
import { type Candidate, type PairScore, type Prepared, pairKey, scorePair } from "./score-pair.js";

export interface ResolveOptions {
  /** At or above: merge automatically. */
  mergeAt: number;
  /** At or above (and below mergeAt): ask an analyst. */
  reviewAt: number;
  /** Blocks with more members than this are skipped (a word every tenth name shares decides nothing). */
  maxBlock: number;
  /** Analysts' "not the same", as pairKey(a, b). */
  distinct: ReadonlySet<string>;
  /** Pairs a report says are one ("X, also known as Y"), as pairKey(a, b). */
  reportAliases: ReadonlySet<string>;
  weakReportAliases: ReadonlySet<string>;
  curated?: CuratedIndex;
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULTS: Readonly<Omit<ResolveOptions, "curated" | "onProgress">> = Object.freeze({
  ...THRESHOLDS,
  maxBlock: 150,
  distinct: new Set<string>(),
  reportAliases: new Set<string>(),
  weakReportAliases: new Set<string>(),
});

export interface PairDecision {
  /** For merges: the entity kept. */
  a: string;
  b: string;
  score: number;
  features: Record<string, number>;
}

export interface ResolutionPlan {
  merges: PairDecision[];
  reviews: PairDecision[];
  compared: number;
  /** Groups of two or more candidates that become one entity, the kept one first. */
  clusters: string[][];
}

let sharedCurated: CuratedIndex | undefined;

function prepare(
  c: Candidate,
  curated: CuratedIndex,
  formCache: Map<string, ReturnType<typeof nameForm>>,
): Prepared {
  const forms = [];
  const seen = new Set<string>();
  const groups = new Set<number>();
  for (const name of c.names) {
    const cacheKey = `${c.type}\u241f${name}`;
    let form = formCache.get(cacheKey);
    if (!form) {
      form = nameForm(name, c.type);
      formCache.set(cacheKey, form);
    }
    for (const g of curated.groupsOf(c.type, name)) groups.add(g);
    if (seen.has(form.folded) || form.tokens.length === 0) continue;
    seen.add(form.folded);
    forms.push(form);
  }
  return {
    candidate: c,
    forms,
    curated: [...groups],
    neighbours: new Set(c.neighbours ?? []),
    places: new Set(c.places ?? []),
    roles: new Set((c.roles ?? []).map((r) => r.toLowerCase())),
    documents: new Set(c.documents ?? []),
  };
}

/** Blocking keys (Christen 2012, "Data Matching" ch. 4): only candidates sharing one are compared. */
function blockKeys(p: Prepared, extra: readonly string[]): string[] {
  const keys = new Set<string>(extra);
  // A description is no name: only a report's own "also known as" brings it to the name pass.
  if (p.candidate.descriptionOnly) return [...keys];
  const type = p.candidate.type;
  for (const g of p.curated) keys.add(`c${g}`);
  for (const f of p.forms) {
    if (f.isAcronym) keys.add(`a${type}\u241f${f.folded}`);
    else for (const i of f.initials) keys.add(`a${type}\u241f${i}`);
    for (const t of f.tokens) {
      if (t.particle) continue;
      keys.add(`t${type}\u241f${t.consonants.length >= 2 ? t.consonants : t.skeleton}`);
      for (const k of t.consonantKeys) if (k.length >= 2) keys.add(`t${type}\u241f${k}`);
    }
    if (f.compact.length >= 5) keys.add(`w${type}\u241f${f.compact}`);
    // Multi-pass blocking: first and last word together keep blocks small where one word is common.
    const words = f.tokens.filter((t) => !t.particle);
    if (words.length > 1)
      keys.add(`p${type}\u241f${words[0]!.consonants}\u241f${words[words.length - 1]!.consonants}`);
  }
  return [...keys];
}

class UnionFind {
  parent: Int32Array;
  members: number[][];
  constructor(n: number) {
    this.parent = new Int32Array(n).map((_, i) => i);
    this.members = Array.from({ length: n }, (_, i) => [i]);
  }
  find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[x] !== r) {
      const next = this.parent[x]!;
      this.parent[x] = r;
      x = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const [big, small] = this.members[a]!.length >= this.members[b]!.length ? [a, b] : [b, a];
    this.parent[small] = big;
    this.members[big]!.push(...this.members[small]!);
    this.members[small] = [];
  }
}

/**
 * One resolution pass over candidates, pure: block, score every pair in a block once, then join
 * pairs at or above `mergeAt` best first, refusing any join that would put a cannot-link pair
 * (an analyst's "not the same", conflicting given names, different curated groups) in one entity
 * (constrained agglomerative clustering; Wagstaff et al. 2001 for cannot-link constraints). Pairs
 * between the thresholds that end up apart go to review.
 */
export function resolveCandidates(
  candidates: readonly Candidate[],
  options: Partial<ResolveOptions> = {},
): ResolutionPlan {
  const o = { ...DEFAULTS, ...options };
  sharedCurated ??= curatedIndex();
  const curated = options.curated ?? sharedCurated;
  const formCache = new Map<string, ReturnType<typeof nameForm>>();
  const prepared = candidates.map((c) => prepare(c, curated, formCache));
  // Pairs a report names as one are compared whatever their spellings.
  const reported = new Map<string, string[]>();
  for (const key of [...o.reportAliases, ...o.weakReportAliases]) {
    for (const id of key.split("\u241f")) reported.set(id, [...(reported.get(id) ?? []), `r${key}`]);
  }
  const blocks = new Map<string, number[]>();
  const keysOf: string[][] = prepared.map((p, i) => {
    const keys = blockKeys(p, reported.get(p.candidate.id) ?? []);
    for (const key of keys) {
      const list = blocks.get(key);
      if (list) list.push(i);
      else blocks.set(key, [i]);
    }
    return keys;
  });
  // Only pairs worth remembering are kept: those that may merge or be queued, and cannot-links.
  const scored = new Map<number, PairScore>();
  const n = prepared.length;
  const scoreOf = (i: number, j: number): PairScore => {
    const k = i < j ? i * n + j : j * n + i;
    const known = scored.get(k);
    if (known) return known;
    let s = scorePair(prepared[i]!, prepared[j]!, o);
    if (
      o.distinct.size > 0 &&
      o.distinct.has(pairKey(prepared[i]!.candidate.id, prepared[j]!.candidate.id))
    ) {
      s = { ...s, cannotLink: true, features: { ...s.features, distinct: 1 } };
    }
    if (s.cannotLink || s.score >= o.reviewAt) scored.set(k, s);
    return s;
  };
  let compared = 0;
  const edges: { i: number; j: number; s: PairScore }[] = [];
  const partners = new Set<number>();
  for (let i = 0; i < n; i++) {
    if (i % 5000 === 0) o.onProgress?.(i, n);
    // Each pair once: the partners of i with a larger index, over all of i's blocks.
    partners.clear();
    for (const key of keysOf[i]!) {
      const members = blocks.get(key)!;
      if (members.length < 2 || members.length > o.maxBlock) continue;
      for (const j of members) if (j > i) partners.add(j);
    }
    for (const j of partners) {
      compared++;
      const s = scoreOf(i, j);
      if (s.score >= o.reviewAt) edges.push({ i, j, s });
    }
  }
  o.onProgress?.(n, n);
  ambiguousSurnames(prepared, edges, scoreOf, o.reviewAt, o.mergeAt);
  edges.sort((x, y) => y.s.score - x.s.score);
  const uf = new UnionFind(n);
  const cannotJoin = (ra: number, rb: number): boolean => {
    const A = uf.members[ra]!;
    const B = uf.members[rb]!;
    if (A.length * B.length > 10000) return false;
    for (const x of A) for (const y of B) if (scoreOf(x, y).cannotLink) return true;
    return false;
  };
  const linkedBy = new Map<number, { i: number; j: number; s: PairScore }>();
  const reviews: typeof edges = [];
  for (const e of edges) {
    const ra = uf.find(e.i);
    const rb = uf.find(e.j);
    if (ra === rb) continue;
    if (e.s.score >= o.mergeAt && !cannotJoin(ra, rb)) {
      uf.union(ra, rb);
      for (const v of [e.i, e.j]) if (!linkedBy.has(v)) linkedBy.set(v, e);
    } else if (!e.s.cannotLink) reviews.push(e);
  }
  const clusters: string[][] = [];
  const merges: PairDecision[] = [];
  for (let r = 0; r < n; r++) {
    const members = uf.members[r]!;
    if (uf.parent[r] !== r || members.length < 2) continue;
    // Ties go to the candidate given first (the store gives them in the order they were created).
    const keep = members.reduce((best, m) =>
      preferKeep(prepared[m]!, prepared[best]!, curated) ||
      (!preferKeep(prepared[best]!, prepared[m]!, curated) && m < best)
        ? m
        : best,
    );
    clusters.push([
      prepared[keep]!.candidate.id,
      ...members.filter((m) => m !== keep).map((m) => prepared[m]!.candidate.id),
    ]);
    for (const m of members) {
      if (m === keep) continue;
      const e = linkedBy.get(m)!;
      merges.push({
        a: prepared[keep]!.candidate.id,
        b: prepared[m]!.candidate.id,
        score: e.s.score,
        features: e.s.features,
      });
    }
  }
  const queued = new Map<string, PairDecision>();
  for (const e of reviews) {
    const ra = uf.find(e.i);
    const rb = uf.find(e.j);
    if (ra === rb || cannotJoin(ra, rb)) continue;
    const key = ra < rb ? `${ra}:${rb}` : `${rb}:${ra}`;
    if (queued.has(key)) continue;
    queued.set(key, {
      a: prepared[e.i]!.candidate.id,
      b: prepared[e.j]!.candidate.id,
      score: e.s.score,
      features: e.s.features,
    });
  }
  return { merges, reviews: [...queued.values()], compared, clusters };
}

/** The entity a group is kept under: a curated preferred name, then the most mentioned, then the better name. */
function preferKeep(x: Prepared, y: Prepared, curated: CuratedIndex): boolean {
  const pref = (p: Prepared) => p.curated.some((g) => curated.preferred(g) === p.candidate.names[0]);
  if (pref(x) !== pref(y)) return pref(x);
  const mx = x.candidate.mentions ?? 0;
  const my = y.candidate.mentions ?? 0;
  if (mx !== my) return mx > my;
  const nx = x.candidate.names[0]!;
  const ny = y.candidate.names[0]!;
  return betterName(ny, nx) === nx && nx !== ny;
}

/**
 * A bare surname ("Gaddafi") that matches two people who cannot be one (Muammar and Saif al-Islam)
 * is ambiguous: its pairs go to review, never to an automatic merge.
 */
function ambiguousSurnames(
  prepared: readonly Prepared[],
  edges: { i: number; j: number; s: PairScore }[],
  scoreOf: (i: number, j: number) => PairScore,
  reviewAt: number,
  mergeAt: number,
): void {
  const partners = new Map<number, number[]>();
  for (const e of edges) {
    for (const [s, p] of [
      [e.i, e.j],
      [e.j, e.i],
    ] as const) {
      const short = prepared[s]!;
      if (
        short.candidate.type !== "person" ||
        short.forms.some((f) => f.tokens.filter((t) => !t.particle).length > 1)
      )
        continue;
      const list = partners.get(s) ?? [];
      list.push(p);
      partners.set(s, list);
    }
  }
  for (const [s, list] of partners) {
    let ambiguous = false;
    for (let x = 0; x < list.length && !ambiguous; x++)
      for (let y = x + 1; y < list.length && !ambiguous; y++)
        if (scoreOf(list[x]!, list[y]!).cannotLink) ambiguous = true;
    if (!ambiguous) continue;
    for (const e of edges) {
      if ((e.i === s || e.j === s) && e.s.score >= mergeAt) {
        e.s = {
          ...e.s,
          score: Math.max(reviewAt, mergeAt - 0.01),
          features: { ...e.s.features, ambiguous: 1 },
        };
      }
    }
  }
}
