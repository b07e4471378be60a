// Step five of `addEvents`: which event a phrase names, a new one or one the report has told of.
import type { DocumentEntity } from "./document-graph.js";
import type { EventCandidate } from "./event-candidate.js";
import { HARM_VERBS, harmVerbAt, objectLink } from "./event-harm-verbs.js";
import { episode, HARM_HEADS, OTHER_KINDS } from "./event-head-words.js";
import { DEFINITE } from "./event-phrase-words.js";
import { BACKGROUND, placeAfterHead } from "./event-places.js";
import { canonicalPlace, datedLike, eventAt, firstEvent, identified, pastYear } from "./event-references.js";
import { harmedIn } from "./harm-clause-events.js";
import { REPORTING_VERBS } from "./lexicon.js";
import { pastClauseDate, pastEventAt } from "./past-events.js";
import { findPlace } from "./place-gazetteer.js";
import { type Chunk, chunkAfter, type SentenceContext } from "./sentence-context.js";

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

/**
 * The event a phrase names: an earlier year's attack, the event at its place, an occasion's, a site's
 * kind's, a victim's, a new episode, the report's attack told again, or the latest event of its kind.
 */
export function resolveEvent(ctx: SentenceContext, c: EventCandidate): DocumentEntity | undefined {
  const { words, graph } = ctx;
  const {
    i,
    head,
    headEnd,
    first,
    determiner,
    occasion,
    modifier,
    victims,
    counted,
    canonicalHead,
    nearPlace,
  } = c;
  let { place, end } = c;
  let event: DocumentEntity | undefined;
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
      if (scene && !words.slice(victim.end, scene.first).some((w) => w === "and" || w === "or" || w === ","))
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
  c.place = place;
  c.end = end;
  c.past = past;
  return event;
}

/** The event of an indefinite phrase that no other step resolved, when it is the subject of harm. */
export function harmedEvent(ctx: SentenceContext, c: EventCandidate): DocumentEntity | undefined {
  const { words, graph } = ctx;
  const { headEnd, first, determiner, counted, plural, possessive, weapon, canonicalHead, past } = c;
  let { place, nearPlace } = c;
  let event: DocumentEntity | undefined;
  // "a US drone strike killed the al-Shabaab leader in Somalia", "An explosion wounded 12 people in
  // Nigeria": an indefinite event that is the subject of a harm verb happened, even when the only
  // place the sentence gives is a country; it is named after that country, else after its head.
  if (
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
  c.place = place;
  c.nearPlace = nearPlace;
  return event;
}
