import type { EntityType } from "../../model/entity-types.js";
import { ARMED_BANDS, BAND_VERBS } from "./armed-bands.js";
import { addClashEvent } from "./clash-events.js";
import { shotCount } from "./descriptions.js";
import { cueEvent, placeAfter } from "./event-cues.js";
import { possessedSite } from "./event-phrases.js";
import { isBackground } from "./event-places.js";
import { settlementOf } from "./event-references.js";
import { placeEvent } from "./event-sites.js";
import { canonicalPlace, eventAt } from "./events.js";
import { agentAfterBy } from "./force-actions.js";
import { addHarmVerbEvent } from "./harm-verb-events.js";
import { addKillingVerbEvent } from "./killing-verb-events.js";
import { ATTACKER_DESCRIPTIONS, FORCE_BODY_HEADS as FORCE_AGENTS, REPORTING_VERBS } from "./lexicon.js";
import { addPassiveAttackEvent } from "./passive-attack-events.js";
import { type SceneVerb, sceneVerbAt } from "./scene-verbs.js";
import {
  type Chunk,
  chunkAfter,
  chunkBefore,
  emit,
  matchesAt,
  type SentenceContext,
} from "./sentence-context.js";

const ACTORS: readonly EntityType[] = ["person", "organization", "group"];
/** "was shot dead", "was assassinated": one person's killing, an event the report names by a verb. */
const PASSIVE_KILLINGS = [
  "was shot dead",
  "was killed",
  "was assassinated",
  "was murdered",
  "was gunned down",
  "was stabbed to death",
].map((t) => t.split(" "));
/** Active verbs of taking a place or a person, and the event noun they imply. */
const ACTION_VERBS: ReadonlyMap<string, string> = new Map([
  ["captured", "capture"],
  ["overran", "attack"],
  ["stormed", "attack"],
  ["attacked", "attack"],
  ["raided", "attack"],
  // "Militants ambushed an army convoy near Diffa, killing four soldiers".
  ["ambushed", "ambush"],
  // "Gunmen abducted 30 students from a school in Kaduna".
  ["abducted", "abduction"],
  ["kidnapped", "kidnapping"],
  ["seized", "seizure"],
  // "Gunmen struck Solhan shortly after midnight" (a strike of a state's forces needs an armed band or
  // group as subject: see `actedBy`).
  ["struck", "attack"],
  // "Jihadists torched homes in Koumbri", "a mob lynched a man in Sialkot".
  ["torched", "attack"],
  ["lynched", "lynching"],
]);
const PLACE_LINKS = new Set(["in", "at", "near", "outside"]);
/** Adverbs of habit that make an act a pattern, not an event: "the group mostly ambushed soldiers in …". */
const HABITUAL = new Set(["mostly", "often", "usually", "regularly", "frequently", "routinely", "typically"]);
/** Verbs of trying, after which the base form tells the act: "the gunman who tried to storm the synagogue". */
const TRYING = new Set(["tried", "attempted", "sought", "trying", "attempting"]);

/** The event noun of an attempted taking: "tried to storm …", "attempted to seize …". */
function attemptedAction(words: readonly string[], i: number): string | undefined {
  if (words[i - 1] !== "to" || !TRYING.has(words[i - 2] ?? "")) return undefined;
  return ACTION_VERBS.get(`${words[i]}ed`) ?? ACTION_VERBS.get(`${words[i]}d`);
}

/** Verbs of holding people that "hostage" turns into a hostage-taking. */
const PRONOUNS = new Set(["he", "she", "they", "it"]);
const HOLDING = new Set(["took", "taken", "taking", "take", "held", "holding", "seized"]);

/**
 * A hostage-taking told by its verb: "took about 40 people hostage at …", "were holding hundreds of
 * workers hostage in …", "seized hostages in …" — the words up to "hostage(s)", at most six on.
 */
