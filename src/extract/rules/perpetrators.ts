import { accuses } from "./accusations.js";
import { addAgentGroups } from "./agent-groups.js";
import { markApposedAttackers } from "./apposed-acts.js";
import { widenBands } from "./band-modifiers.js";
import { addConfessions } from "./confessions.js";
import { lastConjunct } from "./coordinated-attackers.js";
import { attackerAct } from "./descriptions.js";
import { linkEarlyGroups } from "./early-groups.js";
import { topicPlace } from "./event-places.js";
import { canonicalPlace } from "./events.js";
import { ATTACKER_DESCRIPTIONS, FORCE_BODY_HEADS } from "./lexicon.js";
import { linkEventAgents, nameActingAttacker, pastBareAge } from "./named-attackers.js";
import { linkPartitives } from "./partitive-perpetrators.js";
import { addPassiveAgents } from "./passive-agents.js";
import { ATTACK_VERBS } from "./patterns.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";
import { linkSuicideBombers } from "./suicide-bombers.js";
import { linkSuspects } from "./suspects.js";
import { addWorkOfGroups } from "./work-of-groups.js";

const TIME_CLAUSES = new Set(["after", "before", "since", "following", "until"]);

function separatedByTimeClause(words: readonly string[], a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  return words.slice(from + 1, to).some((w) => TIME_CLAUSES.has(w));
}

/**
 * Who carried out the sentence's event: a person described as its perpetrator ("a gunman killed 38
 * people", "the attacker, Seifeddine Rezgui,") and a group that acts in the sentence ("Two gunmen
 * killed …"). The event is the one the sentence speaks of, or, when it names none, the latest event
 * of the report ("the gunman had trained in Libya" in a report on the Sousse attack). A sentence
 * that speaks of two events links nobody: which one is meant is not for a word list to guess.
 */
