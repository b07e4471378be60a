import type { EntityType } from "../../model/entity-types.js";
import type { DocumentEntity } from "./document-graph.js";
import { placeAfter } from "./event-cues.js";
import { BACKGROUND } from "./event-places.js";
import { FORCE_BODY_HEADS, FORCE_MEMBER_MODIFIERS, FORCE_MEMBER_NOUNS } from "./lexicon.js";
import { isDemonym } from "./place-gazetteer.js";
import {
  type Chunk,
  chunkAfter,
  chunkBefore,
  emit,
  matchesAt,
  type SentenceContext,
} from "./sentence-context.js";

const ARTICLES = new Set(["the", "a", "an"]);
const SAYING = new Set(["say", "says", "said"]);
const AUXILIARIES = new Set(["have", "has", "had", "then", "later", "also", "eventually"]);
const PASSIVE = new Set(["was", "were"]);
/** Passive verbs by which a force kills or stops someone, and whether the person died. */
const PASSIVE_STOPS: readonly { words: string[]; dead: boolean }[] = [
  { words: ["shot", "dead"], dead: true },
  { words: ["shot", "and", "killed"], dead: true },
  { words: ["gunned", "down"], dead: true },
  { words: ["killed"], dead: true },
  { words: ["shot"], dead: false },
];
/** Words after which a date belongs to another clause ("ending a siege that began on Friday"). */
const DATE_STOPS = new Set([
  "told",
  ";",
  "after",
  "before",
  "that",
  "which",
  "who",
  "when",
  "ending",
  "since",
]);
/** Words that introduce a date of the act ("on Friday", "early on Friday", "late on Monday"). */
const DATE_LINKS = new Set(["on", "in", "during", "overnight", "last", "yesterday", "today"]);
const PLACE_STOPS = new Set([",", ";", "after", "before", "when", "while", "but", "which", "following"]);
/**
 * Verbs that, right after a comma, resume the main clause an aside interrupted: "the gunman, who … was
 * shot dead by police, had crossed into Libya in January" — January is the crossing's, not the shooting's.
 */
const CLAUSE_RESUMING = new Set(["had", "has", "have", "was", "were", "is", "are", "would", "will", "did"]);

/** Whether a chunk names a security force: "Italian police", "special forces", "armed officers". */
function isForce(ctx: SentenceContext, c: Chunk): boolean {
  if (c.type !== "organization" && c.type !== "person") return false;
  const last = ctx.words[c.end - 1] ?? "";
  return c.type === "organization" ? FORCE_BODY_HEADS.has(last) : FORCE_MEMBER_NOUNS.has(last);
}

/** A force's phrase at token `at`: a chunk the name rules found, or words to make one of. */
function forcePhraseAt(
  ctx: SentenceContext,
  at: number,
): Chunk | { first: number; end: number; type: "person" | "organization" } | undefined {
  const { words, tokens } = ctx;
  const start = ARTICLES.has(words[at] ?? "") ? at + 1 : at;
  const known = ctx.chunks.find((c) => c.first === start && isForce(ctx, c));
  if (known) return known;
  let k = start;
  while (
    k < start + 3 &&
    (FORCE_MEMBER_MODIFIERS.has(words[k] ?? "") ||
      isDemonym(tokens[k]?.text ?? "") ||
      /^\p{Lu}/u.test(tokens[k]?.text ?? ""))
  )
    k++;
  const type = FORCE_MEMBER_NOUNS.get(words[k] ?? "");
  if (!type) return undefined;
  // "RAID commandos": an acronym in front names the unit itself.
  const unit = ctx.chunks.find(
    (c) =>
      c.end === k &&
      c.first >= start &&
      c.type === "organization" &&
      /^\p{Lu}{2,}$/u.test(tokens[c.first]!.text),
  );
  if (unit) return unit;
  if (
    ctx.chunks.some(
      (c) => c.first <= k && start < c.end && c.type !== "location" && c.type !== "organization",
    )
  )
    return undefined;
  return { first: type === "person" && start > at ? at : start, end: k + 1, type };
}

