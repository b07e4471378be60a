import type { DocumentEntity, DocumentGraph } from "./document-graph.js";
import { findPlace } from "./place-gazetteer.js";
import type { Chunk, SentenceContext } from "./sentence-context.js";

/**
 * The canonical name of a place for naming events after it: "the Bardo National Museum" and "Bardo
 * Museum" both give "Bardo Museum", so reports that spell the museum differently name one attack.
 */
export function canonicalPlace(name: string): string {
  return name
    .replace(/^the\s+/i, "")
    .replace(/\s+National\s+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function namesAPerson(graph: DocumentGraph, name: string): boolean {
  const words = name.toLowerCase().split(" ");
  return graph.entities.some(
    (e) =>
      e.type === "person" &&
      e.name
        .toLowerCase()
        .split(" ")
        .some((w) => words.includes(w)),
  );
}

/** The event of that head at that place, reusing one whose place is a prefix ("Bardo attack" ~ "Bardo Museum attack"). */
export function eventAt(
  graph: DocumentGraph,
  place: string,
  head: string,
  sentence: number,
  /** Whether an act of harm named by another noun at the place may be this one ("the blast" for "the bombing"). */
  byOtherNoun = true,
): DocumentEntity {
  const words = place.toLowerCase().split(" ");
  const family = byOtherNoun && HARM_FAMILY.has(head);
  for (const e of graph.entities) {
    if (e.type !== "event" || !e.place) continue;
    // "a car bomb exploded in Kızılay" and "the blast in Kızılay": one act of harm at one place, by
    // whatever noun; a raid, a siege or an arrest there is another event.
    const own = e.name.endsWith(` ${head}`) || (family && HARM_FAMILY.has(e.name.slice(e.place.length + 1)));
    if (!own) continue;
    const other = e.place.toLowerCase().split(" ");
    const [short, long] = words.length <= other.length ? [words, other] : [other, words];
    if (short.every((w, i) => long[i] === w)) {
      if (words.length > other.length) {
        e.name = `${place} ${head}`;
        e.place = place;
      }
      e.lastSentence = sentence;
      e.provisional = false;
      return e;
    }
  }
  const event = graph.entity("event", `${place} ${head}`, sentence);
  event.place = place;
  return event;
}

/** Heads that name the same act of harm: an attack at a place is its bombing, blast or explosion. */
const HARM_FAMILY = new Set(["attack", "bombing", "blast", "explosion"]);

/** Words that put violence in a sentence, besides the attack verbs. */
export const SCENE_WORDS = new Set([
  "gunfire",
  "shooting",
  "shots",
  "shot",
  "explosion",
  "explosions",
  "blast",
  "bomb",
  "bombing",
  "opened",
  "stabbing",
  "hostages",
]);

/** An unnamed site and the named place it lies in: "hotel at Port El Kantaoui". */
const SITE_IN = /\b(?:at|in|outside|of)\s+(?:the\s+)?(\p{Lu}.*)$/u;

/**
 * "The attack" with no event before it is the attack the report is about: named after the latest
 * named site or town the report mentioned ("Bardo Museum attack"), or after its head alone. Only the
 * name is guessed; no occurred_at is stated.
 */
export function firstEvent(ctx: SentenceContext, head: string): DocumentEntity {
  const { graph } = ctx;
  // Only a place an earlier sentence put violence at ("Gunfire reported on the beach … at Port El
  // Kantaoui" before "killed in the attack"): "… after the attack that they had known him as a
  // student who went away to study in Kairouan" did not happen in Kairouan, nor at the home town
  // the report opened with.
  const before = (e: DocumentEntity) =>
    !e.provisional && e.firstSentence < ctx.sentence.index && graph.scenes.has(e.firstSentence);
  // A named facility, or an unnamed site by the town it lies in ("a hotel at Port El Kantaoui"),
  // before a town: "Gunfire … in front of a hotel at Port El Kantaoui, near Sousse".
  const site = graph.latest(
    "facility",
    (e) => before(e) && (/^\p{Lu}/u.test(e.name) || SITE_IN.test(e.name)),
  );
  const place = site
    ? /^\p{Lu}/u.test(site.name)
      ? site.name
      : SITE_IN.exec(site.name)![1]!
    : graph.latest("location", (e) => before(e) && findPlace(e.name) !== "country")?.name;
  if (place) return eventAt(graph, canonicalPlace(place), head, ctx.sentence.index);
  return graph.entity("event", head, ctx.sentence.index);
}

/**
 * The event a definite "the attacks" means when its sentence identifies one other than the latest:
 * by a date right after the phrase that an earlier event carries ("The attacks on Friday night killed
 * 129", after a later raid), or by a place the sentence names where an earlier event happened.
 */
export function identified(ctx: SentenceContext, end: number): DocumentEntity | undefined {
  const { graph, tokens, text } = ctx;
  const stop = tokens[end - 1]!.end;
  const date = ctx.dates.find(
    (d) => d.start >= stop && /^\s*(?:on|in)?\s*$/i.test(text.slice(stop, d.start)),
  );
  const events = graph.entities.filter((e) => e.type === "event" && !e.provisional);
  if (date) {
    const dated = events.filter((e) => graph.find(e.key, "occurred_on")?.value === date.value);
    if (dated.length === 1) return dated[0];
  }
  const places = new Set(
    ctx.chunks
      .filter((c) => c.kind === "name" && (c.type === "location" || c.type === "facility"))
      .map((c) => canonicalPlace(graph.get(c.entity)!.name)),
  );
  const there = events.filter((e) => e.place !== undefined && places.has(e.place));
  return there.length === 1 ? there[0] : undefined;
}

/** Ordinals and superlatives that rank an event among others: "the third attack in Tunisia this year". */
const RANKING =
  /^(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|deadliest|worst|bloodiest|biggest|largest)$/;

/**
 * A phrase that speaks of a kind of event rather than one: ranked among others ("the third
 * mass-casualty attack in Tunisia this year", "the two deadliest attacks in Tunisia"), or a bare
 * plural over a whole country ("deadly attacks in France and Kuwait"). No event is made of it.
 */
export function generic(
  ctx: SentenceContext,
  phrase: { first: number; head: number; headEnd: number; plural: boolean; counted: boolean },
  place: Chunk | undefined,
  determiner: string | undefined,
): boolean {
  const { words, graph } = ctx;
  const { first, head: i, headEnd, plural, counted } = phrase;
  if (words.slice(Math.max(0, first - 2), i).some((w) => RANKING.test(w))) return true;
  if (!plural || determiner || counted || !place) return false;
  return place.first >= headEnd && findPlace(graph.get(place.entity)!.name) === "country";
}

/** Whether a phrase's words before its head put it in a past year: "last year's attacks", "the 2013 bombing". */
export function pastYear(words: readonly string[], first: number, head: number): boolean {
  return words
    .slice(Math.max(0, first - 1), head)
    .some((w, k, all) => /^(?:19|20)\d\d$/.test(w) || (w === "year" && all[k - 1] === "last"));
}

/** The one event already dated within the date written in a phrase's words, if there is one. */
export function datedLike(ctx: SentenceContext, first: number, head: number): DocumentEntity | undefined {
  const { tokens, graph } = ctx;
  const from = tokens[Math.max(0, first - 1)]!.start;
  const date = ctx.dates.find((d) => d.start >= from && d.end <= tokens[head]!.start);
  if (!date) return undefined;
  const dated = graph.entities.filter((e) => {
    const t = e.type === "event" ? graph.find(e.key, "occurred_on")?.time : undefined;
    return t && t.from >= date.time.from && t.to <= date.time.to;
  });
  return dated.length === 1 ? dated[0] : undefined;
}

/** Nouns for a settlement that a name follows with "of": "the Bavarian town of X", "the eastern oil city of X". */
const SETTLEMENT_NOUNS = new Set([
  "town",
  "city",
  "village",
  "port",
  "suburb",
  "capital",
  "district",
  "resort",
  "neighbourhood",
  "neighborhood",
  "quarter",
]);
const ARTICLES = new Set(["the", "a", "an"]);

/**
 * Where a place's name starts when the words at `at` describe the settlement first ("the Bavarian
 * town of Ansbach", "the eastern oil city of Khobar"): the token after "of", or undefined when the
 * words are no such phrase. Up to three modifiers may stand between the article and the noun.
 *
 * @example settlementOf(["the", "bavarian", "town", "of", "ansbach"], 0) // 4
 */
export function settlementOf(words: readonly string[], at: number): number | undefined {
  const from = ARTICLES.has(words[at] ?? "") ? at + 1 : at;
  // "the eastern port city of X": "port" modifies "city", and only the noun before "of" is the head.
  for (let k = from; k <= from + 3 && /^\p{L}[\p{L}-]*$/u.test(words[k] ?? ""); k++)
    if (SETTLEMENT_NOUNS.has(words[k]!) && words[k + 1] === "of") return k + 2;
  return undefined;
}

/**
 * Where the settlement's description before a name starts ("in the northern town of Boulkessi": the
 * index of "the"), or undefined when the name has no such description before it.
 *
 * @example settlementBefore(["in", "the", "town", "of", "kidal"], 4) // 1
 */
export function settlementBefore(words: readonly string[], first: number): number | undefined {
  for (let j = first - 3; j >= Math.max(0, first - 7); j--)
    if (ARTICLES.has(words[j]!) && settlementOf(words, j) === first) return j;
  return undefined;
}
