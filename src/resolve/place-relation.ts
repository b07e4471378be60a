import { distanceKm } from "../places/geo.js";
import { PlaceHierarchy } from "../places/hierarchy.js";

/** What a resolution pass knows of one place entity (canonical id): the gazetteer's facts. */
export interface PlaceFact {
  id: string;
  name: string;
  /** country, city or site. */
  kind: string;
  countryCode: string | null;
  lat: number | null;
  lon: number | null;
}

/**
 * How two places relate, strongest first: one place; one within the other (a site in a city, a
 * city in a region); within `nearKm` of each other; only the same country; apart (different
 * countries, or both located and further than `nearKm`); unknown (not enough is known).
 */
export type PlaceRelation = "same" | "within" | "near" | "country" | "apart" | "unknown";

/** Relations ordered by strength, for picking the strongest. */
export const RELATION_RANK: Readonly<Record<PlaceRelation, number>> = {
  same: 5,
  within: 4,
  near: 3,
  country: 2,
  unknown: 1,
  apart: 0,
};

/** The places a pass compares events and people by: containment, countries and coordinates. */
export class PlaceIndex {
  private readonly hierarchy = new PlaceHierarchy();
  private readonly facts = new Map<string, PlaceFact>();
  private readonly countries = new Map<string, string>();
  private readonly lineages = new Map<string, string[]>();

  /**
   * `links.within` holds [child, parent] pairs: `located_in` statements and the sites' parents;
   * `links.same`, entities that are one gazetteer place under two spellings. A place with a country
   * code lies in that code's country entity, when the store has one.
   */
  constructor(
    facts: readonly PlaceFact[],
    links: { within?: readonly (readonly [string, string])[]; same?: readonly (readonly [string, string])[] },
    readonly nearKm = 30,
  ) {
    for (const f of facts) {
      this.facts.set(f.id, f);
      this.hierarchy.add({ id: f.id, name: f.name, kind: f.kind });
      if (f.kind === "country" && f.countryCode && !this.countries.has(f.countryCode))
        this.countries.set(f.countryCode, f.id);
    }
    for (const [child, parent] of links.within ?? []) this.hierarchy.contain(child, parent);
    for (const [a, b] of links.same ?? []) this.hierarchy.same(a, b);
    for (const f of facts) {
      const country = f.countryCode ? this.countries.get(f.countryCode) : undefined;
      if (country && f.kind !== "country") this.hierarchy.contain(f.id, country);
    }
  }

  kind(id: string): string {
    return this.facts.get(id)?.kind ?? "site";
  }

  /** The place and the places containing it, nearest first, countries last. */
  lineage(id: string): string[] {
    const root = this.hierarchy.root(id);
    let known = this.lineages.get(root);
    if (!known) {
      known = [root, ...this.hierarchy.ancestors(root)];
      this.lineages.set(root, known);
    }
    return known;
  }

  /** The place and what contains it short of a country: keys that tell a town from another. */
  localLineage(id: string): string[] {
    return this.lineage(id).filter((p) => this.kind(p) !== "country");
  }

  /** Coordinates of a place, or of the nearest place containing it short of a country. */
  position(id: string): [number, number] | undefined {
    for (const p of this.localLineage(id)) {
      const f = this.facts.get(p);
      if (f && f.lat !== null && f.lon !== null && f.kind !== "country") return [f.lat, f.lon];
    }
    return undefined;
  }

  /** The country code of a place or of anything containing it. */
  countryOf(id: string): string | undefined {
    for (const p of this.lineage(id)) {
      const cc = this.facts.get(p)?.countryCode;
      if (cc) return cc;
    }
    return undefined;
  }

  /** How two places relate; `within` only through a container short of a country. */
  relate(a: string, b: string): PlaceRelation {
    const [la, lb] = [this.lineage(a), this.lineage(b)];
    if (la[0] === lb[0]) return "same";
    const container = la.includes(lb[0]!) ? lb[0]! : lb.includes(la[0]!) ? la[0]! : undefined;
    if (container !== undefined) return this.kind(container) === "country" ? "country" : "within";
    const pa = this.position(a);
    const pb = this.position(b);
    if (pa && pb) {
      if (distanceKm(pa, pb) <= this.nearKm) return "near";
    }
    const ca = this.countryOf(a);
    const cb = this.countryOf(b);
    if (ca && cb) return ca === cb ? (pa && pb ? "apart" : "country") : "apart";
    return pa && pb ? "apart" : "unknown";
  }

  /** The strongest relation between any place of one set and any of the other ("unknown" if either is empty). */
  relateSets(as: readonly string[], bs: readonly string[]): PlaceRelation {
    let best: PlaceRelation | undefined;
    for (const a of as) {
      for (const b of bs) {
        const r = this.relate(a, b);
        if (!best || RELATION_RANK[r] > RELATION_RANK[best]) best = r;
      }
    }
    return best ?? "unknown";
  }
}

/** One of "same", "within", "near": the two places can be where one thing happened. */
export function placesCoincide(r: PlaceRelation): boolean {
  return r === "same" || r === "within" || r === "near";
}

export { distanceKm };