/** Who may be the agent after "by": a force, or a person, organisation or group the sentence names. */
const AGENTS: readonly EntityType[] = ["person", "organization", "group"];

/**
 * The agent of a passive right after its "by" at token `by` ("… by Italian police", "… by an
 * unidentified gunman"): a security force, else the actor chunk within four tokens.
 */
export function agentAfterBy(ctx: SentenceContext, by: number): Chunk | undefined {
  return forceAt(ctx, by + 1) ?? chunkAfter(ctx, by + 1, AGENTS, 4);
}

/**
 * The security force named at token `at` (an article skipped): a force the name rules found
 * ("Italian police"), or the men of one by a common noun ("armed officers", "an armed officer", "RAID
 * commandos" — an acronym in front names the unit itself), added as a provisional entity of the type
 * the annotation guide gives it (dropped unless a statement uses it).
 */
export function forceAt(ctx: SentenceContext, at: number): Chunk | undefined {
  const phrase = forcePhraseAt(ctx, at);
  if (!phrase || "entity" in phrase) return phrase;
  const { tokens, text, graph } = ctx;
  const { first, end, type } = phrase;
  const name = text.slice(tokens[first]!.start, tokens[end - 1]!.end).replace(/\s+/g, " ");
  const force = graph.entity(type as EntityType, name, ctx.sentence.index, true);
  const label = type === "person" ? "PER" : "ORG";
  graph.mention(force, text, tokens[first]!.start, tokens[end - 1]!.end, label, ctx.sentence.index, true);
  const chunk: Chunk = { first, end, entity: force.key, type, nominal: true, kind: "name" };
  ctx.chunks.push(chunk);
  return chunk;
}

/** The force that acts at token `verb`: its subject, or the force that says "they" did ("police say they shot …"). */
export function actingForce(ctx: SentenceContext, verb: number): Chunk | undefined {
  const { words } = ctx;
  let k = verb - 1;
  while (k > 0 && AUXILIARIES.has(words[k]!)) k--;
  if (words[k] === "they" && SAYING.has(words[k - 1] ?? "")) k--;
  else if (words[k] === "who") k++;
  else k++;
  for (let s = Math.max(0, k - 5); s < k; s++) if (forcePhraseAt(ctx, s)?.end === k) return forceAt(ctx, s);
  return undefined;
}

/**
 * A force's act is named an operation ("Italian police operation", "Dubrovka theatre operation"), a kind
 * of event that "the attack" later in the report does not take for the attack (`events.ts`).
 */
function operationName(ctx: SentenceContext, force: Chunk): string {
  return `${ctx.graph.get(force.entity)!.name.replace(/^(?:the|an?) /i, "")} operation`;
}

/**
 * A force's act as an event of its own, told in the sentence at tokens [first, end): carried out by
 * the force, placed where the clause says. It is kept out of the figures and references meant for the
 * attack (`BACKGROUND`), as an operation is not the attack it ends.
 */
function forceEvent(
  ctx: SentenceContext,
  name: string,
  force: Chunk,
  first: number,
  end: number,
  existing?: string,
): DocumentEntity {
  const { graph, tokens, text } = ctx;
  const event = existing ? graph.get(existing)! : graph.entity("event", name, ctx.sentence.index);
  if (!existing) {
    BACKGROUND.add(event);
    graph.mention(event, text, tokens[first]!.start, tokens[end - 1]!.end, "EVENT", ctx.sentence.index, true);
    ctx.chunks.push({ first, end, entity: event.key, type: "event", nominal: true, kind: "event" });
    ctx.eventCues.push({ entity: event.key, at: first });
  }
  emit(ctx, { subject: force.entity, predicate: "perpetrated", object: event.key }, first);
  if (!existing) dateOperation(ctx, event, end);
  return event;
}

