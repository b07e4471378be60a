import { clusterPairs, type PairPlan, THRESHOLDS } from "./cluster-pairs.js";
import type { PairDecision } from "./resolve-candidates.js";
import { pairKey } from "./score-pair.js";

/** An unnamed group ("Bardo Museum attackers", "the two gunmen") as the group pass sees it. */
export interface GroupCandidate {
  id: string;
  name: string;
  /** The canonical events it carried out (`perpetrated`), after the event pass. */
  events: readonly string[];
  mentions: number;
}

export const DEFAULTS = Object.freeze({
  ...THRESHOLDS,
  /** The score of two bands of attackers that carried out the same attack. */
  sameAttack: 0.9,
});

/**
 * The head nouns of a band that carried an attack out itself. "The cell behind it", "accomplices",
 * "three teams" are other collectives around the same attack and never join the attackers.
 */
const ATTACKER_HEADS =
  /\b(?:attackers|gunmen|assailants|bombers|shooters|hostage-takers|men|militants|fighters|pair)$/i;

/**
 * The group pass, pure: an unnamed group is known only by what it did, so two of them are one band
 * when both are attackers (by their head noun) of one canonical event: "Bardo Museum attackers" in
 * one report and "Bardo attackers" in another, once their attacks are one. Nothing else joins
 * groups: their words ("gunmen") say nothing of which gunmen.
 */
export function resolveGroups(
  groups: readonly GroupCandidate[],
  options: { distinct?: ReadonlySet<string> } = {},
): PairPlan & { compared: number } {
  const attackers = groups.filter((g) => ATTACKER_HEADS.test(g.name.trim()) && g.events.length > 0);
  const byEvent = new Map<string, GroupCandidate[]>();
  for (const g of attackers)
    for (const e of new Set(g.events)) byEvent.set(e, [...(byEvent.get(e) ?? []), g]);
  const pairs = new Map<string, PairDecision>();
  let compared = 0;
  for (const members of byEvent.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i]!, members[j]!];
        const key = pairKey(a.id, b.id);
        if (pairs.has(key)) continue;
        compared++;
        pairs.set(key, {
          a: a.id,
          b: b.id,
          score: DEFAULTS.sameAttack,
          features: { sameAttack: 1, event: 1 },
        });
      }
    }
  }
  const mentions = new Map(groups.map((g) => [g.id, g.mentions]));
  const plan = clusterPairs([...pairs.values()], {
    mergeAt: DEFAULTS.mergeAt,
    reviewAt: DEFAULTS.reviewAt,
    cannotLink: (a, b) => options.distinct?.has(pairKey(a, b)) ?? false,
    keep: (members) =>
      members.reduce((best, m) => ((mentions.get(m) ?? 0) > (mentions.get(best) ?? 0) ? m : best)),
  });
  return { ...plan, compared };
}
