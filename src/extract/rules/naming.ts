import { bareAge } from "./appositives.js";
import { resolveClaims } from "./claims.js";
import { ageOf } from "./descriptions.js";
import type { DocumentEntity, DocumentGraph } from "./document-graph.js";
import { isBackground } from "./event-places.js";
import { ATTACKER_DESCRIPTIONS, MEMBER_ORDINALS } from "./lexicon.js";
import { personNamedAt } from "./person-retyping.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";

/** Verbs by which authorities put a name to someone: "named the attacker as …", "identified … as". */
const NAMING_VERBS = new Set(["named", "name", "names", "identified", "identify", "identifies"]);
/** How far "as" may follow the naming verb ("named by the authorities on Thursday as …"). */
const AS_REACH = 8;
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, pair: 2, both: 2 };
/** A plural subject that a naming sentence may start with: "The two men …", "The pair …". */
const PLURAL_SUBJECT = /^(?:men|gunmen|attackers|assailants|militants|suspects|pair|brothers|bombers)$/;

const COPULAS = new Set(["was", "were", "is", "are"]);

/** Verbs of saying that may open a sentence before its subject: "Police said the gunman was …". */
const SAYING = new Set(["said", "say", "says", "believe", "believed"]);

/**
 * Whether the sentence opens with a description or group that reaches up to token `v` unbroken by a
 * clause, or a short source and a verb of saying come first ("Police said the gunman was X", "Officials
 * say that the attacker was X").
 */
function opensWithDescription(ctx: SentenceContext, v: number): boolean {
  const { words } = ctx;
  const first = ctx.chunks
    .filter((c) => (c.kind === "description" || c.kind === "group") && c.end <= v)
    .sort((a, b) => a.first - b.first)[0];
  if (!first) return false;
  let start = first.first - (words[first.first - 1] === "the" ? 1 : 0);
  if (words[start - 1] === "that") start--;
  const reported =
    start >= 2 && start <= 4 && SAYING.has(words[start - 1]!) && !words.slice(0, start).includes(",");
  if (first.first > 2 && !reported) return false;
  return !words.slice(first.end, v).some((w) => w === "," || w === "said" || w === "that");
}

/** How far "as" may follow a described object with a relative clause ("named the man who drove … as X"). */
const CLAUSE_AS_REACH = 30;

/**
 * The "as" of a naming verb at `v`: within a few words, or after the relative clause of a description
 * the verb takes as its object ("named the third attacker who killed eight people in … as X"), which
 * may be long. Returns -1 when there is none.
 */
function asAfter(ctx: SentenceContext, v: number): number {
  const { words } = ctx;
  const as = words.indexOf("as", v + 1);
  if (as >= 0 && as - v <= AS_REACH) return as;
  const object = ctx.chunks.find(
    (c) => c.kind === "description" && c.type === "person" && c.first > v && c.first <= v + 3,
  );
  if (!object || words[object.end] !== "who") return -1;
  const far = words.findIndex((w, k) => k > object.end && w === "as");
  if (far < 0 || far - v > CLAUSE_AS_REACH || words.slice(object.end, far).includes(";")) return -1;
  return far;
}

/** Pronouns that may stand for the person named: "Police named him as …", "He was identified as …". */
const PRONOUN_OBJECTS = new Set(["him", "her", "he", "she"]);
const FEMALE_PRONOUNS = new Set(["her", "she"]);

/** Whether a pronoun may stand for a described person: "she" for "a woman", "he" for anyone else. */
function sexAgrees(person: DocumentEntity, pronoun: string): boolean {
  const female = person.descriptors.has("woman");
  return FEMALE_PRONOUNS.has(pronoun) === female;
}

/**
 * The report's one unnamed attacker ("A man drove a truck into …", "a suicide bomber"), if the
 * pronoun agrees with it; with two or none, nobody.
 */
function describedAttacker(graph: DocumentGraph, pronoun: string): DocumentEntity | undefined {
  const unnamed = graph.entities.filter(
    (e) => e.type === "person" && e.described && [...e.descriptors].some((d) => ATTACKER_DESCRIPTIONS.has(d)),
  );
  return unnamed.length === 1 && sexAgrees(unnamed[0]!, pronoun) ? unnamed[0] : undefined;
}

