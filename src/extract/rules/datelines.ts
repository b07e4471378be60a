import type { NamedSpan } from "./named-span.js";
import { findPlace } from "./place-gazetteer.js";

/** A city word of a dateline: in capitals, letters with marks, apostrophes, dots and hyphens ("GAÂFOUR", "AL-QUDS"). */
const CITY_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}'’.-]*`;
const CITY = String.raw`${CITY_WORD}(?:[ \t]+${CITY_WORD}){0,3}`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATE = String.raw`(?:${MONTH}[ \t]+\d{1,2}|\d{1,2}[ \t]+${MONTH})`;

/**
 * The wire-copy dateline at the start of a text or paragraph: "SOUSSE, June 27 (Maghreb Wire) - ",
 * "LONDON/TUNIS, July 10 (Agency report) - ", "TUNIS, March 18 - ", "GAÂFOUR - ". Cities in
 * capitals, separated by slashes; an optional date; an optional outlet in parentheses; a dash.
 */
const DATELINE = new RegExp(
  String.raw`(?<![^\n])[ \t]*(${CITY}(?:/${CITY})*)(?:,[ \t]*${DATE})?(?:[ \t]*\(([^()\n]{2,60})\))?[ \t]*[-–—]{1,2}[ \t]`,
  "gu",
);

/** A dateline's parts: the places it was filed from and the outlet that filed it. */
export interface Dateline {
  places: NamedSpan[];
  outlet?: NamedSpan;
}

/**
 * Finds the datelines of a text, as name spans already typed: the cities are locations whether or
 * not the gazetteer knows them, and the outlet in parentheses is an organisation, never a person,
 * whatever a recogniser makes of "Maghreb Wire". A line whose capitals are not followed by a dash
 * ("KEY JUDGEMENTS") is no dateline, nor one without date or outlet unless the gazetteer knows its
 * places ("GAÂFOUR - " is one, "UPDATE - " is not).
 *
 * @example findDatelines("LONDON/TUNIS, July 10 (Agency report) - Britain advised …")
 * // [{ places: [LONDON, TUNIS], outlet: "Agency report" }], each a span with `type` set
 */
export function findDatelines(text: string): Dateline[] {
  const found: Dateline[] = [];
  for (const m of text.matchAll(DATELINE)) {
    const citiesAt = m.index! + m[0].indexOf(m[1]!);
    const places: NamedSpan[] = [];
    let offset = citiesAt;
    for (const part of m[1]!.split("/")) {
      const start = offset + (part.length - part.trimStart().length);
      const name = part.trim().replace(/[.]+$/, "");
      offset += part.length + 1;
      if (!/\p{Lu}{3}/u.test(name.normalize("NFC"))) continue;
      places.push({ start, end: start + name.length, text: name, label: "LOC", type: "location" });
    }
    const outlet = m[2]?.trim();
    // Without a date or an outlet, only known places make a dateline: "UPDATE - " does not.
    const dated = m[0].includes(",") || outlet !== undefined;
    if (places.length === 0 || (!dated && !places.every((p) => findPlace(p.text)))) continue;
    const dateline: Dateline = { places };
    if (outlet && /^\p{Lu}/u.test(outlet)) {
      const start = m.index! + m[0].lastIndexOf(`(${m[2]})`) + 1 + m[2]!.indexOf(outlet);
      dateline.outlet = {
        start,
        end: start + outlet.length,
        text: outlet,
        label: "ORG",
        type: "organization",
      };
    }
    found.push(dateline);
  }
  return found;
}