export function linkPerpetrators(ctx: SentenceContext): void {
  const { graph } = ctx;
  // "Houthi fighters", "unknown gunmen": the group is named by the word in front of its noun too.
  widenBands(ctx);
  // "The suspect, a 22-year-old from Tunis, drove a truck into …": the act past an apposition.
  markApposedAttackers(ctx);
  linkPartitives(ctx);
  // Unnamed collectives whose own phrase says whose act it was: seen acting before the report named
  // the attack, "the work of …", suicide bombers counted among the dead, "a siege by Chechen gunmen".
  linkEarlyGroups(ctx);
  addWorkOfGroups(ctx);
  linkSuicideBombers(ctx);
  addAgentGroups(ctx);
  // "Two policemen were killed by gunmen in Maiduguri": the agent of a passive of harm.
  addPassiveAgents(ctx);
  // "the attack by X on two mosques"; "Police arrested a suspect, X,".
  linkEventAgents(ctx);
  linkSuspects(ctx);
  // "X has admitted the attack", "X was convicted of the bombing".
  addConfessions(ctx);
  const events = [...new Set(ctx.eventCues.map((c) => c.entity))];
  if (events.length > 1) {
    linkOwnClauses(ctx);
    return;
  }
  // "For Sousse, … 39 includes the gunman": a sentence about a place is not about the latest event.
  const topic = events.length === 0 ? topicPlace(ctx) : undefined;
  const event =
    events[0] ??
    (topic === undefined
      ? graph.latest("event", (e) => !e.provisional)?.key
      : graph.latest("event", (e) => !e.provisional && e.place === topic)?.key);
  if (!event) return;
  // "… ending a siege by Chechen gunmen": an event phrase that names its agent says who did it.
  const agent = ownAgent(ctx, event);
  // "… the gunman trained … at the same time as the two men who attacked the Bardo Museum": the
  // sentence already says who carried the event out; a description elsewhere in it is someone else.
  const taken = graph
    .inSentence(ctx.sentence.index)
    .some(
      (p) =>
        p.predicate === "perpetrated" &&
        p.object === event &&
        ctx.chunks.some(
          (c) =>
            c.entity === p.subject &&
            c.kind === "group" &&
            ctx.words.slice(c.first, c.end).some((w) => ATTACK_VERBS.has(w)),
        ),
    );
  for (const c of ctx.chunks) {
    // An organisation acts when it is the subject of an attack verb ("Tunisian security forces killed
    // nine militants … in an operation near Gafsa").
    // Not a state's forces storming in to end it ("… before Malian and French special forces stormed
    // the building"): their own act is an operation (force-actions.ts).
    const acting =
      c.type === "organization" &&
      c.kind === "name" &&
      ATTACK_VERBS.has(ctx.words[c.end] ?? "") &&
      !agentOfParticiple(ctx.words, c.first) &&
      !(FORCE_BODY_HEADS.has(ctx.words[c.end - 1] ?? "") && !FORCES_OWN.test(graph.get(event)?.name ?? "")) &&
      !ctx.chunks.some((o) => o !== c && o.first <= c.first && o.end >= c.end);
    // So does a named person ("Anders Behring Breivik killed 77 people in Oslo …"), not one who
    // killed only himself.
    const personActs =
      c.type === "person" &&
      c.kind === "name" &&
      !graph.get(c.entity)?.official &&
      actsAt(ctx.words, lastConjunct(ctx, c)?.end ?? c.end) &&
      !ctx.chunks.some((o) => o !== c && o.first <= c.first && o.end >= c.end);
    if (c.kind !== "description" && c.kind !== "group" && !acting && !personActs) continue;
    if (taken && c.kind === "description") continue;
    // "The suspects, members of Boko Haram, were detained in a raid": who undergoes the act did not do it.
    if (passiveSubject(ctx.words, c)) continue;
    if (agent !== undefined && agent !== c.entity) continue;
    // "Special forces stormed the theatre, ending the siege": who ends an event did not carry it out.
    if (ends(ctx, c, event)) continue;
    // "Police shot dead the gunman": the force that killed the attackers did not carry out the attack.
    if (acting && stopsAttackers(ctx, c, event)) continue;
    // "X said that its fighters carried out the attack": the act is X's claim, and the members it
    // names are known only from the claim.
    if (c.kind === "group" && ownedByClaimant(ctx, c)) continue;
    // With no event in the sentence, a description is tied to the latest event only when the report
    // has spoken of no other: "the gunman" after a sentence about another attack may be anyone's.
    // So is a group acting with no event in its sentence ("Gunmen have taken hostages at …" in a live
    // blog of several attacks).
    if (
      (c.kind === "description" || c.kind === "group") &&
      events.length === 0 &&
      graph.entities.filter((e) => e.type === "event" && !e.provisional).length > 1
    )
      continue;
    // "The attack came three months after gunmen killed foreign visitors at the Bardo Museum": a
    // clause of time tells of another event.
    // "22:40 Gunmen have taken hostages at the Bataclan concert hall" after explosions at the Stade
    // de France: acting at another site than the latest event's is another event.
    if (events.length === 0 && elsewhere(ctx, event)) continue;
    const cue = ctx.eventCues.find((e) => e.entity === event);
    if (cue && separatedByTimeClause(ctx.words, cue.at, c.first)) continue;
    const actor = graph.get(c.entity);
    if (!actor || graph.has(actor.key, "perpetrated")) continue;
    // "He said the gunman had been active …" in a report whose only event so far is an earlier attack
    // with its own attackers: the gunman is not one of them by default.
    if (events.length === 0 && graph.perpetratorsOf(event).some((p) => p !== actor.key)) {
      // "Salman Abedi, 22, detonated a device in the foyer" after "A suicide bomber killed 22 …".
      if (personActs) nameActingAttacker(ctx, c, event);
      continue;
    }
    const perpetrator =
      acting ||
      personActs ||
      (c.kind === "group"
        ? actor.type === "group"
        : [...actor.descriptors].some((d) => ATTACKER_DESCRIPTIONS.has(d)));
    if (perpetrator && emit(ctx, { subject: actor.key, predicate: "perpetrated", object: event }, c.first))
      placeByClause(ctx, c, event);
  }
}

/**
 * Whether the name at `first` is the agent of a participle before it ("A bombing claimed by the
 * Islamic State killed 12 …"): the verb after it is the sentence's, said of the noun before "by".
 */
function agentOfParticiple(words: readonly string[], first: number): boolean {
  return words[first - 1] === "by" || (words[first - 1] === "the" && words[first - 2] === "by");
}

const PASSIVE_AUXILIARIES = new Set(["was", "were"]);
const UNDERGONE =
  /^(?:detained|arrested|captured|held|caught|taken|killed|shot|wounded|injured|seized|sentenced|convicted|jailed|charged|questioned)$/;

/** Whether a chunk is the subject of a passive verb of custody or harm, past an apposition: "X, …, were detained". */
function passiveSubject(words: readonly string[], c: Chunk): boolean {
  let k = c.end;
  // The chunk closes an apposition ("The suspects, members of X, were …") or opens one ("X, 25, was …").
  const verbAt = (at: number) => ["was", "were", "have", "has", "had"].includes(words[at] ?? "");
  if (words[k] === "," && verbAt(k + 1)) k++;
  else if (words[k] === ",") {
    const close = words.indexOf(",", k + 1);
    if (close < 0 || close - k > 8) return false;
    k = close + 1;
  }
  if (words[k] === "have" || words[k] === "had" || words[k] === "has")
    k = words[k + 1] === "been" ? k + 2 : k;
  else if (PASSIVE_AUXILIARIES.has(words[k] ?? "")) k++;
  else return false;
  return UNDERGONE.test(words[k] ?? "");
}