/** Nouns for an unnamed victim the report may bring in after the attacker: "shot a man dead". */
const VICTIM_NOUNS =
  /\b(?:a|an)\s+(?:[a-z0-9-]+\s+)?(?:man|woman|boy|girl|policeman|policewoman|officer|soldier|guard|tourist|priest|passer-by)\b(?!\s+(?:opened|blew|drove|rammed|ploughed|plowed|stabbed|detonated|who))/gi;

/**
 * Whether the pronoun at `k` may stand for someone other than the unnamed attacker: a person named
 * before it who holds no post and is no description (the most salient, as anaphora resolved it), or
 * an unnamed victim the report brought in ("A gunman shot a man dead … Police named him as …").
 */
function otherReferent(ctx: SentenceContext, k: number): boolean {
  const resolved = ctx.chunks.find((c) => c.first === k && c.type === "person");
  const person = resolved && ctx.graph.get(resolved.entity);
  if (person && !person.described && !person.official) return true;
  const before = ctx.text.slice(0, ctx.sentence.start);
  return [...before.matchAll(VICTIM_NOUNS)].length > 0;
}

/** Whether token `k` is a demonym before a person's name: "as Tunisian-born X", "as Tunisian X". */
function demonymBefore(ctx: SentenceContext, k: number): boolean {
  const token = ctx.tokens[k]?.text ?? "";
  if (!/^\p{Lu}\p{Ll}+(?:-born)?$/u.test(token)) return false;
  if (ctx.chunks.some((c) => c.kind === "name" && c.type === "person" && c.first === k)) return false;
  return ctx.chunks.some((c) => c.kind === "name" && c.first === k + 1);
}

/** The described person is the named one: his mentions and statements move over, with the age named with him. */
function putName(
  ctx: SentenceContext,
  from: DocumentEntity,
  into: DocumentEntity,
  age: number | undefined,
  at: number,
): void {
  ctx.graph.merge(from, into);
  for (const c of ctx.chunks) if (c.entity === from.key) c.entity = into.key;
  if (age !== undefined) emit(ctx, { subject: into.key, predicate: "age", value: age }, at);
}

/** Names put to a plural subject the sentence has no group entity for, resolved at the document's end. */
export interface PendingNaming {
  persons: string[];
  count: number | undefined;
  /** The naming sentence, whose stance grades the statements. */
  ctx: SentenceContext;
  trigger: number;
}

/** The person names at `at` and coordinated after it: "Yassine Labidi and Saber Khachnaoui". */
function namesFrom(ctx: SentenceContext, at: number): Chunk[] {
  const out: Chunk[] = [];
  let k = at;
  for (;;) {
    const c = ctx.chunks.find((x) => x.kind === "name" && x.type === "person" && x.first === k);
    if (!c) break;
    out.push(c);
    const link = ctx.words[c.end];
    if (link === "and" || link === ",") k = c.end + 1 + (ctx.words[c.end + 1] === "and" ? 1 : 0);
    else break;
  }
  return out;
}

/** Every member of a group carried out what the group carried out. */
function joinGroup(ctx: SentenceContext, group: string, persons: readonly string[], trigger: number): void {
  for (const p of persons) {
    emit(ctx, { subject: p, predicate: "member_of", object: group }, trigger);
    for (const event of ctx.graph.perpetratedBy(group))
      emit(ctx, { subject: p, predicate: "perpetrated", object: event }, trigger);
  }
}

/** The person names of a list at `at`, each with its bare age: "A, 30, B, 22, and C, 18,". */
function listedNames(ctx: SentenceContext, at: number): Chunk[] {
  const { words } = ctx;
  const out: Chunk[] = [];
  let k = at;
  for (;;) {
    if (words[k] === "and") k++;
    const c = ctx.chunks.find((x) => x.kind === "name" && x.type === "person" && x.first === k);
    if (!c) break;
    out.push(c);
    k = c.end;
    if (words[k] === "," && bareAge(words, k + 1) !== undefined) k += 2;
    if (words[k] === "," || words[k] === "and") k++;
    else break;
  }
  return out;
}

/**
 * Members picked out of a group named in an earlier sentence: "Three of them, A, B and C, came from
 * …" and "The fourth, D, …" (an ordinal opening the sentence) are members of the report's latest
 * group.
 */
