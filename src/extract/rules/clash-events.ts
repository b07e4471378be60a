import { cueEvent, placeAfter } from "./event-cues.js";
import { canonicalPlace, eventAt } from "./event-references.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/**
 * Sides that make "clashed" a fight and not a quarrel: armed men, forces and crowds ("Security forces
 * clashed with Islamic State fighters", "Herders and farmers clashed", "Protesters clashed with
 * police"), never "the minister clashed with union leaders" or "the candidates clashed over taxes".
 */
const SIDES = new Set([
  "forces",
  "troops",
  "soldiers",
  "police",
  "policemen",
  "army",
  "militants",
  "rebels",
  "fighters",
  "gunmen",
  "militias",
  "militiamen",
  "insurgents",
  "jihadists",
  "guerrillas",
  "bandits",
  "protesters",
  "protestors",
  "demonstrators",
  "rioters",
  "herders",
  "herdsmen",
  "farmers",
  "youths",
  "gangs",
  "tribesmen",
  "clansmen",
  "militia",
]);
const VERBS = new Set(["clashed", "clash"]);
/** Words that end the clause the sides are sought in. */
const BREAKS = new Set([",", ";", ":", "said", "says", "after", "before", "when", "while", "who", "which"]);
/** What a quarrel clashes over: "clashed over taxes", "clashed on policy". */
const QUARREL = new Set(["over", "about", "on"]);

/**
 * Clashes told only by their verb: "Security forces clashed with Islamic State fighters in Kirkuk on
 * Thursday" is the Kirkuk clashes, where and when the clause says, whose toll ("leaving 12 dead") the
 * casualty rules then find. No side perpetrates clashes (the annotation guide names none), so no
 * perpetrator is drawn. Returns whether an event was made.
 */
export function addClashEvent(ctx: SentenceContext): boolean {
  const { words, graph } = ctx;
  for (let i = 1; i < words.length; i++) {
    if (!VERBS.has(words[i]!) || words[i - 1] === "to" || QUARREL.has(words[i + 1] ?? "")) continue;
    let start = i - 1;
    while (start > 0 && !BREAKS.has(words[start - 1]!)) start--;
    let end = i + 1;
    if (words[end] === "with")
      while (
        end < words.length &&
        end - i <= 8 &&
        !BREAKS.has(words[end]!) &&
        !/^(?:in|near|at|outside|on)$/.test(words[end]!)
      )
        end++;
    if (![...words.slice(start, i), ...words.slice(i + 1, end)].some((w) => SIDES.has(w))) continue;
    // "clashed with officials over land prices": a quarrel, whoever the sides.
    if (words.slice(i + 1, end + 1).some((w) => QUARREL.has(w) && w !== "on")) continue;
    const place = placeAfter(ctx, end, 8);
    if (!place) continue;
    const named = graph.get(place.anchor ?? place.entity)!;
    const event = eventAt(graph, canonicalPlace(named.name), "clashes", ctx.sentence.index);
    cueEvent(ctx, event, i, i + 1);
    emit(ctx, { subject: event.key, predicate: "occurred_at", object: place.entity }, i);
    return true;
  }
  return false;
}
