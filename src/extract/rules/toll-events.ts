import type { DocumentEntity, DocumentGraph } from "./document-graph.js";
import { isBackground } from "./event-places.js";

/**
 * Heads of a confrontation that ends an attack: "were killed hours later in a shootout with police",
 * "was killed by police after a standoff". A toll told in a sentence of its own after one ("Twenty-two
 * people were wounded.") is the attack's, not the shootout's.
 */
const CONFRONTATION =
  /(?:^|\s)(?:shootout|shoot-out|standoff|stand-off|gunfight|firefight|gunbattle|manhunt|chase)$/i;

export function isConfrontation(event: DocumentEntity): boolean {
  return CONFRONTATION.test(event.name);
}

/** A force's act, kept out of attack tolls: "police operation", "Dubrovka theatre operation". */
const OPERATION = /\soperation$/i;

/**
 * The event a toll with no event in its sentence belongs to: the latest one told of (`eligible`),
 * passing over confrontations when an attack was told of before them. When every event has since
 * been named only as a time anchor ("about three hours after the shooting began"), it is the
 * report's lead event: one met in the first sentence with a death toll of its own, not a force's
 * operation.
 *
 * @example "A gunman who killed 49 people at Pulse … The shooter was killed by police who stormed the club about three hours after the shooting began. Fifty-three people were wounded." — the Pulse attack
 */
export function eventForLoneToll(
  graph: DocumentGraph,
  eligible: (e: DocumentEntity) => boolean,
): DocumentEntity | undefined {
  const latest = graph.latest("event", (e) => eligible(e) && !isBackground(e));
  if (latest && isConfrontation(latest)) {
    const before = graph.latest("event", (e) => eligible(e) && !isBackground(e) && !isConfrontation(e));
    if (before && graph.has(before.key, "killed")) return before;
  }
  if (latest) return earlierToldLater(graph, latest, eligible) ?? latest;
  return graph.latest(
    "event",
    (e) => e.firstSentence === 0 && isBackground(e) && !OPERATION.test(e.name) && graph.has(e.key, "killed"),
  );
}

/**
 * "… carried out Friday's coordinated attacks …, calling them revenge for a French raid in Mali last
 * month. Eight soldiers were killed …": an event told after the lead one but dated before it is the
 * lead's cause or background, and a lone toll is the lead's. The lead is the latest event told
 * before it whose date falls after the later one's.
 */
function earlierToldLater(
  graph: DocumentGraph,
  latest: DocumentEntity,
  eligible: (e: DocumentEntity) => boolean,
): DocumentEntity | undefined {
  const when = (e: DocumentEntity) => graph.find(e.key, "occurred_on")?.time ?? undefined;
  const last = when(latest);
  if (!last) return undefined;
  return graph.latest("event", (e) => {
    if (e.key === latest.key || !eligible(e) || isBackground(e) || isConfrontation(e)) return false;
    const t = when(e);
    return t !== undefined && t.from > last.to;
  });
}