function addPartitiveMembers(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  // "The two gunmen, Yassine Labidi and Saber Khachnaoui, are …": names in apposition to a group.
  for (const g of ctx.chunks.filter((c) => c.kind === "group" && words[c.end] === ",")) {
    const names = listedNames(ctx, g.end + 1);
    const size = COUNTS[words[g.first] === "the" ? words[g.first + 1]! : words[g.first]!];
    if (names.length < 2 || (size !== undefined && size !== names.length)) continue;
    for (const n of names)
      emit(ctx, { subject: n.entity, predicate: "member_of", object: g.entity }, n.first);
  }
  let k = words[0] === "the" ? 1 : 0;
  const ordinal = MEMBER_ORDINALS.has(words[k] ?? "");
  const partitive = COUNTS[words[k] ?? ""] !== undefined && words[k + 1] === "of" && words[k + 2] === "them";
  if (!ordinal && !partitive) return;
  k += ordinal ? 1 : 3;
  if (words[k] !== ",") return;
  const names = listedNames(ctx, k + 1);
  if (names.length === 0 || (partitive && names.length !== COUNTS[words[k - 3]!])) return;
  const group = graph.latest("group", (g) => g.lastSentence < ctx.sentence.index);
  if (!group) return;
  // "Three of them" cannot be picked out of "the two men".
  const size = COUNTS[group.name.toLowerCase().split(" ")[0]!];
  if (size !== undefined && names.length >= size + (partitive ? 1 : 0)) return;
  for (const n of names) emit(ctx, { subject: n.entity, predicate: "member_of", object: group.key }, n.first);
}

/**
 * Names put to descriptions: "The authorities named the attacker as Seifeddine Rezgui" makes the
 * attacker that man (the description's mentions and statements move to him); "The two men shot dead
 * … were named by the authorities as Yassine Labidi and Saber Khachnaoui" makes them members of the
 * attackers' group, and perpetrators of what the group carried out. A plural subject the sentence
 * holds no group for is returned, to be tied to the report's one group of attackers at its end.
 */
export function addNamings(ctx: SentenceContext): PendingNaming | undefined {
  const { words, graph } = ctx;
  addPartitiveMembers(ctx);
  for (let v = 0; v < words.length; v++) {
    // "The two gunmen killed at the Bardo museum on Wednesday were Yassine Labidi and Saber
    // Khachnaoui": the sentence's subject is a description or group, the copula puts names to it.
    const copula = COPULAS.has(words[v]!) && opensWithDescription(ctx, v);
    if (!NAMING_VERBS.has(words[v]!) && !copula) continue;
    const as = copula ? v : asAfter(ctx, v);
    if (as < 0) continue;
    // "named … as 22-year-old Mevlüt Mert Altıntaş", "as Tunisian-born X": an age or a demonym first.
    const age = ageOf(words[as + 1] ?? "");
    // "The shooter was 18-year-old X": after a copula too, when a name follows the age.
    const agedName = age !== undefined && (!copula || namesFrom(ctx, as + 2).length > 0);
    let at = as + 1 + (agedName ? 1 : 0);
    if (!copula && demonymBefore(ctx, at)) at++;
    // "named the attacker as X": the description sits between the verb and "as".
    const between = ctx.chunks.find(
      (c) => (c.kind === "description" || c.kind === "group") && c.first > v && c.end <= as,
    );
    // "The two men … were named as X and Y": the subject opens the sentence.
    const before = ctx.chunks.find((c) => (c.kind === "description" || c.kind === "group") && c.end <= v);
    const named = between ?? before;
    // "Police named him as X", "identified her as X": the pronoun is the report's one unnamed attacker.
    const pronoun = PRONOUN_OBJECTS.has(words[v + 1] ?? "") && !copula;
    if (!copula && (pronoun || (named?.kind === "description" && named.type === "person")))
      personNamedAt(ctx, at);
    const names = namesFrom(ctx, at);
    if (names.length === 0) continue;
    const persons = names.map((n) => n.entity);
    const attacker =
      pronoun && !otherReferent(ctx, v + 1) ? describedAttacker(graph, words[v + 1]!) : undefined;
    if (pronoun && persons.length === 1) {
      const into = graph.get(persons[0]!);
      if (attacker && into) {
        putName(ctx, attacker, into, age, as + 1);
        return undefined;
      }
    }
    if (named?.kind === "description" && persons.length === 1) {
      const from = graph.get(named.entity);
      const into = graph.get(persons[0]!);
      // "She was identified as X" after "a gunman … killing a woman": no pronoun of the other sex.
      const clash =
        PRONOUN_OBJECTS.has(words[named.first] ?? "") && from && !sexAgrees(from, words[named.first]!);
      if (from?.described && into && !clash) putName(ctx, from, into, age, as + 1);
      return undefined;
    }
    if (named?.kind === "group") {
      joinGroup(ctx, named.entity, persons, v);
      return undefined;
    }
    const opening = words.slice(0, Math.min(v, 4));
    const head = opening.findIndex((w) => PLURAL_SUBJECT.test(w));
    if (persons.length > 1 && head >= 0) {
      const count = opening.map((w) => COUNTS[w]).find((n) => n !== undefined);
      return { persons, count, ctx, trigger: v };
    }
  }
  return undefined;
}

