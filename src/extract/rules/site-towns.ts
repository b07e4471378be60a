import type { DocumentGraph } from "./document-graph.js";
import { TOWN_PARTS } from "./town-parts.js";

/**
 * At the end of a report: an event placed at a site that the same sentence places in a town is placed
 * in the town too ("A car bomb exploded outside the Danish embassy in Islamabad" → the bombing
 * occurred at the embassy and in Islamabad), as ACLED codes an event to its town and the site is the
 * precise spot (annotation guide, settled 2026-11-22). Of the places the site lies in, the smallest is
 * taken (the district, not also its city; never the country when a town is given). Only a containment
 * stated in the sentence that placed the event counts, so the statement's evidence names both.
 */
export function placeEventsInTowns(graph: DocumentGraph): void {
  const containment = graph.byPredicate("located_in");
  for (const placed of [...graph.byPredicate("occurred_at")]) {
    const site = placed.object === undefined ? undefined : graph.get(placed.object);
    // "a residential area of Matsumoto": an unnamed part of a town is placed like a site.
    if (!site || (site.type !== "facility" && !TOWN_PARTS.has(site))) continue;
    const towns = containment.filter(
      (c) =>
        c.subject === site.key && c.sentence === placed.sentence && graph.get(c.object!)?.type === "location",
    );
    const smallest = towns.filter(
      (t) =>
        !towns.some(
          (u) => u !== t && containment.some((c) => c.subject === u.object && c.object === t.object),
        ),
    );
    for (const town of smallest)
      if (!graph.has(placed.subject, "occurred_at", town.object))
        graph.statement({
          ...placed,
          object: town.object!,
          credibility: Math.max(placed.credibility, town.credibility) as typeof placed.credibility,
        });
  }
}
