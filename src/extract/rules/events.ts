import type { DocumentEntity } from "./document-graph.js";
import { type Occasion, occasionEndingAt } from "./event-names.js";
import { complementEnds, possessedSite } from "./event-phrases.js";
import { BACKGROUND, definiteSite, placeAfterHead, storming } from "./event-places.js";
import {
  canonicalPlace,
  datedLike,
  eventAt,
  firstEvent,
  generic,
  identified,
  namesAPerson,
  pastYear,
  SCENE_WORDS,
  settlementOf,
} from "./event-references.js";
import { emitPresupposed, placeByVerb, placeEvent } from "./event-sites.js";
import { harmedIn } from "./harm-clause-events.js";
import { DATE_WORDS, EVENT_NOUNS, REPORTING_VERBS, UNNAMED_FACILITY_HEADS } from "./lexicon.js";
import { pastClauseDate, pastEventAt } from "./past-events.js";
import { ATTACK_VERBS } from "./patterns.js";
import { findPlace } from "./place-gazetteer.js";
import { type Chunk, chunkAfter, emit, type SentenceContext } from "./sentence-context.js";
import { weaponVerb } from "./weapon-events.js";
import {
  compoundHead,
  notAnEvent,
  placedBare,
  WIRE_DETERMINED_NOUNS,
  WIRE_EVENT_NOUNS,
  WIRE_PLURALS,
  WIRE_VICTIM_HEADS,
} from "./wire-event-heads.js";

/** Heads that all name the same kind of event, so "the massacre in Sousse" is the "Sousse attack". */
const ATTACK_LIKE = new Set(["attack", "massacre", "shooting", "assault", "rampage", "killings"]);
const MODIFIERS = new Set([
  "deadly",
  "terrorist",
  "terror",
  "militant",
  "jihadist",
  "suicide",
  "gun",
  "armed",
  "latest",
  "recent",
  "twin",
  "deadliest",
  "bloody",
  "same",
  "first",
  "second",
  // How it was heard or how big it was, and whether it worked: "Two loud explosions", "the failed
  // car bombing", "an attempted attack".
  "loud",
  "powerful",
  "huge",
  "massive",
  "large",
  "big",
  "simultaneous",
  "failed",
  "attempted",
  "'s",
  "’s",
  // The weapon or vehicle, and the time of day: "a van attack", "Ten bomb blasts", "yesterday
  // afternoon's truck bombing", "a police raid".
  "bomb",
  "truck",
  "lorry",
  "van",
  "car",
  "train",
  "knife",
  "police",
  "coordinated",
  "co-ordinated",
  "yesterday",
  "morning",
  "afternoon",
  "evening",
  "night",
  // A holiday names its day: "the Easter Sunday bombings", "the Christmas Day attack".
  "easter",
  "christmas",
]);
/**
 * A count or day number in front of the head is part of the phrase: "Ten bomb blasts", "the 7 July
 * bombings", "One blast hit the restaurant".
 */
const COUNTED = /^(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|several)$/;
/** Words after which a plural head is a verb: "it attacks", "who raids". */
const VERB_SUBJECTS = new Set(["he", "she", "it", "who", "which", "that", "they"]);
/** Plural heads and the singular an event is named by: "the blasts", "last week's attacks in Paris". */
const PLURAL_HEADS: Readonly<Record<string, string>> = {
  attacks: "attack",
  bombings: "bombing",
  blasts: "blast",
  explosions: "explosion",
  shootings: "shooting",
  massacres: "massacre",
  assaults: "assault",
  raids: "raid",
  stabbings: "stabbing",
  murders: "murder",
  beheadings: "beheading",
  hijackings: "hijacking",
  ...WIRE_PLURALS,
};
/** What makes "strike" an event rather than a labour dispute: "an air strike", "a drone strike". */
const STRIKE_WEAPONS = new Set(["air", "drone", "missile", "rocket"]);
const STRIKES = new Set([...STRIKE_WEAPONS].map((w) => `${w} strike`));
/** Heads the lexicon lacks: "a stabbing on the seafront", "a drone strike". */
const MORE_EVENT_NOUNS = new Set(["stabbing", ...STRIKES, ...WIRE_EVENT_NOUNS]);
/**
 * Episodes around an attack that reports tell with "a" the first time, and that are events of their
 * own: "a day-long manhunt", "a gunfight with police", "a shootout", "a standoff". Unlike "an attack"
 * ("planning an attack") the indefinite does not make them hypothetical. "battle" only with "with"
 * ("an eight-hour battle with soldiers", never "a legal battle").
 */
const EPISODE_HEADS = [
  "state of emergency",
  "manhunt",
  "gunfight",
  "shootout",
  "shoot-out",
  "standoff",
  "stand-off",
  "firefight",
];
const EPISODES_WITH = new Set(["battle"]);
/**
 * A measure that harms no one, so no toll or attacker in its sentence is its own, and it lies where
 * its own phrase puts it, not at the next place in the sentence ("a state of emergency and a curfew
 * in the capital").
 */