/**
 * Dates an operation from the first date after its verb in the clause ("… by police in Y early on
 * Friday"), as `dateEvents` does for the events it sees (it leaves background events alone). A date
 * after a saying verb dates the saying.
 */
function dateOperation(ctx: SentenceContext, event: DocumentEntity, from: number): void {
  const { words, tokens } = ctx;
  for (const date of ctx.dates) {
    const at = tokens.findIndex((t) => t.start >= date.start);
    if (at < from) continue;
    const between = words.slice(from, at);
    if (between.some((w) => SAYING.has(w) || DATE_STOPS.has(w))) return;
    if (between.some((w, i) => w === "," && CLAUSE_RESUMING.has(between[i + 1] ?? ""))) return;
    if (!DATE_LINKS.has(words[at - 1] ?? "") && !DATE_LINKS.has(words[at] ?? "")) continue;
    emit(ctx, { subject: event.key, predicate: "occurred_on", value: date.value, time: date.time }, at);
    return;
  }
}

/** Whether the sentence already gives the force an event of its own ("killing of X" from `addImplicitEvents`). */
function actsHere(ctx: SentenceContext, force: Chunk): boolean {
  return ctx.graph.perpetratedBy(force.entity).some((e) => ctx.eventCues.some((c) => c.entity === e));
}

/**
 * "X was shot dead by police in Y", "X was shot dead by gendarmes": a force's act, whoever X is. An
 * attacker stopped, a suspect cornered ("named by police as the chief suspect … was shot dead by
 * gendarmes") or a bystander: the force carried out the shooting either way.
 */
function passiveStops(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  for (let i = 1; i < words.length; i++) {
    if (!PASSIVE.has(words[i - 1]!)) continue;
    const stop = PASSIVE_STOPS.find((s) => matchesAt(words, i, s.words));
    if (!stop) continue;
    const end = i + stop.words.length;
    const by = words.slice(end, end + 4).indexOf("by");
    if (by < 0) continue;
    const force = forceAt(ctx, end + by + 1);
    if (!force || actsHere(ctx, force)) continue;
    const victim = chunkBefore(ctx, i - 1, ["person", "group"]);
    const who = victim && graph.get(victim.entity);
    if (!who) continue;
    const event = forceEvent(ctx, operationName(ctx, force), force, i, end);
    if (stop.dead && who.type === "person")
      emit(ctx, { subject: event.key, predicate: "killed", value: 1, bound: "exact" }, i);
    placeStop(ctx, event, force);
  }
}

/** Where a force's act happened: "in the grounds of X", or the site it stormed ("police who stormed the club"). */
function placeStop(ctx: SentenceContext, event: DocumentEntity, force: Chunk): void {
  const { words, graph } = ctx;
  let at = force.end;
  if (words[at] === "who" && words[at + 1] === "stormed") {
    const site = chunkAfter(ctx, at + 2, ["facility"], 3);
    if (site) {
      emit(ctx, { subject: event.key, predicate: "occurred_at", object: site.entity }, at + 1);
      if (!graph.has(force.entity, "attacked", site.entity))
        emit(ctx, { subject: force.entity, predicate: "attacked", object: site.entity }, at + 1);
      return;
    }
    at += 2;
  }
  const place = placeAfter(ctx, at, 10, PLACE_STOPS);
  if (place) emit(ctx, { subject: event.key, predicate: "occurred_at", object: place.entity }, force.end);
}

/**
 * "Police shot dead X", "police say they shot dead X in a raid on …", "armed officers shot X dead":
 * a force's shooting of someone, the raid it names if the sentence names one.
 */
