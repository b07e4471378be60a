import type { SentenceContext } from "./sentence-context.js";

const DASHES = new Set(["-", "–", "—", "--"]);

/** Words before an event phrase that make it the time of another act, not the report's event. */
const ANCHORS = new Set(["after", "before", "since", "following", "until"]);

/**
 * At the end of a report: the lead event of a datelined wire report that no rule has placed anywhere
 * happened at the dateline's town, when the lead sentence names no other place ("TOKYO, March 20 - A
 * poison gas attack on five crowded subway trains killed at least six people" → the attack occurred in
 * Tokyo). Wire services file from the scene; a lead that names a place after the dash ("WASHINGTON -
 * A US drone strike in Yemen …", "SIRTE - … captured him near Sirte") is left to the rules that read it, and a dateline of two cities
 * ("LONDON/TUNIS") says nothing of one scene. Only the first event phrase of the lead is placed, and
 * not one told as the time of another act ("after the attack …").
 */
export function placeLeadAtDateline(contexts: readonly SentenceContext[]): void {
  const lead = contexts.find((c) => c.sentence.index === 0);
  if (!lead) return;
  const { graph, chunks, words, tokens } = lead;
  // A town in capitals opens the report ("TOKYO, Japan, March 20 -"); two towns ("LONDON/TUNIS") do not count.
  const townChunk = chunks.find((c) => c.first === 0 && c.type === "location" && c.kind === "name");
  if (!townChunk || !/^\p{Lu}[\p{Lu}\p{M}'’.-]+$/u.test(tokens[0]!.text) || words[townChunk.end] === "/")
    return;
  const place = graph.get(townChunk.entity);
  if (!place) return;
  // The dateline's own larger place ("TOKYO, Japan, March 20 -") is no other place: read after its dash.
  const dash = words.findIndex((w, k) => k >= townChunk.end && k < townChunk.end + 12 && DASHES.has(w));
  if (dash < 0) return;
  // An unnamed site with no town ("attacked an army base") is no other place: the town is the dateline's.
  const others = chunks.some(
    (c) =>
      (c.type === "location" || (c.type === "facility" && c.kind === "name")) &&
      c.kind !== "event" &&
      c.first > dash &&
      graph.get(c.entity) !== undefined,
  );
  if (others) return;
  const first = chunks
    .filter((c) => c.type === "event" && c.first > dash)
    .sort((a, b) => a.first - b.first)[0];
  const event = first && graph.get(first.entity);
  if (!first || !event) return;
  const placed = graph
    .byPredicate("occurred_at")
    .some((s) => s.subject === event.key && graph.get(s.object ?? "")?.type === "location");
  if (placed) return;
  if ([words[first.first - 1], words[first.first - 2]].some((w) => ANCHORS.has(w ?? ""))) return;
  graph.statement({
    subject: event.key,
    predicate: "occurred_at",
    object: place.key,
    credibility: lead.stance.credibility(first.first),
    sentence: lead.sentence.index,
  });
}