/**
 * Whether the words at `k`, right after a name, are its attack: "killed 77 people", "opened fire",
 * or the same in a relative clause (", who killed 77 people in Oslo,"); not "killed himself".
 */
function actsAt(words: readonly string[], k: number): boolean {
  const aged = pastBareAge(words, k);
  const at = words[aged] === "," && words[aged + 1] === "who" ? aged + 2 : aged;
  // "blew himself up" is the attack; "killed himself" is not.
  if (["himself", "herself"].includes(words[at + 1] ?? "") && words[at] !== "blew") return false;
  return ATTACK_VERBS.has(words[at] ?? "") || attackerAct(words, at);
}

/** Events a state's forces carry out themselves: "an operation near Gafsa", "the storming of the compound". */
const FORCES_OWN = /\b(?:operation|storming|raid|offensive|strike)$/;

/** The entity after "by" right behind `event`'s phrase in the sentence ("a siege by X"), or undefined. */
function ownAgent(ctx: SentenceContext, event: string): string | undefined {
  for (const e of ctx.chunks) {
    if (e.kind !== "event" || e.entity !== event || ctx.words[e.end] !== "by") continue;
    const by = ctx.chunks.find(
      (c) => c.first === e.end + 1 || (c.first === e.end + 2 && ctx.words[e.end + 1] === "the"),
    );
    if (by && by.type !== "event") return by.entity;
    return "";
  }
  return undefined;
}

/** Whether the object of `actor`'s attack verb is one of `event`'s attackers ("killed the gunman"). */
function stopsAttackers(ctx: SentenceContext, actor: Chunk, event: string): boolean {
  const { words, graph } = ctx;
  let k = actor.end + 1;
  if (words[k] === "dead") k++;
  const object = ctx.chunks.find(
    (c) => c.first >= k && c.first <= k + 3 && (c.type === "person" || c.type === "group"),
  );
  if (!object) return false;
  const target = graph.get(object.entity);
  if (!target) return false;
  return (
    graph.perpetratorsOf(event).includes(target.key) ||
    [...target.descriptors].some((d) => ATTACKER_DESCRIPTIONS.has(d)) ||
    target.name.endsWith(" attackers")
  );
}

/** Verbs by which an actor brings an event to an end ("ending a siege", "ended the standoff"). */
const ENDING = new Set(["ending", "ended", "end", "ends", "broke", "breaking", "lifted", "lifting"]);

/** Whether `actor` is said to end `event` in its own clause ("X stormed the theatre, ending the siege"). */
function ends(ctx: SentenceContext, actor: Chunk, event: string): boolean {
  const cue = ctx.eventCues.find((e) => e.entity === event && e.at > actor.end);
  if (!cue) return false;
  const between = ctx.words.slice(actor.end, cue.at);
  return between.some((w) => ENDING.has(w)) && !between.includes(";");
}

/** Words that close the clause of an attack verb ("…, killing 14, a day after a blast …"). */
const CLAUSE_CLOSERS = new Set([",", ";", "after", "before", "since", "while", "when", "and"]);

/**
 * A sentence that speaks of two events still says who carried out the one whose clause is the
 * actor's own: "A suicide bomber struck a trolleybus in Volgograd …, a day after a blast at the
 * railway station killed 17": the bomber is the subject of the verb that names the trolleybus attack,
 * and the only event of his clause.
 */
function linkOwnClauses(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  for (const c of ctx.chunks) {
    if (c.kind !== "description" && c.kind !== "group") continue;
    let verb = c.end;
    while (["had", "has", "have", "then", "later", "also"].includes(words[verb] ?? "")) verb++;
    if (!ATTACK_VERBS.has(words[verb] ?? "") && !(words[verb] === "opened" && words[verb + 1] === "fire"))
      continue;
    let end = verb + 1;
    while (end < words.length && !CLAUSE_CLOSERS.has(words[end]!)) end++;
    const own = [...new Set(ctx.eventCues.filter((e) => e.at >= verb && e.at < end).map((e) => e.entity))];
    if (own.length !== 1) continue;
    const actor = graph.get(c.entity);
    if (!actor || graph.has(actor.key, "perpetrated")) continue;
    const perpetrator =
      c.kind === "group"
        ? actor.type === "group"
        : [...actor.descriptors].some((d) => ATTACKER_DESCRIPTIONS.has(d));
    if (perpetrator) emit(ctx, { subject: actor.key, predicate: "perpetrated", object: own[0]! }, verb);
  }
}

