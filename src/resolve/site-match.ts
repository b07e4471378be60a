import { clusterPairs, type PairPlan, THRESHOLDS } from "./cluster-pairs.js";
import type { PairDecision } from "./resolve-candidates.js";
import { pairKey } from "./score-pair.js";

/** A facility as the site pass sees it: its name and the canonical events that occurred at it. */
export interface SiteCandidate {
  id: string;
  name: string;
  events: readonly string[];
  mentions: number;
}

export const DEFAULTS = Object.freeze({
  ...THRESHOLDS,
  /** An unnamed site of an attack that happened at exactly one named site. */
  onlyNamedSite: 0.86,
  /** An unnamed site of an attack that happened at several named sites: which one is for an analyst. */
  oneOfNamedSites: 0.65,
  /** Review pairs kept per unnamed site. */
  maxReviews: 3,
});

/** An unnamed site is written in lower case by the extractor ("beach hotel near Sousse"). */
const unnamed = (name: string) => /^\p{Ll}/u.test(name);

/**
 * The site pass, pure: a site known only by a description ("a beach hotel near Sousse", "the beach
 * at Port El Kantaoui") joins the one named site ("Imperial Marhaba hotel") where the same canonical
 * attack happened; with several named sites (the Bataclan, the Stade de France) the pairs go to
 * review. Two named sites never join here, nor do unnamed sites of different attacks.
 */
export function resolveSites(
  sites: readonly SiteCandidate[],
  options: { distinct?: ReadonlySet<string> } = {},
): PairPlan & { compared: number } {
  const byEvent = new Map<string, SiteCandidate[]>();
  for (const s of sites) for (const e of new Set(s.events)) byEvent.set(e, [...(byEvent.get(e) ?? []), s]);
  const pairs = new Map<string, PairDecision>();
  const reviewsOf = new Map<string, number>();
  let compared = 0;
  for (const at of byEvent.values()) {
    const named = at.filter((s) => !unnamed(s.name));
    const described = at.filter((s) => unnamed(s.name));
    for (const d of described) {
      for (const n of named) {
        const key = pairKey(d.id, n.id);
        if (pairs.has(key)) continue;
        compared++;
        if (named.length === 1) {
          pairs.set(key, { a: n.id, b: d.id, score: DEFAULTS.onlyNamedSite, features: { siteOfEvent: 1 } });
        } else if ((reviewsOf.get(d.id) ?? 0) < DEFAULTS.maxReviews) {
          reviewsOf.set(d.id, (reviewsOf.get(d.id) ?? 0) + 1);
          pairs.set(key, {
            a: n.id,
            b: d.id,
            score: DEFAULTS.oneOfNamedSites,
            features: { siteOfEvent: 1, namedSites: named.length },
          });
        }
      }
    }
  }
  const byId = new Map(sites.map((s) => [s.id, s]));
  return {
    ...clusterPairs([...pairs.values()], {
      mergeAt: DEFAULTS.mergeAt,
      reviewAt: DEFAULTS.reviewAt,
      // Two named sites are two sites, whatever joins each of them to a description.
      cannotLink: (a, b) =>
        (options.distinct?.has(pairKey(a, b)) ?? false) ||
        (!unnamed(byId.get(a)?.name ?? "") && !unnamed(byId.get(b)?.name ?? "")),
      keep: (members) =>
        members.find((m) => !unnamed(byId.get(m)?.name ?? "")) ??
        members.reduce((best, m) =>
          (byId.get(m)?.mentions ?? 0) > (byId.get(best)?.mentions ?? 0) ? m : best,
        ),
    }),
    compared,
  };
}
