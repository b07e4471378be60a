import { placeEventsByCasualties } from "./casualty-scenes.js";
import { VEHICLE_HEADS } from "./lexicon.js";
import { placeEventPhrases } from "./phrase-scenes.js";
import { findPlace } from "./place-gazetteer.js";
import { routePlaces } from "./route-places.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";
import { beforeSitePart } from "./site-parts.js";

/** Prepositions that put an event at the site after them: "at a checkpoint", "inside a mosque". */
const SCENE_LINKS = new Set(["at", "in", "inside", "on", "outside", "near", "into", "through"]);
/** Words a site phrase may open with after its link: "at a mosque", "at his home", "outside the hotel". */
const DETERMINERS = new Set(["a", "an", "the", "his", "her", "their", "its"]);
/** Links that tell where a site lies, not where the event was: "in Kabul", "in the town of X". */
const CONTAINING = new Set(["in", "at", "on"]);

/** Whether a site is a vehicle ("a bus", "a trolleybus"): the sets place an event on one only now and then. */
function isVehicle(ctx: SentenceContext, key: string): boolean {
  const head =
    ctx.graph
      .get(key)
      ?.name.toLowerCase()
      .split(/[\s-]+/)
      .at(-1) ?? "";
  return VEHICLE_HEADS.has(head) || head.endsWith("bus");
}

/** Heads of a dwelling that is the scene when a possessive gives it: "at his home", "their house". */
const DWELLINGS = new Set(["home", "house", "residence", "flat", "apartment", "compound", "villa"]);
const POSSESSIVES = new Set(["his", "her", "their"]);

/** Where the site phrase ending before `end` starts, after its link, else -1. */
function siteStart(ctx: SentenceContext, first: number): number {
  const { words } = ctx;
  let k = first - 1;
  // "a crowded market", "a busy checkpoint": one lowercase word before an unnamed head.
  if (!DETERMINERS.has(words[k] ?? "") && !SCENE_LINKS.has(words[k] ?? "")) k--;
  if (DETERMINERS.has(words[k] ?? "")) k--;
  // "at the entrance of a hotel in Baidoa": the part of the site stands between the link and the site.
  k = beforeSitePart(words, k + 1) - 1;
  return SCENE_LINKS.has(words[k] ?? "") ? k + 1 : -1;
}

/**
 * The facility that a scene link introduces right before the town an event is placed in: "a mosque in
 * Kunduz", "at his home in Kirkuk", "on a bus in Quetta", "outside a police station in Baghdad". The
 * site must end right where "in" starts the town. A vehicle or site the finder made a mention of but no
 * chunk (it gave way to the town) is found by its mention; a possessed dwelling ("at his home") becomes
 * a facility here. Returns the entity key and the index where the site phrase starts.
 */
function siteBeforeTown(ctx: SentenceContext, town: Chunk): { entity: string; first: number } | undefined {
  const { words, tokens, graph } = ctx;
  const end = town.first - 1;
  if (!CONTAINING.has(words[end] ?? "")) return undefined;
  const chunk = ctx.chunks.find((c) => c.type === "facility" && c.end === end);
  if (chunk)
    return siteStart(ctx, chunk.first) >= 0 ? { entity: chunk.entity, first: chunk.first } : undefined;
  for (let first = end - 1; first >= Math.max(0, end - 5); first--) {
    if (!SCENE_LINKS.has(words[beforeSitePart(words, first) - 1] ?? "")) continue;
    const phrase = ctx.text.slice(tokens[first]!.start, tokens[end - 1]!.end);
    const fromHead = ctx.text.slice(tokens[first + 1]?.start ?? 0, tokens[end - 1]!.end);
    const site = graph.entities.find(
      (e) =>
        e.type === "facility" &&
        e.lastSentence === ctx.sentence.index &&
        graph.mentionTexts(e.key).some((t) => t === phrase || t === fromHead),
    );
    if (site) return { entity: site.key, first };
    // "at his home": a dwelling its owner's possessive gives.
    if (end - first === 2 && POSSESSIVES.has(words[first]!) && DWELLINGS.has(words[first + 1]!)) {
      const home = graph.entity("facility", phrase, ctx.sentence.index);
      graph.mention(
        home,
        ctx.text,
        tokens[first]!.start,
        tokens[end - 1]!.end,
        "SITE",
        ctx.sentence.index,
        true,
      );
      return { entity: home.key, first };
    }
  }
  return undefined;
}

