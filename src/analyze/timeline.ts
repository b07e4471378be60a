import type { TimeInterval } from "../model/index.js";
import type { Queryable } from "../store/database.js";
import { eventTimes, firstReported, statementsAbout } from "../store/repositories/analysis.js";
import { loadPlaceHierarchy } from "./place-hierarchy-loader.js";
import { ANALYSIS_PREDICATES } from "./predicates.js";
import { dayInterval, timeLabel } from "./time-interval.js";
import type { TimelineItem } from "./types.js";

export const DEFAULTS = Object.freeze({ limit: 1000 });

/**
 * Orders timed items: by first day, then the coarser (longer) interval first so that "2015"
 * heads what happened within it, then by id for a stable order.
 */
export function orderTimeline(items: TimelineItem[]): TimelineItem[] {
  return items.sort(
    (a, b) =>
      a.time.from.localeCompare(b.time.from) ||
      b.time.to.localeCompare(a.time.to) ||
      a.statement.id.localeCompare(b.statement.id),
  );
}

/**
 * What is known about an entity, or about a place and what happened within it, in time order.
 * Each statement is timed by its own valid time, else by the date of the event it is about, else
 * by the first report of it; statements with none of these are left out.
 */
export async function timeline(db: Queryable, entityId: string): Promise<TimelineItem[]> {
  const ref = (
    await db.query<{ id: string; type: string }>(
      "select e.id, e.type from entities m join entities e on e.id = m.canonical_id where m.id = $1",
      [entityId],
    )
  )[0];
  if (!ref) return [];
  const own = await statementsAbout(db, ref.id, DEFAULTS.limit);
  const statements = new Map(own.map((s) => [s.id, s]));
  if (ref.type === "location" || ref.type === "facility") {
    // A place: add what happened at it and at the places within it.
    const places = await loadPlaceHierarchy(db, [ref.id], { down: true, depth: 3 });
    const events = await db.query<{ id: string }>(
      `select distinct s0.canonical_id as id from statements s join entities s0 on s0.id = s.subject_id
       where s.predicate = any($1::text[])
         and s.object_id in (select id from entities where canonical_id = any($2::text[]))
       limit 200`,
      [ANALYSIS_PREDICATES.eventPlace, [...places.nodes.keys()]],
    );
    for (const e of events) {
      for (const s of await statementsAbout(db, e.id, 200)) statements.set(s.id, s);
    }
  }
  const list = [...statements.values()];
  const eventIds = [
    ...new Set(
      list.flatMap((s) => [s.subject, s.object].filter((x) => x?.type === "event").map((x) => x!.id)),
    ),
  ];
  const [events, reported] = await Promise.all([
    eventTimes(db, eventIds, ANALYSIS_PREDICATES.eventTime),
    firstReported(
      db,
      list.map((s) => s.id),
    ),
  ]);
  const items: TimelineItem[] = [];
  for (const statement of list) {
    const eventTime = [statement.subject, statement.object]
      .map((x) => (x?.type === "event" ? events.get(x.id) : undefined))
      .find((t): t is TimeInterval => t !== undefined);
    const published = reported.get(statement.id);
    const [time, basis]: [TimeInterval | undefined, TimelineItem["basis"]] = statement.time
      ? [statement.time, "stated"]
      : eventTime
        ? [eventTime, "event"]
        : [published ? dayInterval(published) : undefined, "reported"];
    if (!time) continue;
    items.push({
      statement,
      time,
      label: basis === "reported" ? `${timeLabel(time)}, reported` : timeLabel(time),
      basis,
    });
  }
  return orderTimeline(items);
}
