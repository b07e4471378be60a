import { MORE_SITE_HEADS, NAMED_SITE_HEADS, UNNAMED_FACILITY_HEADS } from "./lexicon.js";
import { emit, type SentenceContext } from "./sentence-context.js";
import { pushSite } from "./site-places.js";

/** Lowercase words between a town's possessive and a site's head: "Ankara's main railway station". */
const POSSESSED_MODIFIERS = new Set([
  "main",
  "central",
  "international",
  "busiest",
  "biggest",
  "largest",
  "oldest",
  "old",
  "railway",
  "train",
  "bus",
  "metro",
  "grand",
  "city",
]);
const POSSESSIVE = new Set(["'s", "’s"]);

/**
 * A site known by the town that has it: "Kabul's airport", "Ankara's main railway station" are
 * facilities in Kabul and Ankara. Only a named location owns the site, and only lowercase words stand
 * between (a capitalised one makes a name, "Istanbul's Atatürk airport", which the name rules take).
 *
 * @example "outside Tambov's main railway station" → facility "Tambov's main railway station", located_in Tambov
 */
export function addPossessiveSites(ctx: SentenceContext): void {
  const { words, tokens } = ctx;
  for (let i = 1; i < words.length; i++) {
    if (!POSSESSIVE.has(words[i]!)) continue;
    const place = ctx.chunks.find((c) => c.kind === "name" && c.type === "location" && c.end === i);
    if (!place) continue;
    let head = i + 1;
    while (POSSESSED_MODIFIERS.has(words[head] ?? "") && head - i <= 3) head++;
    const word = words[head] ?? "";
    const isHead =
      UNNAMED_FACILITY_HEADS.has(word) || MORE_SITE_HEADS.has(word) || NAMED_SITE_HEADS.has(word);
    if (!isHead || !/^\p{Ll}/u.test(tokens[head]!.text)) continue;
    // "Kabul's airport road", "Moscow's metro station chief": the head must end the phrase.
    const next = words[head + 1] ?? "";
    if (
      /^\p{Ll}/u.test(tokens[head + 1]?.text ?? "") &&
      (MORE_SITE_HEADS.has(next) || (/^[a-z]+$/.test(next) && !STOPS.has(next)))
    )
      continue;
    if (ctx.chunks.some((c) => c.kind !== "name" && c.first <= head && head < c.end)) continue;
    const key = pushSite(ctx, place.first, head + 1, place.first, place);
    emit(ctx, { subject: key, predicate: "located_in", object: place.entity }, head, true);
  }
}

/** Words that may follow a site's head without extending it: "Kabul's airport on Thursday", "… airport and …". */
const STOPS = new Set([
  "on",
  "in",
  "at",
  "and",
  "or",
  "was",
  "were",
  "is",
  "had",
  "has",
  "killed",
  "where",
  "which",
  "that",
  "when",
  "after",
  "before",
  "during",
  "for",
  "to",
  "from",
  "by",
  "with",
  "near",
  "outside",
  "last",
  "this",
  "late",
  "early",
]);