function hostageTaking(words: readonly string[], i: number): { words: string[]; head: string } | undefined {
  if (!HOLDING.has(words[i]!)) return undefined;
  // "He took a cleaner hostage in the school": an attacker told of before goes on with his attack,
  // which the report has already named.
  const subject = ["was", "were", "had", "has", "have"].includes(words[i - 1] ?? "") ? i - 2 : i - 1;
  if (PRONOUNS.has(words[subject]?.toLowerCase() ?? "")) return undefined;
  for (let k = i + 1; k < Math.min(words.length, i + 7); k++) {
    if (words[k] === "hostage" || words[k] === "hostages")
      return { words: words.slice(i, k + 1) as string[], head: "hostage-taking" };
    if (!/^[\p{Ll}\d,]+$/u.test(words[k]!) || words[k] === ",") return undefined;
  }
  return undefined;
}
/** Prepositions that place a scene, with "the centre of" and the like stepped over. */
const SCENE_LINKS = new Set(["in", "at", "on", "outside", "into", "inside", "through", "near"]);
const AREA_WORDS = new Set(["centre", "center", "heart", "outskirts", "middle"]);

/** The first named place or site after a scene verb that a locative preposition introduces. */
function scenePlace(ctx: SentenceContext, from: number): Chunk | undefined {
  const { words } = ctx;
  const candidates = ctx.chunks
    .filter(
      (c) =>
        c.first >= from &&
        c.first - from <= 18 &&
        (c.type === "location" || c.type === "facility") &&
        (c.kind === "name" || c.kind === "site"),
    )
    .sort((a, b) => a.first - b.first || b.end - a.end);
  for (const c of candidates) {
    if (
      words
        .slice(from, c.first)
        .some((w) => [";", "after", "before", "when", "who", "which", "said"].includes(w))
    )
      return undefined;
    let k = c.first - 1;
    if (["the", "a", "an"].includes(words[k] ?? "")) k--;
    while (
      /^\p{Ll}+$/u.test(words[k] ?? "") &&
      !SCENE_LINKS.has(words[k]!) &&
      k > c.first - 3 &&
      words[k] !== "of"
    )
      k--; // "on a busy shopping street", "in central Brussels"
    // "in the centre of Casablanca"
    if (words[k] === "of" && AREA_WORDS.has(words[k - 1] ?? "") && words[k - 2] === "the") k -= 3;
    // "in the Bavarian town of Ansbach": the link stands before the settlement's description.
    const described = [c.first - 6, c.first - 5, c.first - 4, c.first - 3].find(
      (s) => s >= 0 && (words[s] === "the" || words[s] === "a") && settlementOf(words, s) === c.first,
    );
    if (words[k] === "of" && described !== undefined) k = described - 1;
    // "in Istanbul's historic Sultanahmet Square": the square the town owns is the scene.
    if (SCENE_LINKS.has(words[k] ?? "")) return possessedSite(words, ctx.chunks, c) ?? c;
  }
  return undefined;
}

/**
 * An attack told by its scene in a sentence that names no event: "A gunman … opened fire outside the
 * Ozar Hatorah Jewish school in Toulouse …, killing …". The event is placed at the first named place
 * or site after the verb; its figures and date come from the sentence like any event's.
 */
