import type { EntityType } from "../../model/entity-types.js";
import type { DocumentEntity, DocumentGraph } from "./document-graph.js";
import { ATTACKER_DESCRIPTIONS, FORCE_BODY_HEADS } from "./lexicon.js";
import { type Chunk, chunkBefore, emit, matchesAt, type SentenceContext } from "./sentence-context.js";
import { AIRCRAFT_NOUNS } from "./state-aircraft.js";
import { CAPITAL, firesAfter, PASSIVE, TARGET_VERBS, targetPhrase } from "./target-phrases.js";

/** Verbs that kill, wound or aim at one person they name: "shot dead the ambassador", "stabbed X", "fired at X". */
const PERSON_VERBS = new Set(["stabbed", "shot", "gunned", "fired"]);

/** Participles that put people in a vehicle attacked ("a bus carrying pilgrims"). */
const CARRYING = new Set(["carrying", "transporting", "ferrying"]);
/** Verbs of a failed attempt: the assault began, so its target was attacked ("tried to storm a synagogue"). */
const ATTEMPTS = new Set(["tried", "attempted", "trying", "attempting"]);

/**
 * Where an assault is asserted: at its verb, or at "tried" in "tried to storm the synagogue" (whose
 * "to" marks an intention that `credibility.ts` reads as unasserted; an assault tried is one made).
 */
function assertedAt(words: readonly string[], t: Target): number {
  if (!t.assault) return t.verb;
  // The verb may start with its own "to" ("to storm") or follow one ("to force his way into").
  const to = words[t.verb] === "to" ? t.verb : t.verb - 1;
  return words[to] === "to" && ATTEMPTS.has(words[to - 1] ?? "") ? to - 1 : t.verb;
}

/** An unnamed target found after an attack verb, and the verb it belongs to. */
interface Target {
  chunk: Chunk;
  verb: number;
  through: boolean;
  assault: boolean;
}

const TARGETS = new WeakMap<SentenceContext, Target[]>();
/** The entities made as targets in a report: never the attackers of another target. */
const TARGET_ENTITIES = new WeakMap<DocumentGraph, Set<string>>();

function isTarget(ctx: SentenceContext, key: string): boolean {
  return TARGET_ENTITIES.get(ctx.graph)?.has(key) ?? false;
}

/**
 * The site a definite target phrase takes up again: "the school", "the army-run school" after "the
 * Army Public School" is that school. The latest facility of the report whose name ends in the same
 * head; a phrase with capitals of its own names a site of its own.
 */
function earlierSite(ctx: SentenceContext, phrase: { first: number; head: number; type: string }) {
  const { words, tokens } = ctx;
  if (phrase.type !== "facility" || words[phrase.first] !== "the") return undefined;
  if (tokens.slice(phrase.first + 1, phrase.head).some((t) => CAPITAL.test(t.text))) return undefined;
  const head = words[phrase.head]!;
  let best: DocumentEntity | undefined;
  for (const e of ctx.graph.entities) {
    if (e.type !== "facility" || e.name.toLowerCase().split(" ").at(-1) !== head) continue;
    if (!best || e.lastSentence > best.lastSentence) best = e;
  }
  return best;
}

/** A named site at token `at`, after an article if any ("the Jewish Museum of Belgium"). */
function namedSiteAt(ctx: SentenceContext, at: number): Chunk | undefined {
  const first = ctx.words[at] === "the" ? at + 1 : at;
  return ctx.chunks.find((c) => c.kind === "name" && c.type === "facility" && c.first === first);
}

/**
 * Unnamed targets an attack verb takes as its object, which no name finder sees: "opened fire on a
 * bus", "struck a trolleybus", "drove a truck into the crowd", "tore through crowds of spectators",
 * "stabbed a police officer". Each becomes a provisional entity (dropped unless a statement uses
 * it) of the type the annotation guide gives it, so the relation table and `attackTargets` can say
 * who attacked it. Runs before the relations.
 */