/** Whether the sentence names a facility that is not where `event` took place. */
function elsewhere(ctx: SentenceContext, event: string): boolean {
  const sites = ctx.graph
    .byPredicate("occurred_at")
    .filter((s) => s.subject === event)
    .map((s) => s.object);
  if (sites.length === 0) return false;
  return ctx.chunks.some(
    (c) => c.type === "facility" && (c.kind === "name" || c.kind === "site") && !sites.includes(c.entity),
  );
}

const CLAUSE_PLACE_LINKS = new Set(["at", "in", "on", "near", "outside"]);

/**
 * An attack a report never placed ("told reporters after the attack …") is placed and dated by a
 * clause of its perpetrator's: "the gunman, who killed holidaymakers on the beach at Port El
 * Kantaoui on 26 June, …" — the first place after the attack verb, within the clause, and the date
 * written there.
 */
function placeByClause(ctx: SentenceContext, actor: Chunk, eventKey: string): void {
  const { words, graph } = ctx;
  const event = graph.get(eventKey);
  if (!event || event.place) return;
  let k = actor.end;
  if (words[k] === ",") k++;
  if (words[k] === "who") k++;
  if (!ATTACK_VERBS.has(words[k] ?? "")) return;
  const verb = k;
  const stop = words.findIndex(
    (w, i) => i > verb && (w === "," || w === ";" || w === "before" || w === "after"),
  );
  const end = stop < 0 ? words.length : stop;
  const place = ctx.chunks
    .filter(
      (c) =>
        c.first > verb &&
        c.end <= end &&
        (c.type === "facility" || c.type === "location") &&
        (c.kind === "name" || c.kind === "site") &&
        CLAUSE_PLACE_LINKS.has(
          words[c.first - 1] === "the" ? (words[c.first - 2] ?? "") : (words[c.first - 1] ?? ""),
        ),
    )
    .sort((a, b) => a.first - b.first || b.end - a.end)[0];
  if (!place) return;
  const named = graph.get(place.anchor ?? place.entity);
  if (!named) return;
  graph.rename(event, `${canonicalPlace(named.name)} ${event.name}`);
  event.place = canonicalPlace(named.name);
  emit(ctx, { subject: event.key, predicate: "occurred_at", object: place.entity }, verb);
  const from = ctx.tokens[verb]!.start;
  const until = ctx.tokens[end - 1]!.end;
  const date = ctx.dates.find((d) => d.start >= from && d.end <= until);
  if (date)
    emit(ctx, { subject: event.key, predicate: "occurred_on", value: date.value, time: date.time }, verb);
}

/**
 * Who carried out an attack on a site attacked the site: "Two gunmen killed 20 tourists … in an
 * attack on the Bardo National Museum" gives attacked(Two gunmen → Bardo National Museum). Only when
 * the sentence itself states both the perpetrator, as the subject of an attack verb, and the site,
 * so the evidence shows both; a town
 * is where an attack happened, not what it targeted, so only facilities count.
 */
export function attackSites(ctx: SentenceContext): void {
  const { graph } = ctx;
  const here = graph.inSentence(ctx.sentence.index);
  // "X, the man suspected of the shooting at …, after he opened fire on officers": a suspect's other
  // act is not the attack on the site.
  if (accuses(ctx)) return;
  for (const p of here) {
    if (p.predicate !== "perpetrated" || !p.object) continue;
    // The physical attacker only: the actor is the subject of an attack verb ("A gunman killed …"),
    // not a planner ("one of the planners of the attack") or a suspect.
    const actor = ctx.chunks.find(
      (c) =>
        c.entity === p.subject && (ATTACK_VERBS.has(ctx.words[c.end] ?? "") || ctx.words[c.end] === "opened"),
    );
    if (!actor) continue;
    for (const o of here) {
      if (o.predicate !== "occurred_at" || o.subject !== p.object || !o.object) continue;
      if (graph.get(o.object)?.type !== "facility") continue;
      emit(ctx, { subject: p.subject, predicate: "attacked", object: o.object }, actor.first);
    }
  }
}

/** A group the sentence's claimant calls its own ("its fighters"), in a sentence that makes a claim. */
function ownedByClaimant(ctx: SentenceContext, c: Chunk): boolean {
  const owner = ctx.words[c.first - 1];
  if (owner !== "its" && owner !== "their") return false;
  return ctx.graph.inSentence(ctx.sentence.index).some((s) => s.predicate === "claimed_responsibility_for");
}