const HARMLESS_HEADS = new Set(["state of emergency"]);

/** Past-tense verbs by which an event harms ("killed", "tore through"): the event they follow happened. */
const HARM_VERBS = new Set([
  "killed",
  "wounded",
  "injured",
  "hit",
  "struck",
  "destroyed",
  "targeted",
  "tore",
  "torn",
  "ripped",
  "shook",
  "shaken",
  "rocked",
  // A live blog's present tense: "A powerful explosion shakes central Kabul".
  "shakes",
  "rocks",
  "hits",
  "kills",
  "tears",
  "rips",
]);
/** Auxiliaries between an event and its verb: "A huge explosion has shaken central Kabul". */
const HARM_AUXILIARIES = new Set(["has", "have", "had"]);

/** Whether the words before `first` are only a source's saying verb: "State television says three bombs …". */
function reportedOpening(words: readonly string[], first: number): boolean {
  const k = words[first - 1] === "that" ? first - 2 : first - 1;
  return REPORTING_VERBS.has(words[k] ?? "") && !words.slice(0, k).some((w) => w === "," || w === ";");
}

/**
 * "Friday's mosque bombings" (known only by its kind so far), then "the Sanaa attacks": when the
 * report has placed no act of harm yet, its one unplaced act of harm takes the place a definite phrase
 * gives. (Merging a definite phrase at a new site into an act already placed was tried and dropped: a
 * report that recalls other attacks, "the attack on the Bardo Museum", would lose them.)
 */
function toldAgainAt(ctx: SentenceContext, place: string, head: string): DocumentEntity | undefined {
  const { graph } = ctx;
  if (!HARM_HEADS.has(head)) return undefined;
  const harms = graph.entities.filter(
    (e) => e.type === "event" && !e.provisional && !BACKGROUND.has(e) && e.place && !OTHER_KINDS.test(e.name),
  );
  const unplaced = graph.entities.filter(
    (e) =>
      e.type === "event" &&
      !e.place &&
      !BACKGROUND.has(e) &&
      [...HARM_HEADS].some((h) => e.name === h || e.name.endsWith(` ${h}`)) &&
      !OTHER_KINDS.test(e.name),
  );
  if (harms.length === 0 && unplaced.length === 1) {
    const [event] = unplaced as [DocumentEntity];
    event.place = place;
    event.name = `${canonicalPlace(place)} ${head}`;
    event.provisional = false;
    return event;
  }
  return undefined;
}

/** Words for a part of a town before its name: "in central Ankara" (not "the busy X junction", a site's own words). */
const AREA_ADJECTIVES = new Set(["central", "northern", "southern", "eastern", "western", "downtown"]);

/** Heads whose possessor carried the event out: "Breivik's rampage" (not "Belaid's killing"). */
const BY_POSSESSOR = new Set([
  "attack",
  "massacre",
  "rampage",
  "bombing",
  "assault",
  "raid",
  "siege",
  "air strike",
  "drone strike",
]);

/** Nouns of quantity a plural event head follows with "of": "a string of bombs", "a wave of attacks". */
const QUANTITY_NOUNS = new Set(["string", "series", "wave", "spate", "volley", "pair"]);

/** Verbs an attempt at an attack takes: "attempt to storm", "to blow up", "to bring down". */
const ATTEMPTED: readonly (readonly string[])[] = [
  ["storm"],
  ["attack"],
  ["bomb"],
  ["blow", "up"],
  ["bring", "down"],
  ["kill"],
  ["assassinate"],
  ["destroy"],
  ["hijack"],
];

/** After "attempt(s) to <attack verb>" at `i`, the token where the verb's object starts; else undefined. */
function attemptAt(words: readonly string[], i: number): number | undefined {
  if ((words[i] !== "attempt" && words[i] !== "attempts") || words[i + 1] !== "to") return undefined;
  const verb = ATTEMPTED.find((v) => v.every((w, k) => words[i + 2 + k] === w));
  return verb ? i + 2 + verb.length : undefined;
}

/** The token before a verb's object at `first`, past "the" and an area word: "shakes central Kabul". */
function objectLink(words: readonly string[], first: number): number {
  let k = first - 1;
  while (k > 0 && (words[k] === "the" || words[k] === "central" || words[k] === "downtown")) k--;
  return k;
}

/** Whether a harm verb follows the event head, directly or after a short "on/in/near …" phrase. */
function harmVerbAt(words: readonly string[], headEnd: number): boolean {
  return harmVerbIndex(words, headEnd) !== undefined;
}

/** The index of the harm verb `harmVerbAt` finds, or undefined. */
function harmVerbIndex(words: readonly string[], headEnd: number): number | undefined {
  for (let k = headEnd; k < Math.min(words.length, headEnd + 14); k++) {
    if (HARM_VERBS.has(words[k]!))
      return k === headEnd ||
        (k === headEnd + 1 && HARM_AUXILIARIES.has(words[headEnd]!)) ||
        PLACE_LINKS.has(words[headEnd]!) ||
        words[headEnd] === "by"
        ? k
        : undefined;
    if (
      words[k] === "," ||
      words[k] === ";" ||
      words[k] === "that" ||
      words[k] === "which" ||
      words[k] === "who"
    )
      return undefined;
  }
  return undefined;
}

