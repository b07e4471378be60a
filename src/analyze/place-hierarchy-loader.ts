import { PlaceHierarchy } from "../places/hierarchy.js";
import type { Queryable } from "../store/database.js";
import { entityRefs } from "../store/repositories/analysis.js";
import { placeLinks } from "../store/repositories/places.js";

export const DEFAULTS = Object.freeze({ depth: 4, maxPlaces: 20_000 });

/**
 * Loads the part of the place hierarchy around some places: everything containing them and, with
 * `down`, everything they contain, to `depth` steps (a site in a city in a country is two).
 */
export async function loadPlaceHierarchy(
  db: Queryable,
  seeds: readonly string[],
  options: { down?: boolean; depth?: number } = {},
): Promise<PlaceHierarchy> {
  const places = new PlaceHierarchy();
  const refs = await entityRefs(db, seeds);
  for (const [id, ref] of refs) places.add({ id, name: ref.name, kind: "site" });
  const kinds = await db.query<{ id: string; kind: string }>(
    "select entity_id as id, kind from places where entity_id = any($1::text[])",
    [seeds],
  );
  for (const k of kinds) {
    const node = places.nodes.get(k.id);
    if (node) node.kind = k.kind;
  }
  for (const direction of options.down ? (["up", "down"] as const) : (["up"] as const)) {
    let frontier = [...new Set(seeds)];
    const seen = new Set(frontier);
    for (let step = 0; step < (options.depth ?? DEFAULTS.depth) && frontier.length > 0; step++) {
      const links = await placeLinks(db, frontier, direction);
      const next: string[] = [];
      for (const l of links) {
        places.add({ id: l.id, name: l.name, kind: l.kind });
        if (l.via === "same") places.same(l.from, l.id);
        else if (direction === "up") places.contain(l.from, l.id);
        else places.contain(l.id, l.from);
        if (!seen.has(l.id) && seen.size < DEFAULTS.maxPlaces) {
          seen.add(l.id);
          next.push(l.id);
        }
      }
      frontier = next;
    }
  }
  return places;
}
