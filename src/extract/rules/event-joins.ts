import type { DocumentEntity, DocumentGraph } from "./document-graph.js";
import { isBackground } from "./event-places.js";

/** Names of an event known only by its head: "the shooting", "the blast" before any place was read. */
const BARE_HEADS = new Set([
  "attack",
  "attacks",
  "shooting",
  "shootings",
  "bombing",
  "bombings",
  "blast",
  "blasts",
  "explosion",
  "explosions",
  "massacre",
  "assault",
  "killings",
  "rampage",
]);

/** Whether an event's name ends with an attack's head: "San Bernardino attack", "Kabul bombing". */
const namesAttack = (name: string): boolean => BARE_HEADS.has(name.toLowerCase().split(" ").at(-1)!);

/** Words that tell an event apart from the one before. */
const OTHER = /\b(?:second|third|another|other|separate|new|earlier|previous|similar|further)\b/i;

/** Whether an event is dated, and to what: its `occurred_on` values. */
function datesOf(graph: DocumentGraph, event: DocumentEntity): string[] {
  return graph
    .byPredicate("occurred_on")
    .filter((s) => s.subject === event.key && typeof s.value === "string")
    .map((s) => s.value as string);
}

/**
 * At the end of a report: an attack known only by its bare head ("around the time of the shooting"
 * read before the sentence's relative clause made "the two attackers who killed 14 people at a social
 * services centre in San Bernardino" an attack there) is the report's one placed attack, when there
 * is exactly one. Not when the report tells of several placed attacks, when the bare one is history
 * told in passing or told as another ("a second attack"), or when both are dated and the dates differ.
 */
export function joinBareEvents(graph: DocumentGraph): void {
  const events = graph.entities.filter((e) => e.type === "event" && !isBackground(e));
  const placed = events.filter(
    (e) =>
      namesAttack(e.name) &&
      !/^\d{4} /.test(e.name) &&
      (e.place !== undefined || graph.has(e.key, "occurred_at")),
  );
  if (placed.length !== 1) return;
  const into = placed[0]!;
  const intoDates = datesOf(graph, into);
  for (const bare of events) {
    if (bare === into || !BARE_HEADS.has(bare.name.toLowerCase())) continue;
    if (graph.has(bare.key, "occurred_at")) continue;
    // "A second attack", "another blast", "an earlier bombing": told as a different one.
    if (graph.mentionTexts(bare.key).some((t) => OTHER.test(t))) continue;
    const dates = datesOf(graph, bare);
    if (dates.length > 0 && intoDates.length > 0 && !dates.some((d) => intoDates.includes(d))) continue;
    graph.merge(bare, into);
  }
}
