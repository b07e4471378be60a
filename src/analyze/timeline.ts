import type { TimeInterval } from "../model/index.js";
import type { Queryable } from "../store/database.js";
import { timelineStatements } from "../store/repositories/analysis.js";
import { loadPlaceHierarchy } from "./place-hierarchy-loader.js";
import { ANALYSIS_PREDICATES } from "./predicates.js";
import { dayInterval, timeLabel } from "./time-interval.js";
import type { DatedTimelineItem, TimelineItem } from "./types.js";

export const DEFAULTS = Object.freeze({
  limit: 1000,
  /** A place's timeline: at most this many events within it, and this many statements each. */
  eventLimit: 200,
  /** How far down the place hierarchy a place's timeline looks for events (a site in a city in a country is two). */
  placeDepth: 3,
  /** Statements with no time at all: left out unless asked for (the CLI asks; the web view draws only dates). */
  undated: false,
});

/**
 * Orders a timeline: timed items by first day, then the coarser (longer) interval first so that
 * "2015" heads what happened within it, then by id for a stable order; undated items last, by id.
 */
export function orderTimeline(items: TimelineItem[]): TimelineItem[] {
  return items.sort((a, b) => {
    if (!a.time || !b.time)
      return (a.time ? 0 : 1) - (b.time ? 0 : 1) || a.statement.id.localeCompare(b.statement.id);
    return (
      a.time.from.localeCompare(b.time.from) ||
      b.time.to.localeCompare(a.time.to) ||
      a.statement.id.localeCompare(b.statement.id)
    );
  });
}

/**
 * What is known about an entity, or about a place and what happened within it, in time order.
 * Each statement is timed by its own valid time, else by the date of the event it is about, else
 * by the first report of it. Statements with none of these (an analyst's note, a report with no
 * date) are left out, or with `{undated: true}` come last with `time: null`, basis "undated" and
 * label "undated".
 */
export async function timeline(
  db: Queryable,
  entityId: string,
  options?: { undated?: false },
): Promise<DatedTimelineItem[]>;
export async function timeline(
  db: Queryable,
  entityId: string,
  options: { undated: boolean },
): Promise<TimelineItem[]>;
export async function timeline(
  db: Queryable,
  entityId: string,
  options: { undated?: boolean } = {},
): Promise<TimelineItem[]> {
  const ref = (
    await db.query<{ id: string; type: string }>(
      "select e.id, e.type from entities m join entities e on e.id = m.canonical_id where m.id = $1",
      [entityId],
    )
  )[0];
  if (!ref) return [];
  // A place: add what happened at it and at the places around it.
  const places =
    ref.type === "location" || ref.type === "facility"
      ? [...(await loadPlaceHierarchy(db, [ref.id], { down: true, depth: DEFAULTS.placeDepth })).nodes.keys()]
      : null;
  const found = await timelineStatements(db, ref.id, {
    limit: DEFAULTS.limit,
    places,
    eventLimit: DEFAULTS.eventLimit,
    predicates: ANALYSIS_PREDICATES,
  });
  const items: TimelineItem[] = [];
  for (const { statement, eventTime, firstReported } of found) {
    const [time, basis]: [TimeInterval | null, TimelineItem["basis"]] = statement.time
      ? [statement.time, "stated"]
      : eventTime
        ? [eventTime, "event"]
        : firstReported
          ? [dayInterval(firstReported), "reported"]
          : [null, "undated"];
    if (!time && !(options.undated ?? DEFAULTS.undated)) continue;
    const label = !time ? "undated" : basis === "reported" ? `${timeLabel(time)}, reported` : timeLabel(time);
    items.push({ statement, time, label, basis });
  }
  return orderTimeline(items);
}