/**
 * Ties names put to a plural subject ("The two men … were named as …") to the report's group of
 * attackers, when it has exactly one and its size, if given, fits.
 */
export function resolvePendingNamings(graph: DocumentGraph, pending: readonly PendingNaming[]): void {
  if (pending.length === 0) return;
  const groups = graph.entities.filter((e) => e.type === "group" && graph.perpetratedBy(e.key).length > 0);
  if (groups.length !== 1) return;
  for (const p of pending) {
    if (p.count !== undefined && p.count !== p.persons.length) continue;
    joinGroup(p.ctx, groups[0]!.key, p.persons, p.trigger);
  }
}

/**
 * At the end of a report: the members of a group of attackers carried out what the group carried
 * out, on the evidence (and with the credibility) of the sentence that named them. A group named in
 * a report that speaks of one attack only, and tied to none, carried that attack out ("The two
 * gunmen killed at the Bardo museum … were …" before "the attack" is first written).
 */
export function membersCarryOut(graph: DocumentGraph): void {
  const events = graph.entities.filter((e) => e.type === "event" && !e.provisional);
  for (const m of graph.byPredicate("member_of")) {
    const group = m.object === undefined ? undefined : graph.get(m.object);
    if (group?.type !== "group") continue;
    let carried = graph.perpetratedBy(group.key);
    if (carried.length === 0 && events.length === 1 && graph.perpetratorsOf(events[0]!.key).length === 0) {
      graph.statement({ ...m, subject: group.key, predicate: "perpetrated", object: events[0]!.key });
      carried = [events[0]!.key];
    }
    for (const event of carried) graph.statement({ ...m, predicate: "perpetrated", object: event });
  }
  describedAttackersCarryOut(graph);
  resolveClaims(graph);
}

/**
 * An unnamed attacker introduced before the report names its one event ("A man drove a truck into
 * crowds …" … "No group has said it was behind the truck attack") carried that event out, on the
 * evidence of the sentence that described him. With two events or more (background ones aside), or an
 * event someone else already carried out, nobody is linked.
 */
function describedAttackersCarryOut(graph: DocumentGraph): void {
  // Background events (an arrest, a police operation, a past attack) are not the one the attacker
  // was described carrying out: "… Roof was arrested on Thursday" leaves the rampage the only one.
  const events = graph.entities.filter((e) => e.type === "event" && !isBackground(e));
  // An event someone already carried out keeps its perpetrators ("… at the same time as the two men
  // who attacked the Bardo Museum": the gunman beside them is not one).
  if (events.length !== 1 || graph.perpetratorsOf(events[0]!.key).length > 0) return;
  for (const person of graph.entities) {
    if (person.type !== "person" || graph.perpetratedBy(person.key).length > 0) continue;
    if (![...person.descriptors].some((d) => ATTACKER_DESCRIPTIONS.has(d))) continue;
    if (!person.described && !graph.has(person.key, "age")) continue;
    graph.statement({
      subject: person.key,
      predicate: "perpetrated",
      object: events[0]!.key,
      credibility: 2,
      sentence: person.firstSentence,
    });
  }
}
