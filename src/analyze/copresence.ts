import type { EntityRef, TimeInterval } from "../model/index.js";
import { type PlaceHierarchy, specificity } from "../places/hierarchy.js";
import { intersect, overlapTightness } from "./time-interval.js";
import type { Copresence } from "./types.js";

export const DEFAULTS = Object.freeze({
  /** Placements without a time say nothing about "the same period"; they are left out unless asked. */
  includeUntimed: false,
  limit: 50,
});

/** A statement that puts an entity at a place for a time (trained at, traveled to, perpetrated an event there). */
export interface Placement {
  entity: EntityRef;
  placeId: string;
  time: TimeInterval | null;
  statements: string[];
}

export interface CopresenceOptions {
  /** Only pairs that include this entity. */
  entityId?: string;
  /** Only meetings at this place or within it. */
  placeId?: string;
  /** Only meetings that overlap this window (ISO dates, inclusive). */
  from?: string;
  to?: string;
  includeUntimed?: boolean;
  limit?: number;
}

/**
 * Who was at the same place in the same period. Two placements meet when their places are one
 * (or one contains the other: a camp near Sabratha, Sabratha, Libya) and their fuzzy intervals
 * overlap; the meeting is at the more general place, for the shared days. Ranked by place
 * specificity times the tightness of the overlap, so "the same camp in the same January" comes
 * before "Libya, some time in 2015".
 *
 * @example findCopresences(placements, hierarchy, { entityId: rezgui.id })
 */
export function findCopresences(
  placements: readonly Placement[],
  places: PlaceHierarchy,
  options: CopresenceOptions = {},
): Copresence[] {
  const includeUntimed = options.includeUntimed ?? DEFAULTS.includeUntimed;
  const window: TimeInterval | null =
    options.from || options.to
      ? { from: options.from ?? "0001-01-01", to: options.to ?? "9999-12-31", precision: "day" }
      : null;
  const usable = placements.filter((p) => includeUntimed || p.time !== null);
  // Bucket each placement under its place and every place containing it, so only placements that
  // can meet are compared.
  const buckets = new Map<string, Placement[]>();
  for (const p of usable) {
    for (const place of [places.root(p.placeId), ...places.ancestors(p.placeId)]) {
      const list = buckets.get(place) ?? [];
      list.push(p);
      buckets.set(place, list);
    }
  }
  const best = new Map<string, Copresence>();
  const scope = options.placeId ? places.root(options.placeId) : null;
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.entity.id === b.entity.id) continue;
        if (options.entityId && a.entity.id !== options.entityId && b.entity.id !== options.entityId)
          continue;
        const place = places.meet(a.placeId, b.placeId);
        if (!place) continue;
        if (scope && place !== scope && !places.ancestors(place).includes(scope)) continue;
        const shared = a.time && b.time ? intersect(a.time, b.time) : (a.time ?? b.time);
        if ((a.time && b.time && !shared) || (window && shared && !intersect(shared, window))) continue;
        if (window && !shared) continue;
        const tight = a.time && b.time ? overlapTightness(a.time, b.time) : 0;
        const score = specificity(places.kind(place)) * (0.5 + 0.5 * tight);
        const [x, y] = a.entity.id === options.entityId || a.entity.id < b.entity.id ? [a, b] : [b, a];
        const key = `${x.entity.id}\u241f${y.entity.id}\u241f${place}`;
        const previous = best.get(key);
        const statements = [...new Set([...(previous?.statements ?? []), ...x.statements, ...y.statements])];
        if (previous && previous.score >= score) {
          previous.statements = statements;
          continue;
        }
        best.set(key, {
          entities: [x.entity, y.entity],
          place: { id: place, name: places.name(place) },
          within: places.ancestors(place).map((id) => ({ id, name: places.name(id) })),
          from: shared?.from ?? "",
          to: shared?.to ?? "",
          precision: shared?.precision ?? "year",
          statements,
          score: Math.round(score * 1000) / 1000,
        });
      }
    }
  }
  return [...best.values()]
    .sort(
      (p, q) =>
        q.score - p.score ||
        p.from.localeCompare(q.from) ||
        p.entities[0].name.localeCompare(q.entities[0].name) ||
        p.entities[1].name.localeCompare(q.entities[1].name),
    )
    .slice(0, options.limit ?? DEFAULTS.limit);
}