function sceneEvent(ctx: SentenceContext): boolean {
  const { words, graph } = ctx;
  for (let i = 0; i < words.length; i++) {
    // "An 18-year-old man shot 13 people at a supermarket in Buffalo": shooting a count of victims.
    const verb: SceneVerb | undefined =
      sceneVerbAt(words, i) ??
      (i > 0 && shotCount(words, i) ? { words: ["shot"], head: "attack" } : undefined) ??
      (i > 0 ? hostageTaking(words, i) : undefined);
    if (!verb) continue;
    // "the air force had struck camps in Libya" is a strike by a state's forces, not an attack
    // told by its scene.
    if (verb.words.length === 1 && words[i] === "struck" && !chunkBefore(ctx, i, ["group", "person"], 2))
      continue;
    // "Police in Hanau report shots fired late on Wednesday": a report of shots is placed by the
    // town the reporting sentence names before it when none follows.
    const place =
      scenePlace(ctx, i + verb.words.length) ?? (words[i] === "shots" ? townBefore(ctx, i) : undefined);
    if (!place) continue;
    // "opened fire on a bus near Gao": an unnamed site the town after it does not own is placed by it.
    // A named site keeps its name for its event ("the Belvedere café in Sfax").
    const indefinite = [words[place.first - 1], words[place.first]].some((w) => w === "a" || w === "an");
    const town =
      place.kind === "site" && !place.anchor && indefinite && words[place.end] === "near"
        ? townAfterSite(ctx, place)
        : undefined;
    const named = graph.get(town?.entity ?? place.anchor ?? place.entity)!;
    // "A suicide bomber struck a bus in Kano …, two days after a blast at the city's main market":
    // the scene of the main clause is not the earlier event its time clause names.
    const beforeAnchor = ctx.eventCues.some((c) => c.at > i && isAnchor(ctx, c.at));
    const event = eventAt(graph, canonicalPlace(named.name), verb.head, ctx.sentence.index, !beforeAnchor);
    cueEvent(ctx, event, i, i + verb.words.length);
    // "set off the bomb on the bus": reports name the event by the weapon, as for "the bomb exploded".
    if (verb.weapon !== undefined) cueEvent(ctx, event, i + verb.weapon, i + verb.words.length);
    placeEvent(ctx, event.key, place, i, false);
    if (town) emit(ctx, { subject: event.key, predicate: "occurred_at", object: town.entity }, i);
    return true;
  }
  return false;
}

/**
 * Whether a name is the subject of the verb at `verb`: right before it, or before an appositive set
 * off by commas ("Chokri Belaid, a leftist politician, was shot dead"). Not a speaker whose clause
 * goes on ("Sigmar Gabriel, says … an Afghan guard was killed") nor a name inside another clause.
 */
function subjectOfVerb(words: readonly string[], name: Chunk, verb: number): boolean {
  if (name.end === verb) return true;
  if (words[name.end] !== "," || words[verb - 1] !== ",") return false;
  return !words.slice(name.end + 1, verb - 1).some((w) => w === "," || REPORTING_VERBS.has(w));
}

/** The last town named with "in" before token `at` in the same clause: "Police in Hanau report …". */
function townBefore(ctx: SentenceContext, at: number): Chunk | undefined {
  const { words } = ctx;
  return ctx.chunks
    .filter(
      (c) =>
        c.end <= at &&
        c.kind === "name" &&
        c.type === "location" &&
        words[c.first - 1] === "in" &&
        !words.slice(c.end, at).some((w) => w === "," || w === ";" || w === "after" || w === "before"),
    )
    .sort((a, b) => b.end - a.end)[0];
}

/** Whether the event phrase at token `at` only anchors a time: "after the killing of …". */
export function isAnchor(ctx: SentenceContext, at: number): boolean {
  return ctx.words
    .slice(Math.max(0, at - 2), at)
    .some((w) => w === "after" || w === "before" || w === "since");
}

/**
 * Whether the event phrase at token `at` is the object of "who claimed" / "which claimed
 * responsibility for" set off from its main clause: "The group, which claimed the bombing, …".
 */
function claimedAside(words: readonly string[], at: number): boolean {
  const from = Math.max(0, at - 6);
  const claimed = words.lastIndexOf("claimed", at);
  if (claimed < from) return false;
  if (!["who", "which"].includes(words[claimed - 1] ?? "")) return false;
  const next = words.indexOf(",", at);
  return words[claimed - 2] === "," && next > at && !words.slice(claimed, at).includes(",");
}

/** The actor after "by" in the clause ("was shot dead … by an unidentified gunman", "… by Italian police"). */
function agent(ctx: SentenceContext, from: number): Chunk | undefined {
  const by = ctx.words.indexOf("by", from);
  if (by < 0 || by - from > 12) return undefined;
  return agentAfterBy(ctx, by);
}