function episode(words: readonly string[], head: string, headEnd: number): boolean {
  return EPISODE_HEADS.includes(head) || (EPISODES_WITH.has(head) && words[headEnd] === "with");
}

/**
 * Nouns that name an event only with a determiner or modifier in front ("the capture", "the fall of
 * Tripoli", "the fighting", "the killing of Mohamed Brahmi", "an operation near Gafsa"): bare, they
 * are verbs or ordinary words ("weeks of fighting", "in the fall").
 */
/** Words that are no noun modifier of an event head: "a … of attacks", "an attack", "was attack". */
const NOT_MODIFIERS = new Set([
  "of",
  "and",
  "or",
  "to",
  "in",
  "on",
  "at",
  "for",
  "with",
  "by",
  "from",
  "into",
  "that",
  "which",
  "who",
  "was",
  "were",
  "is",
  "are",
  "has",
  "have",
  "had",
  "be",
  "been",
  "being",
  "said",
  "says",
  "not",
  "no",
  "new",
  "another",
  "other",
  "further",
  "more",
  "such",
  "this",
  "every",
  "each",
  "any",
  "some",
  "behind",
  "after",
  "before",
  "over",
  "under",
  "against",
  "during",
  "since",
  "near",
  "outside",
  "inside",
  "about",
  "than",
  "as",
  "like",
  "amid",
  "despite",
  "without",
  "within",
  "through",
  "across",
  "toward",
  "towards",
  "among",
  "between",
  "via",
  "off",
  "up",
  "down",
  "out",
]);
const DETERMINED_EVENT_NOUNS = new Set([
  "capture",
  "fall",
  "fighting",
  "killing",
  "assassination",
  "assassinations",
  "operation",
  "clashes",
  "kidnapping",
  "abduction",
  "hostage-taking",
  "crash",
  "murder",
  "beheading",
  "hijacking",
  "storming",
  "offensive",
  "carnage",
  ...WIRE_DETERMINED_NOUNS,
]);
/** Heads whose "of" phrase names the victim, not the place: "the killing of Chokri Belaid". */
const VICTIM_HEADS = new Set([
  "murder",
  "beheading",
  "killing",
  "killings",
  "shooting",
  "shootings",
  "stabbing",
  "assassination",
  "assassinations",
  "kidnapping",
  "abduction",
  ...WIRE_VICTIM_HEADS,
]);
/** Names of events that are no attack: "Gafsa operation", "Tripoli fall", "killing of X" stays attack-like. */
const OTHER_KINDS =
  /\b(?:operation|offensive|capture|seizure|fall|clashes|kidnapping|abduction|manhunt|gunfight|shootout|shoot-out|standoff|stand-off|firefight|battle|emergency)$|^(?:arrest|sentencing) of /;
/**
 * Heads that tell of harm done by attackers: "the stabbing" or "the blasts" after a police operation
 * or an arrest is still the attack, never the operation.
 */
const HARM_HEADS = new Set(["attack", "bombing", "blast", "explosion", "stabbing"]);
/** A duration in front of the head is part of the phrase: "a four-day siege". */
const DURATION = /^(?:(?:\d+|[a-z]+)-(?:day|hour|week|month)|(?:day|hour|week|month)-long)$/;
const RELATIVE_UNITS = new Set(["week", "month", "year", "weekend"]);
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "last", "its", "their", "his"]);
const DEFINITE = new Set(["the", "this", "that", "its", "their", "his"]);
const PLACE_LINKS = new Set(["on", "in", "at", "against", "near", "over"]);

export { canonicalPlace, eventAt };

/**
 * The place that "where" before an indefinite event phrase, or "there" right after its verb, points
 * back to: the last named place or site before the phrase in the sentence.
 */
function referredPlace(ctx: SentenceContext, first: number, headEnd: number): Chunk | undefined {
  const { words } = ctx;
  const where = words[first - 1] === "where" || (words[first - 1] === "," && words[first - 2] === "where");
  const there = words.slice(headEnd, headEnd + 3).includes("there");
  if (!where && !there) return undefined;
  return ctx.chunks
    .filter(
      (c) =>
        c.end <= first &&
        (c.type === "location" || c.type === "facility") &&
        (c.kind === "name" || c.kind === "site") &&
        findPlace(ctx.graph.get(c.entity)!.name) !== "country",
    )
    .sort((a, b) => b.end - a.end)[0];
}

export function placeChunkEndingAt(ctx: SentenceContext, end: number): Chunk | undefined {
  return ctx.chunks.find(
    (c) => c.kind === "name" && c.end === end && (c.type === "location" || c.type === "facility"),
  );
}

