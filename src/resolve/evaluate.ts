import type { EntityType } from "../model/entity-types.js";
import { resolveCandidates } from "./resolve-candidates.js";
import type { Candidate } from "./score-pair.js";

/** A test set: clusters of spellings that are one entity each, and pairs of clusters that must stay apart. */
export interface ResolutionFixture {
  version: number;
  clusters: {
    id: string;
    type: EntityType;
    names: string[];
    context?: { places?: string[]; roles?: string[]; years?: [number, number] };
  }[];
  hardNegatives: [string, string][];
}

export interface EvaluationReport {
  names: number;
  entities: number;
  pairs: {
    truePositive: number;
    falsePositive: number;
    falseNegative: number;
    precision: number;
    recall: number;
    f1: number;
  };
  hardNegatives: { pairs: number; wrongMerges: { a: string; b: string }[] };
  wrongMerges: { a: string; aEntity: string; b: string; bEntity: string }[];
  missed: { entity: string; groups: string[][] }[];
  review: { same: number; different: number };
}

/**
 * Pairwise evaluation (Menestrina, Whang & Garcia-Molina 2010, "pairwise F1"): every spelling is a
 * candidate of its own; a pair counts as merged when the plan puts both in one cluster.
 */
export function evaluateResolution(fixture: ResolutionFixture): EvaluationReport {
  const candidates: Candidate[] = [];
  const gold = new Map<string, string>();
  const nameOf = new Map<string, string>();
  for (const cluster of fixture.clusters) {
    cluster.names.forEach((name, i) => {
      const id = `${cluster.id}#${i}`;
      gold.set(id, cluster.id);
      nameOf.set(id, name);
      candidates.push({
        id,
        type: cluster.type,
        names: [name],
        places: cluster.context?.places ?? [],
        roles: cluster.context?.roles ?? [],
        years: cluster.context?.years ?? null,
      });
    });
  }
  const plan = resolveCandidates(candidates);
  const predicted = new Map<string, number>();
  plan.clusters.forEach((members, k) => {
    for (const m of members) predicted.set(m, k);
  });
  const same = (a: string, b: string) => predicted.has(a) && predicted.get(a) === predicted.get(b);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrongMerges: EvaluationReport["wrongMerges"] = [];
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const a = candidates[i]!.id;
      const b = candidates[j]!.id;
      const truth = gold.get(a) === gold.get(b);
      const merged = same(a, b);
      if (truth && merged) tp++;
      else if (merged) {
        fp++;
        wrongMerges.push({
          a: nameOf.get(a)!,
          aEntity: gold.get(a)!,
          b: nameOf.get(b)!,
          bEntity: gold.get(b)!,
        });
      } else if (truth) fn++;
    }
  }
  const hard = new Set(fixture.hardNegatives.map(([x, y]) => [x, y].sort().join("\u241f")));
  const hardWrong = new Map<string, { a: string; b: string }>();
  for (const w of wrongMerges) {
    const key = [w.aEntity, w.bEntity].sort().join("\u241f");
    if (hard.has(key)) hardWrong.set(key, { a: w.aEntity, b: w.bEntity });
  }
  const missed: EvaluationReport["missed"] = [];
  for (const cluster of fixture.clusters) {
    const groups = new Map<string, string[]>();
    cluster.names.forEach((name, i) => {
      const id = `${cluster.id}#${i}`;
      const k = predicted.has(id) ? `c${predicted.get(id)}` : id;
      groups.set(k, [...(groups.get(k) ?? []), name]);
    });
    if (groups.size > 1) missed.push({ entity: cluster.id, groups: [...groups.values()] });
  }
  const review = { same: 0, different: 0 };
  for (const r of plan.reviews) {
    if (gold.get(r.a) === gold.get(r.b)) review.same++;
    else review.different++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return {
    names: candidates.length,
    entities: fixture.clusters.length,
    pairs: {
      truePositive: tp,
      falsePositive: fp,
      falseNegative: fn,
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    },
    hardNegatives: { pairs: hard.size, wrongMerges: [...hardWrong.values()] },
    wrongMerges,
    missed,
    review,
  };
}