function activeStops(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  for (let i = 1; i < words.length; i++) {
    if (words[i] !== "shot" || PASSIVE.has(words[i - 1]!)) continue;
    const force = actingForce(ctx, i);
    if (!force) continue;
    let k = i + 1;
    if (words[k] === "dead") k++;
    else if (words[k] === "and" && words[k + 1] === "killed") k += 2;
    const victim = ctx.chunks.find(
      (c) =>
        (c.type === "person" || c.type === "group") && c.first >= k && c.first <= k + 1 && !isForce(ctx, c),
    );
    if (!victim) continue;
    const dead = k > i + 1 || words[victim.end] === "dead";
    const who = graph.get(victim.entity)!;
    const raid = ctx.chunks.find(
      (c) =>
        c.kind === "event" &&
        c.first > victim.end &&
        words.slice(c.first, c.end).some((w) => /^raids?$/.test(w)),
    );
    const event = forceEvent(ctx, operationName(ctx, force), force, i, k, raid?.entity);
    if (!raid && dead && who.type === "person")
      emit(ctx, { subject: event.key, predicate: "killed", value: 1, bound: "exact" }, i);
    if (!raid) placeStop(ctx, event, { ...force, end: victim.end });
  }
}

/**
 * "Special forces stormed the theatre, ending the siege": the storming is an event of its own, which
 * the force carried out at the site, beside the siege it ended. A sentence that tells of no other
 * event is `addImplicitEvents`' ("Rebel fighters stormed the compound").
 */
function stormings(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  for (let i = 1; i < words.length; i++) {
    if (words[i] !== "stormed") continue;
    const force = actingForce(ctx, i);
    if (!force || words[force.end] === "who") continue;
    if (actsHere(ctx, force)) continue;
    const site = chunkAfter(ctx, i + 1, ["facility"], 3);
    if (!site) continue;
    const named = graph.get(site.entity)!;
    const event = forceEvent(ctx, `${named.name.replace(/^the /i, "")} operation`, force, i, i + 1);
    emit(ctx, { subject: event.key, predicate: "occurred_at", object: site.entity }, i);
    if (!graph.has(force.entity, "attacked", site.entity))
      emit(ctx, { subject: force.entity, predicate: "attacked", object: site.entity }, i);
  }
}

/** "Police detained 14 people in raids across the country": raids a force carried out. */
function raids(ctx: SentenceContext): void {
  const { words, tokens, text } = ctx;
  for (let i = 2; i < words.length; i++) {
    if (words[i] !== "raids" && words[i] !== "raid") continue;
    let k = i - 1;
    if (words[k] === "police" || words[k] === "security") k--;
    if (ARTICLES.has(words[k]!)) k--;
    if (words[k] !== "in") continue;
    const verb = words.slice(0, k).findLastIndex((w) => /ed$/.test(w));
    if (verb < 0) continue;
    const force = actingForce(ctx, verb);
    if (!force) continue;
    const own = ctx.chunks.find((c) => c.kind === "event" && c.first <= i && i < c.end);
    if (own) {
      emit(ctx, { subject: force.entity, predicate: "perpetrated", object: own.entity }, i);
      continue;
    }
    // "raids across the country": the head and its place phrase, up to a date or the clause's end.
    let end = i + 1;
    if (["across", "in", "on", "around", "throughout"].includes(words[end] ?? "")) {
      end++;
      while (
        end < words.length &&
        end - i <= 5 &&
        !PLACE_STOPS.has(words[end]!) &&
        words[end] !== "on" &&
        words[end] !== "."
      )
        end++;
    }
    const name = text.slice(tokens[i]!.start, tokens[end - 1]!.end);
    forceEvent(ctx, name, force, i, end);
  }
}

/**
 * What security forces did as events of their own, as the annotation guide counts them: "X was shot
 * dead by police in Y" (an attacker stopped: the force's shooting, one dead, placed and dated by the
 * clause), "police say they shot dead X in a raid on …", "special forces stormed the theatre, ending
 * the siege", "police detained 14 people in raids across the country". The force carried the event
 * out; it attacked only a site it stormed. Runs after the sentence's perpetrators are linked, so the
 * force's event never takes the attackers, and before the events are dated.
 */
export function addForceActions(ctx: SentenceContext): void {
  passiveStops(ctx);
  activeStops(ctx);
  stormings(ctx);
  raids(ctx);
}
