import { isBackground } from "./event-places.js";
import type { SentenceContext } from "./sentence-context.js";

/** Verbs and adjectives of harm whose clause an indefinite event after "in" tells the cause of. */
const HARMED = new Set(["killed", "wounded", "injured", "died", "dead", "killing", "wounding", "injuring"]);
/** Words that end the clause looked back over. */
const BREAKS = new Set([
  ",",
  ";",
  ":",
  ".",
  "and",
  "but",
  "after",
  "before",
  "since",
  "said",
  "says",
  "while",
]);
/** How far back from "in" the harm word may stand ("killed at least 20 people in an attack"). */
const REACH = 8;

/**
 * Whether the indefinite event phrase that starts at `first` (its article or a modifier) is the
 * cause of the harm told before it in its clause, in a report that has told of no event yet:
 * "Boko Haram fighters killed 20 people in an attack on Friday", "Two soldiers were wounded in an
 * ambush on Thursday". Such a phrase names the report's event even with no place of its own, so that
 * its figure and attackers find it. Not "an attack" whose clause harms no one ("took part in an
 * attack"), nor one after a report has already told of its event (a second "an attack" without a
 * place would take that event's figures).
 *
 * @example harmedIn(ctx, 5) // "Boko Haram fighters killed 20 people in an attack on Friday"
 */
export function harmedIn(ctx: SentenceContext, first: number): boolean {
  const { words, graph } = ctx;
  let k = first;
  while (k > first - 3 && k > 0 && words[k - 1] !== "in" && /^\p{Ll}[\p{Ll}-]*$/u.test(words[k - 1] ?? ""))
    k--;
  if (words[k - 1] !== "in") return false;
  let harmed = false;
  for (let m = k - 2; m >= Math.max(0, k - 1 - REACH); m--) {
    if (BREAKS.has(words[m]!)) break;
    if (HARMED.has(words[m]!)) harmed = true;
  }
  if (!harmed) return false;
  return !graph.entities.some((e) => e.type === "event" && !e.provisional && !isBackground(e));
}