/** The events an actor carried out by this sentence's `perpetrated` statements. */
function perpetratedHere(ctx: SentenceContext, actor: string): string[] {
  return ctx.graph
    .inSentence(ctx.sentence.index)
    .filter((p) => p.predicate === "perpetrated" && p.subject === actor && p.object)
    .map((p) => p.object!);
}

/**
 * Places an event at the site where the sentence puts it, besides the town it is placed in already:
 * "A bomb went off in a crowded market in Baghdad" (the market and Baghdad), "Gunmen killed a police
 * officer at his home in Kirkuk" (his home), and at a facility the event itself attacked ("The blast
 * hit the hotel …": the hotel). Which event the rules chose and what it is called do not change. A
 * vehicle an event struck is no scene of its own ("the blasts hit a bus"): only a link that puts the event
 * on or in it does ("a bomb exploded on a bus in Quetta").
 */
export function addSceneSites(ctx: SentenceContext): void {
  const { graph } = ctx;
  placeEventPhrases(ctx);
  const here = graph.inSentence(ctx.sentence.index);
  for (const s of [...here]) {
    if (!s.object) continue;
    // "A suicide bomber struck a church …": the site its perpetrator attacked is the event's scene.
    const done = graph.get(s.subject)?.type === "event" ? [s.subject] : perpetratedHere(ctx, s.subject);
    if (done.length !== 1) continue;
    const event = done[0]!;
    if (s.predicate === "occurred_at" && s.subject === event) {
      const town = ctx.chunks.find((c) => c.entity === s.object && c.type === "location");
      const site = town && siteBeforeTown(ctx, town);
      if (site && !isVehicle(ctx, site.entity) && !graph.has(event, "occurred_at", site.entity))
        emit(ctx, { subject: event, predicate: "occurred_at", object: site.entity }, site.first, true);
    } else if (s.predicate === "attacked") {
      const site = ctx.chunks.find((c) => c.entity === s.object && c.type === "facility");
      // "attacked an army barracks and police posts in …": one of a list of targets is left to the list.
      if (!site || isVehicle(ctx, site.entity) || ctx.words[site.end] === "and") continue;
      // The perpetrator's own verb of this event took the site: "A suicide bomber struck a church",
      // not "were holding hostages in the hospital, a day after they attacked the police station".
      if (
        event !== s.subject &&
        !ctx.chunks.some((c) => c.entity === event && c.end <= site.first && site.first - c.end <= 1)
      )
        continue;
      if (!graph.has(event, "occurred_at", site.entity))
        emit(ctx, { subject: event, predicate: "occurred_at", object: site.entity }, site.first, true);
    }
  }
  placeEventsNearTowns(ctx);
  placeEventsOnRoutes(ctx);
  placeEventsByCasualties(ctx);
}

/**
 * "an attack on a police checkpoint outside Kabul", "an army camp near Diffa": an event at a site the
 * sentence places near or outside a town is placed at that town too, as the annotation guide takes
 * "near X" with X (ACLED codes to the nearest named place). A site in a town is `site-towns.ts`' work.
 */
export function placeEventsNearTowns(ctx: SentenceContext): void {
  const { graph } = ctx;
  for (const s of [...graph.inSentence(ctx.sentence.index)]) {
    if (s.predicate !== "occurred_at" || !s.object) continue;
    const site = ctx.chunks.find((c) => c.entity === s.object && c.kind === "site" && c.anchor);
    const town = site?.anchor;
    if (!site || !town || graph.has(site.entity, "located_in", town)) continue;
    if (graph.get(town)?.type !== "location" || findPlace(graph.get(town)!.name) === "country") continue;
    if (!graph.has(s.subject, "occurred_at", town))
      emit(ctx, { subject: s.subject, predicate: "occurred_at", object: town }, site.first, true);
  }
}

/**
 * "Gunmen ambushed a convoy on the highway between Kaduna and Abuja": a road or an edge of a town right
 * after the place or target an event is told at puts the event near the towns it names.
 */
function placeEventsOnRoutes(ctx: SentenceContext): void {
  const { graph } = ctx;
  for (const s of [...graph.inSentence(ctx.sentence.index)]) {
    if (s.predicate !== "occurred_at" || !s.object || graph.get(s.subject)?.type !== "event") continue;
    const at = ctx.chunks.find((c) => c.entity === s.object && c.kind !== "event");
    for (const town of at ? routePlaces(ctx, at.end) : [])
      if (!graph.has(s.subject, "occurred_at", town.entity))
        emit(ctx, { subject: s.subject, predicate: "occurred_at", object: town.entity }, at!.end, true);
  }
}
