// Steps three and four of `addEvents`: where an event phrase happened, by its own words or the words near it.
import type { EventCandidate } from "./event-candidate.js";
import { HARM_VERBS, harmVerbIndex } from "./event-harm-verbs.js";
import { ATTACK_LIKE, HARMLESS_HEADS, PLURAL_HEADS, STRIKES, VICTIM_HEADS } from "./event-head-words.js";
import { COUNTED, DEFINITE, PLACE_LINKS } from "./event-phrase-words.js";
import { placeChunkStartingAt, referredPlace } from "./event-place-chunks.js";
import { definiteSite, placeAfterHead, storming } from "./event-places.js";
import { generic, namesAPerson } from "./event-references.js";
import { findPlace } from "./place-gazetteer.js";
import { chunkAfter, type SentenceContext } from "./sentence-context.js";
import { placedBare } from "./wire-event-heads.js";

/**
 * The place the phrase's own words give ("the attack on the Bardo Museum", "the attempt to storm the
 * synagogue", "the attack of 26 June at the Imperial Marhaba hotel"), with the phrase's span and
 * kind; false when the phrase names no event after all ("the fall of Kadhafi", a generic "attacks").
 */
export function phrasePlace(ctx: SentenceContext, c: EventCandidate): boolean {
  const { words, tokens, graph } = ctx;
  const { i, head, headEnd, attempt, determined, determiner, occasion, first } = c;
  let { place } = c;
  if (
    determined &&
    !determiner &&
    !place &&
    !occasion &&
    !placedBare(words, i, headEnd, (at) => placeChunkStartingAt(ctx, at))
  )
    return false;
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
      return false;
  }
  const plural = PLURAL_HEADS[words[headEnd - 1]!] !== undefined;
  const counted = COUNTED.test(words[first] ?? "");
  if (generic(ctx, { first, head: i, headEnd, plural, counted }, place, determiner)) return false;
  const canonicalHead = ATTACK_LIKE.has(head) ? "attack" : head;
  // "US air strike": a country before a strike or raid is who struck, not where.
  if (
    place &&
    (STRIKES.has(head) || head === "raid") &&
    place.end <= i &&
    findPlace(graph.get(place.entity)!.name) === "country"
  )
    place = undefined;
  c.place = place;
  c.end = end;
  c.victims = victims;
  c.plural = plural;
  c.counted = counted;
  c.canonicalHead = canonicalHead;
  return true;
}

/**
 * Where a phrase that placed nothing happened, from the words near it: a place after its head or its
 * harm verb, a site known by its kind, a storming, "where" or "there", a strike's earlier place, or
 * the place after an unnamed victim ("the killing of a paratrooper in Toulouse").
 */
export function placeNearby(ctx: SentenceContext, c: EventCandidate): void {
  const { words, graph } = ctx;
  const { head, headEnd, weaponAt, modifier, occasion, determiner, first, victims } = c;
  let { place, end } = c;
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
  c.place = place;
  c.end = end;
  c.nearPlace = nearPlace;
}