function placeChunkStartingAt(ctx: SentenceContext, first: number): Chunk | undefined {
  // "a siege in the eastern oil city of Khobar": the name follows the settlement's description.
  let at = settlementOf(ctx.words, first) ?? (ctx.words[first] === "the" ? first + 1 : first);
  // "Sunday's car bombing in central Ankara": an area adjective before the town is stepped over.
  while (AREA_ADJECTIVES.has(ctx.words[at] ?? "") && /^\p{Ll}/u.test(ctx.tokens[at]?.text ?? "")) at++;
  const found = ctx.chunks.filter(
    (c) => c.kind !== "event" && c.first === at && (c.type === "location" || c.type === "facility"),
  );
  const place = found.sort((a, b) => b.end - a.end)[0];
  // "at Lagos's Ikeja airport": the town owns the site, and the site is the scene.
  // "in Istanbul's historic Sultanahmet Square": adjectives between the town and its site are stepped over.
  if (place?.type === "location" && /^['’]s$/.test(ctx.words[place.end] ?? ""))
    return placeChunkStartingAt(ctx, place.end + 1) ?? possessedSite(ctx.words, ctx.chunks, place) ?? place;
  return place;
}

/**
 * Event phrases: "the Sousse attack", "Friday's attack in Sousse", "the March attack on the Bardo
 * National Museum", "the museum attack" (the latest event at a museum), "the massacre" (the latest
 * event). Each names its event after its place and dates it from the words around it.
 */
export function addEvents(ctx: SentenceContext): void {
  const { words, tokens, graph, text } = ctx;
  if (words.some((w) => SCENE_WORDS.has(w) || ATTACK_VERBS.has(w))) graph.scenes.add(ctx.sentence.index);
  for (let i = 0; i < words.length; i++) {
    let head = PLURAL_HEADS[words[i]!] ?? words[i]!;
    let headEnd = i + 1;
    if (head !== words[i] && VERB_SUBJECTS.has(words[i - 1] ?? "")) continue;
    // "a US air strike", "a drone strike", "a missile strike": the weapon makes "strike" an event.
    if (STRIKE_WEAPONS.has(head) && words[i + 1] === "strike") {
      head = `${head} strike`;
      headEnd = i + 2;
    }
    // "declared a 30-day state of emergency": a government's measure the guide counts as an event.
    if (head === "state" && words[i + 1] === "of" && words[i + 2] === "emergency") {
      head = "state of emergency";
      headEnd = i + 3;
    }
    // "a coup attempt", "rocket fire": two words that make one head.
    ({ head, headEnd } = compoundHead(words, i) ?? { head, headEnd });
    // "A suicide bomb … killed 35": the weapon stands for its bombing.
    const weaponAt = weaponVerb(words, i);
    const weapon = weaponAt !== undefined;
    if (weapon) head = "bombing";
    const eventNoun = EVENT_NOUNS.has(head) || MORE_EVENT_NOUNS.has(head);
    // "the attempt to storm the synagogue", "the failed attempt to blow up a jet": an attempt at an
    // attack is an event, and what it aimed at is where it happened.
    const attempt = attemptAt(words, i);
    const determined =
      (DETERMINED_EVENT_NOUNS.has(head) || episode(words, head, headEnd) || attempt !== undefined) &&
      !eventNoun;
    if ((!eventNoun && !determined) || head === "strike" || notAnEvent(words, tokens, i, head)) continue;
    // "an offensive in South Waziristan", not "an offensive weapon".
    if (head === "offensive" && !["in", "against", "on", "into", ",", "."].includes(words[headEnd] ?? "."))
      continue;
    const prev = words[i - 1];
    if (prev === "to" || prev === "would" || prev === "will" || prev === "could") continue; // a verb
    let j = i - 1;
    let place: Chunk | undefined;
    let modifier: string | undefined;
    let determiner: string | undefined;
    // "Monday's bombing", "last week's attacks": a possessive in front makes the phrase definite.
    let possessive = false;
    // "Monday's Boston Marathon bombing", "the Easter Sunday bombings": an occasion names the event.
    let occasion: Occasion | undefined;
    while (j >= 0) {
      const w = words[j]!;
      const chunk = placeChunkEndingAt(ctx, j + 1);
      if (!chunk && !place && !occasion && !modifier) {
        occasion = occasionEndingAt(ctx, j + 1);
        if (occasion) {
          j = occasion.first - 1;
          continue;
        }
      }
      if (chunk && !place) {
        place = chunk;
        j = chunk.first - 1;
        continue;
      }
      if (
        DATE_WORDS.has(w) ||
        MODIFIERS.has(w) ||
        COUNTED.test(w) ||
        DURATION.test(w) ||
        /^(?:19|20)\d\d$/.test(w)
      ) {
        if (w === "'s" || w === "’s") possessive = true;
        j--;
        continue;
      }
      // "last week's attack", "last year's attacks": a relative date in front is part of the phrase.
      if (RELATIVE_UNITS.has(w) && (words[j - 1] === "last" || words[j - 1] === "this")) {
        j -= 2;
        continue;
      }
      if (UNNAMED_FACILITY_HEADS.has(w) && !modifier) {
        modifier = w;
        j--;
        continue;
      }
      // "A string of bombs", "a series of explosions", "a wave of attacks": the quantity is the article.
      if (
        w === "of" &&
        QUANTITY_NOUNS.has(words[j - 1] ?? "") &&
        (words[j - 2] === "a" || words[j - 2] === "an")
      ) {
        determiner = words[j - 2];
        j -= 3;
        break;
      }
      if (DETERMINERS.has(w)) determiner = w;
      break;
    }
    // "A gas canister … blew up", "A poison gas attack on five subway trains": one or two noun
    // modifiers the list does not know may stand between the article and the head.
    if (!determiner && j > 0) {
      const noun = (w: string | undefined) =>
        w !== undefined && /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !NOT_MODIFIERS.has(w) && !w.endsWith("ly");
      // Any article for a weapon ("the gas canister"); for other heads only "a"/"an", as a definite
      // phrase's words say which event it is ("the racist massacre").
      const article = (w: string | undefined) =>
        weapon ? DETERMINERS.has(w ?? "") : w === "a" || w === "an";
      const k = noun(words[j]) && noun(words[j - 1]) && article(words[j - 2]) ? j - 1 : j;
      if (noun(words[k]) && article(words[k - 1])) {
        determiner = words[k - 1];
        j = k - 1;
      }
    }
    const first = j + 1 + (determiner && j >= 0 && words[j] === determiner ? 0 : 0);
    if (possessive && !determiner) determiner = "the";
    if (
      determined &&
      !determiner &&
      !place &&
      !occasion &&
      !placedBare(words, i, headEnd, (at) => placeChunkStartingAt(ctx, at))
    )
      continue;
    let end = headEnd;
    if (attempt !== undefined && !place) {
      place = placeChunkStartingAt(ctx, attempt);
      end = place ? place.end : attempt;
    }
    const victims = VICTIM_HEADS.has(head) && words[headEnd] === "of";
    if (!place && (PLACE_LINKS.has(words[headEnd] ?? "") || (words[headEnd] === "of" && !victims))) {
      place = placeChunkStartingAt(ctx, headEnd + 1);
      if (place) end = place.end;
    }
    // "the attack of 26 June at the Imperial Marhaba hotel": the date is stepped over to the place.
    if (!place && words[headEnd] === "of") {
      const date = ctx.dates.find((d) => d.start === tokens[headEnd + 1]?.start);
      const after = date ? tokens.findIndex((t) => t.start >= date.end) : -1;
      if (after > 0 && PLACE_LINKS.has(words[after] ?? "")) {
        place = placeChunkStartingAt(ctx, after + 1);
        if (place) end = place.end;
      }
    }
    // "the fall of Tripoli", never "the fall of Kadhafi" (the name finder may type a person a place):
    // the place must be a site or one the gazetteer knows, and share no word with a person named here.
    if (head === "fall") {
      const name = place && graph.get(place.entity)!.name;
      if (!place || !name || namesAPerson(graph, name) || (place.type === "location" && !findPlace(name)))
        continue;
    }
    const plural = PLURAL_HEADS[words[headEnd - 1]!] !== undefined;
    const counted = COUNTED.test(words[first] ?? "");
    if (generic(ctx, { first, head: i, headEnd, plural, counted }, place, determiner)) continue;
    const canonicalHead = ATTACK_LIKE.has(head) ? "attack" : head;
    let event: DocumentEntity | undefined;
    // "US air strike": a country before a strike or raid is who struck, not where.
    if (
      place &&
      (STRIKES.has(head) || head === "raid") &&
      place.end <= i &&
      findPlace(graph.get(place.entity)!.name) === "country"
    )
      place = undefined;
    let nearPlace = false;
    // "The twin bombings that killed more than 30 people in Algiers": the event's own relative clause
    // of harm places it.
    if (
      !place &&
      (words[headEnd] === "that" || words[headEnd] === "which") &&
      HARM_VERBS.has(words[headEnd + 1] ?? "")
    ) {
      const scene = placeAfterHead(ctx, headEnd + 2);
      if (scene) {
        place = scene;
        nearPlace = true;
      }
    }
    if (
      !place &&
      !modifier &&
      !occasion &&
      !(determiner && DEFINITE.has(determiner)) &&
      !HARMLESS_HEADS.has(head)
    ) {
      // "A US air strike on an Islamic State training camp near Sabratah": an event is placed at the
      // nearest named place its phrase gives (ACLED codes to the nearest named location).
      // "A gas canister packed with nails blew up in a train at the Saint-Michel station": after the verb.
      // A part of a town there ("in the old walled city of Jaipur") is left to the rules below.
      // "An explosion has torn through a carriage … as it pulled into Saint-Michel station": after a harm verb too.
      const verbAt = weaponAt ?? harmVerbIndex(words, headEnd);
      const afterVerb =
        verbAt !== undefined && verbAt > headEnd ? placeAfterHead(ctx, verbAt + 1, 14) : undefined;
      const later =
        placeAfterHead(ctx, headEnd) ??
        (afterVerb &&
        (afterVerb.type === "facility" || findPlace(graph.get(afterVerb.entity)?.name ?? "") !== undefined)
          ? afterVerb
          : undefined);
      if (later) {
        place = later;
        nearPlace = true;
      } else if (definiteSite(ctx, headEnd)) {
        // "a gunfight outside the café": the report's site, known here by its kind alone.
        place = definiteSite(ctx, headEnd);
        nearPlace = true;
      } else if (storming(ctx, determiner ? first - 1 : first)) {
        // "Commandos stormed the X bakery, ending a siege that began …": the siege was where they stormed.
        place = storming(ctx, determiner ? first - 1 : first);
        nearPlace = true;
      } else if (referredPlace(ctx, determiner ? first - 1 : first, headEnd)) {
        // "… at the Erawan Shrine moments before a bomb exploded there", "the Zobe junction, where a
        // truck bomb killed 500 people in 2017": the adverb points back to the place just named.
        place = referredPlace(ctx, determiner ? first - 1 : first, headEnd);
        nearPlace = true;
      } else if (head === "raid" || STRIKES.has(head)) {
        // "Aircraft struck a camp near the town of Sabratha on Friday, in a raid …": a strike or raid
        // the sentence has already placed happened at that place.
        const earlier = ctx.chunks
          .filter(
            (c) =>
              c.end <= first &&
              c.kind === "name" &&
              c.type === "location" &&
              ["near", "in", "outside", "of"].includes(words[c.first - 1] ?? "") &&
              findPlace(graph.get(c.entity)!.name) !== "country",
          )
          .sort((a, b) => b.end - a.end)[0];
        if (earlier) {
          place = earlier;
          nearPlace = true;
        }
      }
    }
    // "the killing of a paratrooper in Toulouse", "the killings of seven people in Toulouse and
    // Montauban": with no named victim, the event is the one at the place its phrase gives.
    if (!place && victims && !chunkAfter(ctx, headEnd + 1, ["person"], 6)) {
      place = placeAfterHead(ctx, headEnd);
      if (place) end = place.end;
    }
    // "…, where a truck bomb killed 500 people in October 2017": an attack of an earlier year, told in
    // passing, is an event of its own, whatever place it shares with the report's attack.
    const past = determiner === "a" || determiner === "an" ? pastClauseDate(ctx, headEnd) : undefined;
    if (past) {
      if (nearPlace) end = headEnd;
      const at = place ? `${canonicalPlace(graph.get(place.anchor ?? place.entity)!.name)} ` : "";
      event = graph.entity("event", `${past.value.slice(0, 4)} ${at}${canonicalHead}`, ctx.sentence.index);
    } else if (place) {
      if (nearPlace) end = headEnd;
      // An unnamed site names its event after the place it lies in: "the beach at Sousse" → "Sousse attack".
      const named = graph.get(place.anchor ?? place.entity)!;
      // "two days after a blast at the city's main market": an event told as the time of another is
      // its own, even at the same place by another noun.
      const anchored = [words[first - 1], words[first - 2]].some(
        (w) => w === "after" || w === "before" || w === "since",
      );
      event =
        (determiner && DEFINITE.has(determiner) && !anchored
          ? toldAgainAt(ctx, named.name, canonicalHead)
          : undefined) ??
        eventAt(graph, canonicalPlace(named.name), canonicalHead, ctx.sentence.index, !anchored);
    } else if (occasion) {
      // Named by the phrase and placed nowhere: an occasion is no place.
      event = graph.entity("event", `${occasion.name} ${canonicalHead}`, ctx.sentence.index);
    } else if (modifier) {
      // "The museum attack": the latest event at a museum, else an attack at the museum the report
      // has named ("Bardo Museum attack"), else an attack known only by its modifier.
      const site = graph.latest(
        "facility",
        (e) => !e.provisional && e.name.toLowerCase().split(" ").includes(modifier),
      );
      event =
        graph.latest("event", (e) => (e.place ?? e.name).toLowerCase().split(" ").includes(modifier)) ??
        (site ? eventAt(graph, canonicalPlace(site.name), canonicalHead, ctx.sentence.index) : undefined) ??
        graph.entity("event", `${modifier} ${canonicalHead}`, ctx.sentence.index, true);
    } else if (victims) {
      // "the killing of Mohamed Brahmi": named after the victim, so reports agree on its name.
      const victim = chunkAfter(ctx, headEnd + 1, ["person"], 6);
      if (victim) {
        const who = graph.get(victim.entity)!.name;
        event = graph.entity("event", `${head} of ${who}`, ctx.sentence.index);
        end = words.slice(headEnd, victim.end).includes(",") ? words.indexOf(",", headEnd) : victim.end;
        // "the killing of Samuel Paty near his school in Conflans": the place after the victim is the scene.
        // Not over a coordination: "the assassinations of X and for attacks on soldiers in Y".
        const scene = placeAfterHead(ctx, victim.end);
        if (
          scene &&
          !words.slice(victim.end, scene.first).some((w) => w === "and" || w === "or" || w === ",")
        )
          place = scene;
      }
    } else if ((determiner === "a" || determiner === "an") && episode(words, head, headEnd)) {
      // "ending a 48-hour manhunt", "after a gunfight with police", "killed by police after a standoff":
      // an episode told with "a" is one the report has not named yet, and no attack.
      event = graph.entity("event", head, ctx.sentence.index);
    } else if (
      (first === 0 || reportedOpening(words, first)) &&
      (counted || determiner === "a" || determiner === "an") &&
      !words.slice(0, i).some((w) => w === "second" || w === "another")
    ) {
      // "Two explosions ripped through crowds …", opening a sentence (or what a source says: "State
      // television says three bombs went off …") after the report has led with its attack: the same
      // attack told in detail, not a new one.
      event = graph.latest("event", (e) => !e.provisional && !BACKGROUND.has(e));
    } else if (determiner && DEFINITE.has(determiner) && pastYear(words, first, i)) {
      // "both of last year's attacks on foreigners", "the 2013 bombing": history with no place is
      // an event the report already dated so, or none — never the latest event by default.
      event = datedLike(ctx, first, i) ?? pastEventAt(ctx, first, headEnd, canonicalHead);
    } else if (determiner && DEFINITE.has(determiner)) {
      // "The attack" after "an operation near Gafsa" is not the operation: an attack-like head takes
      // the latest event that was not named by another kind of noun.
      // "The fighting that followed" in a sentence about another town is not the attack the report
      // led with: another kind of noun takes an event of its own kind, or one at the town the
      // sentence names, before falling back to the latest event.
      const sameKind =
        canonicalHead === "attack"
          ? undefined
          : graph.latest(
              "event",
              // "the killing" after "the killing of Andrei Karlov": an event named after its victim is of its head's kind.
              (e) =>
                e.name === canonicalHead ||
                e.name.endsWith(` ${canonicalHead}`) ||
                e.name.startsWith(`${canonicalHead} of `),
            );
      const town =
        canonicalHead === "attack" || sameKind
          ? undefined
          : ctx.chunks.find(
              (c) =>
                c.kind === "name" &&
                c.type === "location" &&
                findPlace(graph.get(c.entity)!.name) !== "country",
            );
      event =
        sameKind ??
        // "the manhunt" the report has not told of before is a manhunt still, not the attack.
        (episode(words, head, headEnd) ? graph.entity("event", head, ctx.sentence.index) : undefined) ??
        (canonicalHead === "attack" ? identified(ctx, end) : undefined) ??
        (town
          ? eventAt(graph, canonicalPlace(graph.get(town.entity)!.name), canonicalHead, ctx.sentence.index)
          : undefined) ??
        graph.latest("event", (e) => !HARM_HEADS.has(canonicalHead) || !OTHER_KINDS.test(e.name)) ??
        firstEvent(ctx, canonicalHead);
    }
    // "a US drone strike killed the al-Shabaab leader in Somalia", "An explosion wounded 12 people in
    // Nigeria": an indefinite event that is the subject of a harm verb happened, even when the only
    // place the sentence gives is a country; it is named after that country, else after its head.
    if (
      !event &&
      !past &&
      // "Explosions rocked Lima": a bare plural that strikes is indefinite too, unless coordinated
      // ("Gunfire and explosions rocked …" tells of the scene, and the next sentence names the event).
      (determiner === "a" ||
        determiner === "an" ||
        counted ||
        (plural && !determiner && !possessive && !["and", ","].includes(words[first - 1] ?? ""))) &&
      (weapon || harmVerbAt(words, headEnd) || harmedIn(ctx, first))
    ) {
      const inClause = (c: Chunk) =>
        c.first > headEnd &&
        c.kind === "name" &&
        c.type === "location" &&
        !words.slice(headEnd, c.first).some((w) => w === ";" || w === "." || w === "said");
      // "JAIPUR, India - A string of bombs … ripped through … the old walled city of Jaipur": the
      // dateline's town named again in the event's clause is where it happened.
      const datelined = ctx.chunks.filter((c) => c.first <= 1 && c.kind === "name" && c.type === "location");
      const town = ctx.chunks.find(
        (c) =>
          inClause(c) &&
          datelined.some((d) => d.entity === c.entity) &&
          findPlace(graph.get(c.entity)!.name) !== "country",
      );
      // "A powerful explosion shakes central Kabul": the town the verb takes as its object.
      const struck = ctx.chunks.find(
        (c) =>
          inClause(c) &&
          c.first <= headEnd + 4 &&
          HARM_VERBS.has(words[objectLink(words, c.first)] ?? "") &&
          findPlace(graph.get(c.entity)!.name) !== "country",
      );
      const country =
        town ??
        struck ??
        ctx.chunks.find(
          (c) =>
            inClause(c) && words[c.first - 1] === "in" && findPlace(graph.get(c.entity)!.name) === "country",
        );
      if (country) {
        place = country;
        nearPlace = true;
        event = eventAt(
          graph,
          canonicalPlace(graph.get(country.entity)!.name),
          canonicalHead,
          ctx.sentence.index,
        );
      } else event = graph.entity("event", canonicalHead, ctx.sentence.index, true);
    }
    if (!event) continue;
    // "last year's Bardo Museum and Sousse attacks": the phrase reaches back over the coordination.
    let from = first;
    while (from > 0 && ["and", ",", "the"].includes(words[from - 1]!)) {
      const name = ctx.chunks.find((c) => c.kind === "name" && c.end === from - 1);
      if (!name || words[from - 1] === "the") break;
      from = name.first;
      while (
        from > 0 &&
        (DATE_WORDS.has(words[from - 1]!) ||
          MODIFIERS.has(words[from - 1]!) ||
          words[from - 1] === "year" ||
          words[from - 1] === "last")
      )
        from--;
    }
    const history =
      words
        .slice(from, i)
        .some((w, k) => /^(?:19|20)\d\d$/.test(w) || (w === "year" && words[from + k - 1] === "last")) ||
      ["since", "after", "before"].includes(
        words[first - 1] === "the" ? (words[first - 2] ?? "") : (words[first - 1] ?? ""),
      );
    if (history || past) BACKGROUND.add(event);
    else BACKGROUND.delete(event);
    const start = tokens[first]!.start;
    const stop = tokens[end - 1]!.end;
    graph.mention(event, text, start, stop, "EVENT", ctx.sentence.index, !place);
    // "Breivik's rampage", "Islamic State's attack on the museum": the possessor of an attack carried
    // it out ("Belaid's assassination" names the victim instead).
    const possessor = /^['’]s$/.test(words[first] ?? "")
      ? ctx.chunks.find(
          (c) =>
            c.end === first &&
            c.kind === "name" &&
            (c.type === "person" || c.type === "organization" || c.type === "group"),
        )
      : undefined;
    if (possessor && BY_POSSESSOR.has(head))
      emit(ctx, { subject: possessor.entity, predicate: "perpetrated", object: event.key }, i, true);
    // The head phrase alone too ("a four-day siege" of "a four-day siege at the … plant"): reports
    // name an event with or without its place.
    if (end > headEnd)
      graph.mention(event, text, start, tokens[headEnd - 1]!.end, "EVENT", ctx.sentence.index, true);
    // The phrase with each prepositional phrase it carries, and with a leading "last" ("last Friday's
    // attacks in Paris"): the report's own wording, as nominal mentions that lend no alias.
    const lead = determiner === "last" && words[first - 1] === "last" ? first - 1 : first;
    for (const cut of complementEnds(tokens, words, headEnd))
      graph.mention(
        event,
        text,
        tokens[lead]!.start,
        tokens[cut - 1]!.end,
        "EVENT",
        ctx.sentence.index,
        true,
      );
    if (lead < first)
      graph.mention(event, text, tokens[lead]!.start, stop, "EVENT", ctx.sentence.index, true);
    // A measure or a search harms no one: the sentence's toll and attacker belong to another event
    // ("declared a state of emergency, eight days after a gunman killed 38 tourists").
    if (!HARMLESS_HEADS.has(head)) {
      ctx.chunks.push({ first, end, entity: event.key, type: "event", nominal: !place, kind: "event" });
      ctx.eventCues.push({ entity: event.key, at: first });
    }
    // "the Bardo Museum and Sousse attacks" are two events: neither is placed by the phrase.
    const coordinated =
      place !== undefined && place.end <= i && ["and", ","].includes(words[place.first - 1] ?? "");
    if (place && !coordinated) placeEvent(ctx, event.key, place, i, true, true);
    placeByVerb(ctx, event.key, end);
    // A date inside the phrase ("Friday's attack", "the March attack") or right after it ("… on Friday").
    // "last Friday's attacks": the determiner "last" is part of the date.
    const phraseStart = tokens[words[first - 1] === "last" ? first - 1 : first]!.start;
    const after = tokens[Math.min(tokens.length - 1, end + 2)]!.end;
    const date = ctx.dates.find(
      (d) =>
        d.start >= phraseStart &&
        d.end <= after &&
        !(
          d.start >= stop &&
          !/^(?:(?:that|which) (?:began|started) )?(?:on|in|of|during|earlier|later|tonight|this)\b/i.test(
            text.slice(stop, d.end).trim(),
          )
        ),
    );
    const dated = date ?? past;
    if (dated)
      emitPresupposed(
        ctx,
        { subject: event.key, predicate: "occurred_on", value: dated.value, time: dated.time },
        i,
      );
  }
}
