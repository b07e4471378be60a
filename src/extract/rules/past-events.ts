import type { DateMention } from "./dates.js";
import type { DocumentEntity } from "./document-graph.js";
import { isBackground, placeAfterHead } from "./event-places.js";
import { canonicalPlace } from "./event-references.js";
import { placeEvent } from "./event-sites.js";
import type { SentenceContext } from "./sentence-context.js";

/** Words that end the clause an indefinite event phrase opens: its date lies before them. */
const CLAUSE_ENDS = new Set([";", ":", "—", "but", "while", "said", "says", "after", "before", "since"]);
/** Prepositions that make a date the clause's own time: "in October 2017", "on 14 October 2017". */
const DATE_LINKS = new Set(["in", "on"]);
const YEAR = /\b((?:19|20)\d\d)\b/;
/** How far the clause's date may lie after the event's head. */
const REACH = 14;

/**
 * The date of a past attack told in passing with an indefinite phrase: "the junction, where a truck
 * bomb killed more than 500 people in October 2017", "the square where a suicide bomber killed 12
 * tourists in January 2016". The date must write its year, introduce the phrase's own clause ("in" or
 * "on"), and fall in a year before that of every attack the report has already dated as its news.
 * Such an event is history: its own event, not the report's attack at the same place.
 */
export function pastClauseDate(ctx: SentenceContext, headEnd: number): DateMention | undefined {
  const { words, tokens, graph } = ctx;
  // The news's years: those of the attacks already dated, and of the sentence's dates that write no
  // year ("on Saturday"), which the report's own day resolves.
  const news = [
    ...graph.entities
      .filter((e) => e.type === "event" && !isBackground(e))
      .map((e) => graph.find(e.key, "occurred_on")?.time?.from),
    ...ctx.dates.filter((d) => !YEAR.test(d.text)).map((d) => d.time.from),
  ].filter((t): t is string => t !== undefined);
  if (news.length === 0) return undefined;
  const earliest = Math.min(...news.map((t) => Number(t.slice(0, 4))));
  for (const date of ctx.dates) {
    const at = tokens.findIndex((t) => t.start >= date.start);
    if (at < headEnd || at - headEnd > REACH) continue;
    if (words.slice(headEnd, at).some((w) => CLAUSE_ENDS.has(w))) return undefined;
    if (!DATE_LINKS.has(words[at - 1] ?? "") && !DATE_LINKS.has(words[at] ?? "")) continue;
    const year = YEAR.exec(date.text)?.[1];
    if (year && Number(year) < earliest) return date;
  }
  return undefined;
}

/** Words of harm that, before a past event's phrase, tell the sentence's own news. */
const OWN_HARM = new Set(["killed", "killing", "wounded", "wounding", "injured", "injuring", "died", "dead"]);

/**
 * A definite phrase of a past year whose place lies past its object: "the 2019 bombing of the Easter
 * churches in Colombo, which killed more than 250 people". The phrase is history, an event of its own
 * named after its year and place and placed there, so the figure in its clause is not the report's
 * attack's. Undefined when no place follows within a few words.
 */
export function pastEventAt(
  ctx: SentenceContext,
  first: number,
  headEnd: number,
  head: string,
): DocumentEntity | undefined {
  const { words, graph } = ctx;
  const year = words.slice(Math.max(0, first - 1), headEnd).find((w) => /^(?:19|20)\d\d$/.test(w));
  if (!year || (words[headEnd] !== "of" && words[headEnd] !== "on")) return undefined;
  // "Gunmen killed 12 people in Kidal, two years after the 2019 attack on …": the sentence's own toll
  // comes first, and a new event here would take it.
  if (words.slice(0, first).some((w) => OWN_HARM.has(w))) return undefined;
  const place = placeAfterHead(ctx, headEnd, 8);
  if (!place) return undefined;
  const at = canonicalPlace(graph.get(place.anchor ?? place.entity)!.name);
  const event = graph.entity("event", `${year} ${at} ${head}`, ctx.sentence.index);
  placeEvent(ctx, event.key, place, headEnd - 1, true, true);
  return event;
}