/**
 * Events a report describes only with a verb, as the annotation does ("implicit" events):
 * - a person "was shot dead" / "was assassinated": the killing of that person, one dead, by the
 *   agent after "by", where a locative phrase puts it — unless the person is an attacker (an
 *   attacker shot by police is no victim) or the sentence already names its event;
 * - an actor "captured" / "overran" / "stormed" something in a named place: a capture or an attack
 *   there, carried out by the actor; also "tried to storm …"; a definite site taken is placed with
 *   the town right after it ("attacked the offices of X in Jalalabad").
 * A claimed event in a relative clause ("The Taliban, who claimed the bombing, had stormed …") does
 * not stand for the main clause's act.
 * Dates come from `dateEvents`, which sees the event's cue like any other.
 */
export function addImplicitEvents(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  // An event named only as an anchor ("less than six months after the killing of Chokri Belaid") is
  // not the one the sentence reports.
  // Nor is a past attack told in passing ("…, where a truck bomb killed 500 people in 2017").
  // Nor one that a relative clause says the subject claimed ("The Taliban, who claimed the bombing,
  // had stormed the Intercontinental hotel …"): the main clause tells of another act.
  if (
    ctx.eventCues.some(
      (c) => !isAnchor(ctx, c.at) && !claimedAside(words, c.at) && !isBackground(graph.get(c.entity)!),
    )
  )
    return;
  if (
    sceneEvent(ctx) ||
    addHarmVerbEvent(ctx) ||
    addKillingVerbEvent(ctx) ||
    addClashEvent(ctx) ||
    addPassiveAttackEvent(ctx)
  )
    return;
  for (let i = 1; i < words.length; i++) {
    const killing = PASSIVE_KILLINGS.find((t) => matchesAt(words, i, t));
    if (killing) {
      const victim = chunkBefore(ctx, i, ["person"]);
      const person = victim && graph.get(victim.entity);
      if (!person || victim.kind !== "name" || !subjectOfVerb(words, victim, i)) continue;
      if (
        [...person.descriptors].some((d) => ATTACKER_DESCRIPTIONS.has(d)) ||
        graph.has(person.key, "perpetrated")
      )
        continue;
      const end = i + killing.length;
      const event = graph.entity("event", `killing of ${person.name}`, ctx.sentence.index);
      cueEvent(ctx, event, i + 1, end);
      emit(ctx, { subject: event.key, predicate: "killed", value: 1, bound: "exact" }, i);
      // "was shot dead by a sniper on Wednesday as he stepped out of his car outside the government
      // building in central Belgrade": the scene may come a clause of circumstance later.
      const place = placeAfter(ctx, end, 16);
      if (place) {
        emit(ctx, { subject: event.key, predicate: "occurred_at", object: place.entity }, i);
        const town = place.type === "facility" ? townAfterSite(ctx, place) : undefined;
        if (town) emit(ctx, { subject: event.key, predicate: "occurred_at", object: town.entity }, i);
      }
      const by = agent(ctx, end);
      if (by) {
        emit(ctx, { subject: by.entity, predicate: "perpetrated", object: event.key }, i);
        // "was shot dead by Italian police": a force that stops a suspect carries out its own act,
        // and the annotation guide makes no target of the suspect.
        if (!FORCE_AGENTS.has(ctx.words[by.end - 1] ?? ""))
          emit(ctx, { subject: by.entity, predicate: "attacked", object: person.key }, i);
      }
      return;
    }
    const head = ACTION_VERBS.get(words[i]!) ?? attemptedAction(words, i);
    if (!head || HABITUAL.has(words[i - 1]!)) continue;
    // A verb inside a group's own phrase ("the two men who attacked the Bardo Museum") is the
    // group's, and the group phrase has already drawn its statements.
    if (ctx.chunks.some((c) => c.kind === "group" && c.first < i && c.end > i)) continue;
    // "was captured … by fighters from Zintan": the agent acts, the subject is taken.
    const passive = ["was", "were", "been", "being"].includes(words[i - 1] ?? "");
    const found = passive ? agent(ctx, i + 1) : chunkBefore(ctx, i, ACTORS, 12);
    const actor = found?.kind === "event" ? undefined : found;
    if (!actor && (passive || !ARMED_BANDS.has(words[i - 1]!.toLowerCase()))) continue;
    // "An earthquake struck Haiti", "the air force struck camps in Libya": no band's attack.
    if (
      BAND_VERBS.has(words[i]!) &&
      (passive || !(ARMED_BANDS.has(words[i - 1]!.toLowerCase()) || actor?.type === "group"))
    )
      continue;
    let object = passive
      ? chunkBefore(ctx, i, ["person", "facility", "location"])
      : (chunkAfter(ctx, i + 1, ["facility", "location", "person"], 3) ?? describedPlace(ctx, i + 1));
    // "attacked Istanbul's Atatürk airport": the possessor is where, the site is what was attacked.
    if (!passive && object && /^['’]s$/.test(words[object.end] ?? ""))
      object = chunkAfter(ctx, object.end + 1, ["facility", "location", "person"], 3) ?? object;
    const site = object && object.type !== "person" ? object : undefined;
    // A named or definite site taken is the place itself ("overran Bab al-Aziziya", "stormed the US
    // diplomatic compound"); after an indefinite one the named place does ("attacked an army
    // barracks … in … Ben Guerdane").
    const later = placeAfter(ctx, object && !passive ? object.end : i + 1, 12);
    const definite =
      site && (site.kind === "name" || [words[site.first - 1], words[site.first]].includes("the"));
    const place = definite ? site : (later ?? site);
    if (!place) continue;
    const named = graph.get(place.anchor ?? place.entity)!;
    const event =
      head === "capture" && object?.type === "person"
        ? graph.entity("event", `capture of ${graph.get(object.entity)!.name}`, ctx.sentence.index)
        : eventAt(graph, canonicalPlace(named.name), head, ctx.sentence.index);
    cueEvent(ctx, event, i, i + 1);
    emit(ctx, { subject: event.key, predicate: "occurred_at", object: place.entity }, i);
    // "attacked the offices of Save the Children in Jalalabad": the town right after the site is
    // where too; not one further on ("… the school in revenge for an offensive in Waziristan").
    const town = site && later && PLACE_LINKS.has(words[site.end] ?? "") && later.first <= site.end + 2;
    if (definite && town && later.entity !== place.entity)
      emit(ctx, { subject: event.key, predicate: "occurred_at", object: later.entity }, i);
    if (actor) emit(ctx, { subject: actor.entity, predicate: "perpetrated", object: event.key }, i);
    return;
  }
}

/**
 * A place named after its description: "raided the neighbouring republic of Ingushetia", "seized
 * the northern town of Palma" — lower-case words and "of" between the article and the name.
 */
function describedPlace(ctx: SentenceContext, from: number): Chunk | undefined {
  const { words } = ctx;
  if (words[from] !== "the") return undefined;
  const c = chunkAfter(ctx, from + 1, ["location"], 5);
  if (c?.kind !== "name") return undefined;
  if (words[c.first - 1] !== "of") return undefined;
  return words.slice(from + 1, c.first - 1).every((w) => /^\p{Ll}+$/u.test(w)) ? c : undefined;
}

/** The town right after a site: "outside the government building in central Belgrade". */
function townAfterSite(ctx: SentenceContext, site: Chunk): Chunk | undefined {
  const { words } = ctx;
  if (!["in", "near"].includes(words[site.end] ?? "")) return undefined;
  const town = chunkAfter(ctx, site.end + 1, ["location"], 2);
  return town?.kind === "name" && town.entity !== site.entity ? town : undefined;
}
