import type { DateMention } from "./dates.js";
import { isBackground } from "./event-places.js";
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