export function addTargets(ctx: SentenceContext): void {
  const { words, tokens, text, graph } = ctx;
  const targets: Target[] = [];
  for (let i = 1; i < words.length; i++) {
    const verb = TARGET_VERBS.find((v) => matchesAt(words, i, v.words));
    // "was shot dead by an armed officer": the passive's object is its subject, not what follows.
    if (!verb || PASSIVE.has(words[i - 1]!)) continue;
    let at = i + verb.words.length;
    if (verb.vehicle) {
      const into = words.slice(at, at + 6).indexOf("into");
      if (into < 0) continue;
      at += into + 1;
    }
    const phrase = targetPhrase(ctx, at);
    if (!phrase) {
      // "stormed the Bataclan concert hall", "walked into the Jewish Museum of Belgium and opened
      // fire": a site the name rules found, whatever its head, is what the assault hit.
      const site = verb.assault ? namedSiteAt(ctx, at) : undefined;
      if (site && (!verb.firing || firesAfter(words, site.end)))
        targets.push({ chunk: site, verb: i, through: false, assault: true });
      continue;
    }
    if (verb.firing && !firesAfter(words, phrase.end)) continue;
    // A chunk over the head is another rule's find; one inside the phrase ("Save the Children",
    // "Kurdish") is only a part of it.
    const inside = (c: Chunk) =>
      phrase.first <= c.first && c.end <= phrase.end && !(c.first <= phrase.head && phrase.head < c.end);
    const over = ctx.chunks.filter((c) => c.first < phrase.end && phrase.first < c.end && !inside(c));
    // "tried to force his way into a synagogue", "shot a 30-year-old woman": the site or the
    // description another rule found is what the assault hit.
    const found = over.find(
      (c) => c.first >= phrase.first && c.first <= phrase.first + 1 && c.end > phrase.head,
    );
    if (found) {
      const reusable =
        found.type === "facility" ||
        (found.kind !== "name" && (found.type === "person" || found.type === "group"));
      // "stormed the army-run school" after "the Army Public School": the site found before.
      const earlier =
        found.kind !== "name" && found.first === phrase.first ? earlierSite(ctx, phrase) : undefined;
      if (earlier && earlier.key !== found.entity) {
        found.entity = earlier.key;
        graph.mention(
          earlier,
          text,
          tokens[found.first]!.start,
          tokens[found.end - 1]!.end,
          "FAC",
          ctx.sentence.index,
          true,
        );
      }
      if (reusable && verb.assault) targets.push({ chunk: found, verb: i, through: false, assault: true });
      continue;
    }
    if (over.length > 0) continue;
    const surface = text.slice(tokens[phrase.first]!.start, tokens[phrase.end - 1]!.end).replace(/\s+/g, " ");
    const entity =
      earlierSite(ctx, phrase) ?? graph.entity(phrase.type as EntityType, surface, ctx.sentence.index, true);
    graph.mention(
      entity,
      text,
      tokens[phrase.first]!.start,
      tokens[phrase.end - 1]!.end,
      phrase.type === "facility" ? "FAC" : phrase.type === "group" ? "GROUP" : "PER",
      ctx.sentence.index,
      true,
    );
    const chunk: Chunk = {
      first: phrase.first,
      end: phrase.end,
      entity: entity.key,
      type: phrase.type,
      nominal: true,
      // Not a site: a bus is what was attacked, not where an event or a site lies.
      kind: "description",
    };
    ctx.chunks.push(chunk);
    // "camps in Libya" lie in Libya, which the phrase now covers.
    if (phrase.place)
      emit(ctx, { subject: entity.key, predicate: "located_in", object: phrase.place }, phrase.head, true);
    if (!TARGET_ENTITIES.has(graph)) TARGET_ENTITIES.set(graph, new Set());
    TARGET_ENTITIES.get(graph)!.add(entity.key);
    targets.push({ chunk, verb: i, through: verb.through === true, assault: verb.assault === true });
  }
  TARGETS.set(ctx, targets);
}

const ACTORS: readonly EntityType[] = ["person", "group", "organization"];

/** The actor whose relative clause holds the verb ("the man who drove a truck into the crowd"). */
function clauseOwner(ctx: SentenceContext, verb: number): Chunk | undefined {
  return ctx.chunks.find(
    (c) =>
      c.first < verb &&
      verb < c.end &&
      (c.type === "person" || c.type === "group") &&
      ctx.words.slice(c.first, verb).some((w) => w === "who" || w === "that"),
  );
}

/** The nearest attacker before the verb in its clause, stepping over targets ("drove into pedestrians and then stabbed …"). */
function actorBefore(ctx: SentenceContext, verb: number): Chunk | undefined {
  const saved = ctx.chunks;
  const actors = saved.filter((c) => !isTarget(ctx, c.entity));
  ctx.chunks = actors;
  try {
    return chunkBefore(ctx, verb, ACTORS, 20);
  } finally {
    ctx.chunks = saved;
  }
}

