/**
 * The place containment hierarchy as plain data: which place lies in which, and which entities are
 * one gazetteer place under two spellings (Sabratha, Sabratah). Built from store links by the
 * analysis shell; the functions here are pure.
 */
import { distanceKm, NEAR_KM } from "./geo.js";

export interface PlaceNode {
  id: string;
  name: string;
  /** country, city or site (a facility or unnamed place known by its `located_in` statements). */
  kind: string;
  /** The gazetteer's coordinates, for a city or country it knows. */
  lat?: number | null;
  lon?: number | null;
}

export interface PlaceEdge {
  /** The contained place. */
  child: string;
  parent: string;
}

export class PlaceHierarchy {
  readonly nodes = new Map<string, PlaceNode>();
  private readonly parents = new Map<string, Set<string>>();
  private readonly twin = new Map<string, string>();

  add(node: PlaceNode): void {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
  }

  contain(child: string, parent: string): void {
    if (child === parent) return;
    const set = this.parents.get(child) ?? new Set<string>();
    set.add(parent);
    this.parents.set(child, set);
  }

  /** Two entities that are one place: both read as the first one given. */
  same(a: string, b: string): void {
    const ra = this.root(a);
    const rb = this.root(b);
    if (ra !== rb) this.twin.set(rb, ra);
  }

  /** The entity that stands for a place and its other spellings. */
  root(id: string): string {
    let r = id;
    while (this.twin.has(r)) r = this.twin.get(r)!;
    return r;
  }

  /** The places containing `id`, nearest first, each once (Sabratha → Libya). */
  ancestors(id: string): string[] {
    const out: string[] = [];
    const seen = new Set([this.root(id)]);
    let frontier = [this.root(id)];
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const p of frontier) {
        for (const member of this.members(p)) {
          for (const parent of this.parents.get(member) ?? []) {
            const r = this.root(parent);
            if (seen.has(r)) continue;
            seen.add(r);
            out.push(r);
            next.push(r);
          }
        }
      }
      frontier = next;
    }
    return out;
  }

  private members(root: string): string[] {
    const out = [root];
    for (const [child, parent] of this.twin)
      if (this.root(parent) === root && child !== root) out.push(child);
    return out;
  }

  /**
   * How two places relate: the same place, or one within the other (and which), or not at all.
   * Returns the place both are at: the more general of the two.
   */
  meet(a: string, b: string): string | null {
    const ra = this.root(a);
    const rb = this.root(b);
    if (ra === rb) return ra;
    if (this.ancestors(ra).includes(rb)) return rb;
    if (this.ancestors(rb).includes(ra)) return ra;
    return null;
  }

  /**
   * Whether two sites in the same place may be one site described twice: "the beach hotel near
   * Sousse", "the beach at Sousse" and "the Imperial Marhaba hotel" cannot be told apart, so a report
   * naming one and a report naming another do not disagree. At least one must be unnamed (its name
   * in lower case, as the extractor writes descriptions); two named sites are two sites.
   */
  mayBeOneSite(a: string, b: string): boolean {
    const ra = this.root(a);
    const rb = this.root(b);
    if (this.kind(ra) !== "site" || this.kind(rb) !== "site") return false;
    const unnamed = (id: string) => /^\p{Ll}/u.test(this.name(id));
    if (!unnamed(ra) && !unnamed(rb)) return false;
    const pa = this.ancestors(ra)[0];
    return pa !== undefined && pa === this.ancestors(rb)[0];
  }

  /**
   * Whether two places lie within `km` of each other, each read at itself or, for a site, at the
   * nearest place containing it that has coordinates (never at a country's centre): "the beach at
   * Port El Kantaoui" and "Sousse" are 8 km apart.
   */
  near(a: string, b: string, km: number = NEAR_KM): boolean {
    const pa = this.point(a);
    const pb = this.point(b);
    return pa !== undefined && pb !== undefined && distanceKm(pa, pb) <= km;
  }

  private point(id: string): [number, number] | undefined {
    for (const p of [this.root(id), ...this.ancestors(this.root(id))]) {
      const n = this.nodes.get(p);
      if (!n || n.kind === "country") return undefined;
      if (typeof n.lat === "number" && typeof n.lon === "number") return [n.lat, n.lon];
    }
    return undefined;
  }

  name(id: string): string {
    return this.nodes.get(this.root(id))?.name ?? this.nodes.get(id)?.name ?? id;
  }

  kind(id: string): string {
    return this.nodes.get(this.root(id))?.kind ?? "site";
  }
}

export const SPECIFICITY = Object.freeze({ site: 1, city: 0.8, country: 0.4 } as Record<string, number>);

/** How specific a place is, 0…1: a camp says more than a city, a city more than a country. */
export function specificity(kind: string): number {
  return SPECIFICITY[kind] ?? 0.6;
}
