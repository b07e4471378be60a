import { ARMED_BANDS } from "./armed-bands.js";
import { cueEvent, placeAfter } from "./event-cues.js";
import { canonicalPlace, eventAt } from "./event-references.js";
import { agentAfterBy } from "./force-actions.js";
import { FORCE_BODY_HEADS, GROUP_NOUNS, UNNAMED_FACILITY_HEADS } from "./lexicon.js";
import { findPlace } from "./place-gazetteer.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";

/** Passive verbs of attack and the event noun each implies: "a convoy was ambushed", "were abducted". */
const PASSIVE_ATTACKS: ReadonlyMap<string, string> = new Map([
  ["attacked", "attack"],
  ["ambushed", "ambush"],
  ["raided", "attack"],
  ["overrun", "attack"],
  ["stormed", "attack"],
  ["torched", "attack"],
  ["bombed", "bombing"],
  ["shelled", "shelling"],
  ["abducted", "abduction"],
  ["kidnapped", "kidnapping"],
]);
/** What a target is "hit by" or "struck by" when that is an attack, and the noun it implies. */
const STRIKING: ReadonlyMap<string, string> = new Map([
  ["bomb", "bombing"],
  ["ied", "bombing"],
  ["mine", "bombing"],
  ["landmine", "bombing"],
  ["grenade", "bombing"],
  ["rocket", "attack"],
  ["rockets", "attack"],
  ["missile", "attack"],
  ["missiles", "attack"],
  ["mortar", "attack"],
  ["shell", "attack"],
  ["shells", "attack"],
  ["drone", "attack"],
  ["airstrike", "airstrike"],
  ["bomber", "attack"],
  ["gunmen", "attack"],
]);

/** Passive verbs of driving a vehicle into people, and the people it is driven into (never "into a garage"). */
const DRIVEN = new Set(["driven", "rammed", "ploughed", "plowed", "steered"]);
const CROWDS = new Set([
  "pedestrians",
  "crowd",
  "crowds",
  "people",
  "shoppers",
  "worshippers",
  "protesters",
  "demonstrators",
  "passers-by",
  "revellers",
  "spectators",
  "marchers",
  "mourners",
]);

/**
 * The passive verb at `i` and the token after it: a verb of the list, "set ablaze" / "set on fire",
 * or "hit by" / "struck by" a weapon or attacker within four words ("was hit by a roadside bomb").
 */
function passiveVerbAt(words: readonly string[], i: number): { head: string; end: number } | undefined {
  const head = PASSIVE_ATTACKS.get(words[i]!);
  if (head) return { head, end: i + 1 };
  if (words[i] === "set" && words[i + 1] === "ablaze") return { head: "attack", end: i + 2 };
  if (words[i] === "set" && words[i + 1] === "on" && words[i + 2] === "fire")
    return { head: "attack", end: i + 3 };
  // "a car was driven into pedestrians in Trier": the vehicle is the weapon, and the subject check
  // below wants a vehicle's noun.
  if (
    DRIVEN.has(words[i]!) &&
    words[i + 1] === "into" &&
    words.slice(i + 2, i + 6).some((w) => CROWDS.has(w))
  )
    return { head: "attack", end: i + 2 };
  if ((words[i] === "hit" || words[i] === "struck") && words[i + 1] === "by") {
    const weapon = words.slice(i + 2, i + 6).find((w) => STRIKING.has(w));
    if (weapon) return { head: STRIKING.get(weapon)!, end: i + 1 };
  }
  return undefined;
}

/** Auxiliaries of a passive that happened: "was ambushed", "have been abducted" (never "will be"). */
const PASSIVE_AUXILIARIES = new Set(["was", "were"]);
const PERFECT = new Set(["has", "have", "had"]);
/** Verbs whose victims are people, so any subject will do: "300 schoolgirls were abducted". */
const PEOPLE_TAKEN = new Set(["abducted", "kidnapped", "ambushed"]);
/** Nouns of what armed men attack besides named sites: "a military convoy", "their patrol", "the village". */
const TARGET_NOUNS = new Set([
  ...UNNAMED_FACILITY_HEADS,
  "convoy",
  "patrol",
  "checkpoint",
  "village",
  "town",
  "market",
  "bus",
  "church",
  "churches",
  "mosques",
  "station",
  "post",
  "outpost",
  "barracks",
  "position",
  "positions",
  "vehicle",
  "train",
  "camp",
  "farm",
  "compound",
  "office",
  "offices",
  "embassy",
  "hotel",
  "bases",
  "villages",
  "minibus",
  "car",
  "van",
  "truck",
  "lorry",
  "tanker",
  "vehicles",
  "boat",
  "ferry",
  "helicopter",
  "plane",
  "aircraft",
]);
/** Agents of words, not arms: "was attacked by critics", "by the press". */
const VERBAL_AGENTS = new Set([
  "critics",
  "opponents",
  "rivals",
  "press",
  "media",
  "commentators",
  "lawmakers",
  "reporters",
  "journalists",
  "fans",
  "questions",
]);
/** Words that end the subject looked back over. */
const SUBJECT_BREAKS = new Set([
  ",",
  ";",
  ":",
  "when",
  "after",
  "as",
  "while",
  "and",
  "that",
  "which",
  "who",
]);