/** Whether an entity is known as an attacker: described so, or already said to have carried something out. */
function isAttacker(ctx: SentenceContext, key: string): boolean {
  const e = ctx.graph.get(key);
  if (!e || isTarget(ctx, key)) return false;
  // "Police shot dead X": a force that stops someone is no attacker (`force-actions.ts`).
  const last = e.name.toLowerCase().split(" ").at(-1) ?? "";
  if (FORCE_BODY_HEADS.has(last)) return false;
  return (
    e.type === "group" ||
    // "Turkish warplanes struck …": a state's aircraft (`state-aircraft.ts`).
    (e.type === "organization" && AIRCRAFT_NOUNS.has(last)) ||
    [...e.descriptors].some((d) => ATTACKER_DESCRIPTIONS.has(d)) ||
    ctx.graph.has(key, "perpetrated")
  );
}

/** Whether the subject of an assault verb attacked by doing it: a person or a group, but no force and no target. */
function isAssailant(ctx: SentenceContext, subject: Chunk): boolean {
  const e = ctx.graph.get(subject.entity);
  if (!e || isTarget(ctx, e.key) || (e.type !== "person" && e.type !== "group")) return false;
  return !FORCE_BODY_HEADS.has(e.name.toLowerCase().split(" ").at(-1) ?? "");
}

/**
 * Who attacked the sentence's unnamed targets: the subject of the verb ("Masked gunmen opened fire on
 * a bus"), the actor whose relative clause holds it ("the man who drove a truck into the crowd"), or,
 * when a blast or a vehicle is the subject, the event itself ("Two blasts tore through crowds of
 * spectators"). Also a person an attacker shot or stabbed by name ("the gunman shot dead the
 * ambassador, X"). Runs after the events, implicit events and perpetrators of the sentence.
 */
export function attackTargets(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  for (const t of TARGETS.get(ctx) ?? []) {
    const owner =
      clauseOwner(ctx, t.verb) ??
      actorBefore(ctx, t.verb) ??
      (t.through ? chunkBefore(ctx, t.verb, ["event"], 20) : undefined);
    let subject = owner;
    if (t.through && (!owner || owner.type === "event" || !isAttacker(ctx, owner.entity))) {
      // "a truck ploughed into …": the vehicle is no actor; the event the sentence tells of attacked.
      const cue = ctx.eventCues.find((c) => Math.abs(c.at - t.verb) <= 12);
      subject =
        owner?.type === "event" ? owner : cue ? { ...t.chunk, entity: cue.entity, type: "event" } : undefined;
    }
    if (!subject || subject.entity === t.chunk.entity) continue;
    if (
      subject.type !== "event" &&
      !isAttacker(ctx, subject.entity) &&
      !(t.assault && isAssailant(ctx, subject))
    )
      continue;
    if (!graph.has(subject.entity, "attacked", t.chunk.entity))
      emit(
        ctx,
        { subject: subject.entity, predicate: "attacked", object: t.chunk.entity },
        assertedAt(words, t),
      );
    // "opened fire on a bus carrying Coptic Christians": the people it carried were attacked too.
    if (t.chunk.type !== "facility" || !CARRYING.has(words[t.chunk.end] ?? "")) continue;
    const carried = ctx.chunks.find(
      (c) => c.first === t.chunk.end + 1 && (c.type === "group" || c.type === "person"),
    );
    if (carried && !graph.has(subject.entity, "attacked", carried.entity))
      emit(ctx, { subject: subject.entity, predicate: "attacked", object: carried.entity }, t.verb);
  }
  // "the gunman shot dead the ambassador, Andrei Karlov": an attacker's verb of killing names its victim.
  for (let i = 1; i < words.length; i++) {
    if (!PERSON_VERBS.has(words[i]!) || PASSIVE.has(words[i - 1]!)) continue;
    let k = i + 1;
    if (words[k] === "dead" || words[k] === "down") k++;
    if (words[k] === "and" && words[k + 1] === "killed") k += 2;
    if (words[i] === "fired" && (words[k] === "at" || words[k] === "on")) k++;
    else if (words[i] === "fired") continue;
    if (k === i + 1 && words[i] !== "stabbed") continue;
    const victim = ctx.chunks.find(
      (c) => c.kind === "name" && c.type === "person" && c.first >= k && c.first <= k + 4,
    );
    if (!victim || words.slice(k, victim.first).some((w) => w === "by" || w === "and")) continue;
    const actor = clauseOwner(ctx, i) ?? actorBefore(ctx, i);
    if (!actor || !isAttacker(ctx, actor.entity) || actor.entity === victim.entity) continue;
    emit(ctx, { subject: actor.entity, predicate: "attacked", object: victim.entity }, i);
  }
}
