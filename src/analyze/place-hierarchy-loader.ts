import { PlaceHierarchy } from "../places/hierarchy.js";
import type { Queryable } from "../store/database.js";
import { placeHierarchyLinks } from "../store/repositories/places.js";

export const DEFAULTS = Object.freeze({ depth: 4 });

/**
 * Loads the part of the place hierarchy around some places: everything containing them and, with
 * `down`, everything they contain, to `depth` steps (a site in a city in a country is two). One
 * recursive query (`placeHierarchyLinks`), however deep: embedded, each round trip costs more than
 * the walk itself.
 */
export async function loadPlaceHierarchy(
  db: Queryable,
  seeds: readonly string[],
  options: { down?: boolean; depth?: number } = {},
): Promise<PlaceHierarchy> {
  const places = new PlaceHierarchy();
  const links = await placeHierarchyLinks(db, [...new Set(seeds)], {
    down: options.down ?? false,
    depth: options.depth ?? DEFAULTS.depth,
  });
  for (const l of links) {
    places.add({ id: l.id, name: l.name, kind: l.kind, lat: l.lat, lon: l.lon });
    if (l.from === null) continue;
    if (l.via === "same") places.same(l.from, l.id);
    else if (l.direction === "up") places.contain(l.from, l.id);
    else places.contain(l.id, l.from);
  }
  return places;
}