/** The token where the passive's subject starts, looking back from the auxiliary at `aux`. */
function subjectStart(words: readonly string[], aux: number): number {
  let k = aux;
  while (k > 0 && !SUBJECT_BREAKS.has(words[k - 1]!) && aux - k < 10) k--;
  return k;
}

/**
 * An attack told by a passive verb: "A military convoy was ambushed near Diffa on Tuesday" (the Diffa
 * ambush), "A police station in Kirkuk was attacked" (placed by its subject), "More than 300
 * schoolgirls were abducted from a boarding school in Jangebe", "The village of Koumbri was raided by
 * gunmen". The subject must be a place, a site or a target of arms (people, for an abduction or an
 * ambush); the agent after "by", if any, perpetrates it, unless it is a state's force (its acts are
 * `force-actions.ts`'s) or a critic ("was attacked by critics"). Returns whether an event was made.
 */
export function addPassiveAttackEvent(ctx: SentenceContext): boolean {
  const { words, graph } = ctx;
  for (let i = 2; i < words.length; i++) {
    const verb = passiveVerbAt(words, i);
    if (!verb) continue;
    const { head, end } = verb;
    const aux = PASSIVE_AUXILIARIES.has(words[i - 1]!)
      ? i - 1
      : words[i - 1] === "been" && PERFECT.has(words[i - 2]!)
        ? i - 2
        : undefined;
    if (aux === undefined) continue;
    const start = subjectStart(words, aux);
    if (start >= aux) continue;
    const subject = ctx.chunks.filter(
      (c) => c.first >= start && c.end <= aux && (c.type === "location" || c.type === "facility"),
    );
    const target =
      subject.length > 0 ||
      words.slice(start, aux).some((w) => TARGET_NOUNS.has(w)) ||
      (PEOPLE_TAKEN.has(words[i]!) && /^\p{Ll}+$|^\d/u.test(words[aux - 1] ?? ""));
    if (!target) continue;
    const byAt = words[end] === "by" ? end : -1;
    if (byAt > 0 && VERBAL_AGENTS.has(words[byAt + 1] === "the" ? words[byAt + 2]! : words[byAt + 1]!))
      continue;
    if (byAt > 0 && !armedAgent(ctx, byAt)) continue;
    const agent = byAt > 0 ? agentAfterBy(ctx, byAt) : undefined;
    if (agent && FORCE_BODY_HEADS.has(words[agent.end - 1] ?? "")) continue;
    // The place after the verb ("ambushed near Diffa", "abducted from a school in Jangebe"), else the
    // place in the subject ("A police station in Kirkuk", "The village of Koumbri").
    const after = placeAfter(ctx, agent ? agent.end : end, 12) ?? fromPlace(ctx, end);
    const place: Chunk | undefined = after ?? subject.sort((a, b) => b.end - a.end)[0];
    // "the prime minister said Sweden had been attacked": a country as the target is a figure of speech.
    if (!place || (!after && findPlace(graph.get(place.entity)!.name) === "country")) continue;
    const named = graph.get(place.anchor ?? place.entity)!;
    const event = eventAt(graph, canonicalPlace(named.name), head, ctx.sentence.index);
    cueEvent(ctx, event, aux, end);
    emit(ctx, { subject: event.key, predicate: "occurred_at", object: place.entity }, i);
    if (agent && agent.type !== "location")
      emit(ctx, { subject: agent.entity, predicate: "perpetrated", object: event.key }, i);
    return true;
  }
  return false;
}

/** "abducted from a boarding school in Jangebe": the place a taking was from is where it happened. */
function fromPlace(ctx: SentenceContext, at: number): Chunk | undefined {
  if (ctx.words[at] !== "from") return undefined;
  return (
    placeAfter(ctx, at + 1, 8) ??
    ctx.chunks.find((c) => c.first > at && c.first <= at + 3 && c.type === "facility")
  );
}

/** Words of an armed agent beside the attackers' nouns: "by a gunman", "by a mob", "by a suicide bomber". */
const ARMED_AGENTS = new Set([
  "man",
  "gunman",
  "bomber",
  "mob",
  "youths",
  "assailant",
  "attacker",
  "militant",
]);

/**
 * Whether the agent after "by" at `by` is armed: attackers by their noun or a weapon, a group, an
 * organisation or a force (the force is dropped later). "raided by tax inspectors", "attacked by a
 * swarm of bees" are not attacks.
 */
function armedAgent(ctx: SentenceContext, by: number): boolean {
  const words = ctx.words.slice(by + 1, by + 6);
  if (words.some((w) => GROUP_NOUNS.has(w) || ARMED_BANDS.has(w) || ARMED_AGENTS.has(w) || STRIKING.has(w)))
    return true;
  if (words.some((w) => FORCE_BODY_HEADS.has(w))) return true;
  return ctx.chunks.some(
    (c) => c.first > by && c.first <= by + 3 && (c.type === "group" || c.type === "organization"),
  );
}
