import type { DocumentEntity } from "./document-graph.js";
import { ATTACKER_DESCRIPTIONS, MORE_PERSON_DESCRIPTIONS, PERSON_DESCRIPTIONS } from "./lexicon.js";
import { wordValue } from "./numbers.js";
import { ATTACK_VERBS } from "./patterns.js";
import { personNamedAt } from "./person-retyping.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";

const AGE = /^([a-z0-9]+(?:-[a-z]+)?)-year-old$/;
/** The age in an "N-year-old" token, or undefined. */
export function ageOf(word: string): number | undefined {
  const m = AGE.exec(word);
  return m ? wordValue(m[1]!) : undefined;
}

/** Words that may stand between the article and the head of a description ("an unidentified gunman"). */
const DESCRIPTION_MODIFIERS = new Set([
  "lone",
  "unidentified",
  "suicide",
  "suspected",
  "second",
  "third",
  "young",
  "white",
  // How he came armed and masked: "a heavily armed gunman", "a masked attacker", "a knife-wielding man".
  "armed",
  "heavily",
  "masked",
  "hooded",
  "knife-wielding",
  "gun-wielding",
  "axe-wielding",
  "far-right",
  "right-wing",
  "teenage",
]);
/** Verbs after which "a gunman" is a predicate, not a new person. */
const PREDICATIVE = new Set([
  "became",
  "become",
  "becomes",
  "becoming",
  "was",
  "is",
  "were",
  "are",
  "been",
  "be",
]);
/** A description followed by one of these is a modifier of another noun ("the student branch"). */
const NOUN_AFTER =
  /^(?:branch|wing|union|unions|group|groups|cell|cells|movement|body|bodies|visa|card|dormitory|protest|protests|leader|leaders)$/;

/** Whether token `k` starts an attacker's act ("opened fire", "blew himself up", "drove a truck into …"). */
export function attackerAct(words: readonly string[], k: number): boolean {
  const w = words[k] ?? "";
  if (w === "opened") return words[k + 1] === "fire";
  if (w === "blew") return words[k + 1] === "himself" || words[k + 1] === "herself";
  if (w === "drove" || w === "rammed" || w === "ploughed" || w === "plowed")
    return words.slice(k + 1, k + 7).includes("into");
  // "shot 13 people", "shot dead nine people": a count of victims, not one person shot by police.
  if (w === "shot") return shotCount(words, k);
  return w === "stabbed" || w === "detonated";
}

/** Whether "shot" at `k` takes a count of victims: "shot 13 people", "shot dead nine worshippers". */
export function shotCount(words: readonly string[], k: number): boolean {
  if (words[k] !== "shot") return false;
  const at = words[k + 1] === "dead" ? k + 2 : k + 1;
  const n = wordValue(words[at] ?? "");
  return n !== undefined && n >= 2;
}

/** "drove the truck": the vehicle the report already spoke of. */
const DRIVEN = /^the (?:truck|lorry|van|car)$/;
/** Sources set between a description and its act: "the man police say drove the truck". */
const SAY_INSERT =
  /^(?:police|officials|authorities|investigators|prosecutors) (?:say|said|believe|believed)$/;

/** The token of an attacker's act after the head at `head`, past "who" or "police say", or undefined. */
function actAfter(words: readonly string[], head: number): number | undefined {
  let k = head + 1;
  if (words[k] === "who") k++;
  else if (SAY_INSERT.test(words.slice(k, k + 2).join(" "))) k += 2;
  const drove = words[k] === "drove" && DRIVEN.test(words.slice(k + 1, k + 3).join(" "));
  return attackerAct(words, k) || drove ? k : undefined;
}

/** Heads that say no more than "a person": "the man", "the driver" after "A man drove a truck into …". */
const GENERIC_HEADS = new Set(["man", "woman", "driver"]);
/** Words after a generic head that make it a victim: "the man killed", "the woman who died". */
const VICTIM_AFTER = /^(?:killed|wounded|injured|hurt|shot|stabbed|dead|who (?:died|was|were|had))/;

/** Words that end a relative clause on a description ("the man who drove … in Nice was …"). */
const CLAUSE_ENDS = new Set([",", ";", ".", "was", "were", "is", "had", "has", "appears", "said", "and"]);

/**
 * The end (exclusive) of a relative clause of an attacker's act on the head at `head` ("the man who
 * drove a truck into the crowd in Nice last Thursday was …" ends before the date), or undefined.
 */
function actClauseEnd(ctx: SentenceContext, head: number): number | undefined {
  const { words, tokens } = ctx;
  if (words[head + 1] !== "who") return undefined;
  const verb = head + 2;
  // "the man who shot dead nine people in Hanau": shooting dead is an attacker's act too.
  const shotDead = words[verb] === "shot" && words[verb + 1] === "dead";
  if (!attackerAct(words, verb) && !ATTACK_VERBS.has(words[verb] ?? "") && !shotDead) return undefined;
  let end = verb + 1;
  while (end < words.length && !CLAUSE_ENDS.has(words[end]!)) {
    const at = tokens[end]!.start;
    if (ctx.dates.some((d) => d.start === at)) break;
    end++;
  }
  return end;
}

/**
 * The attacker's act that follows a relative clause on the head at `head`, as the main verb: "A man
 * who had pledged allegiance to Islamic State stabbed a police commander …". The clause must be short
 * and unbroken by a comma or a conjunction, or undefined.
 */
function actPastRelative(words: readonly string[], head: number): number | undefined {
  if (words[head + 1] !== "who") return undefined;
  return actWithin(words, head + 3, head + 12, ["but"]);
}

/** The first attacker's act in tokens [from, to), unless a comma, "and", ";" or one of `stops` comes first. */
function actWithin(
  words: readonly string[],
  from: number,
  to: number,
  stops: readonly string[],
): number | undefined {
  for (let k = from; k < Math.min(words.length, to); k++) {
    const w = words[k]!;
    if (w === "," || w === "and" || w === ";" || stops.includes(w)) return undefined;
    if (attackerAct(words, k)) return k;
  }
  return undefined;
}

/** Words that open a short phrase on a head before its verb: "a man in body armour", "a man armed with a knife". */
const MODIFIER_OPENERS = new Set(["in", "with", "armed", "wearing", "carrying", "dressed"]);

/**
 * The attacker's act after a short phrase on the head at `head`: "An 18-year-old man in body armour
 * shot 13 people", "a man armed with a knife stabbed …". At most five words, no comma, or undefined.
 */
function actPastModifier(words: readonly string[], head: number): number | undefined {
  if (!MODIFIER_OPENERS.has(words[head + 1] ?? "")) return undefined;
  return actWithin(words, head + 2, head + 8, ["who"]);
}

/** Nouns that may follow an apposed age: "a 28-year-old man named X". */
const AGED_NOUNS = new Set(["man", "woman", "youth", "resident", "national", "citizen"]);

/**
 * Where the name starts after an attacker's word at `k - 1`: past its comma (", X"), or past an apposed
 * age and "named" (", a 28-year-old named X", ", a 28-year-old man named X").
 */
function pastAgedNaming(words: readonly string[], k: number): number {
  if (words[k] !== ",") return k;
  if ((words[k + 1] === "a" || words[k + 1] === "an") && ageOf(words[k + 2] ?? "") !== undefined) {
    const n = AGED_NOUNS.has(words[k + 3] ?? "") ? k + 4 : k + 3;
    if (words[n] === "named" || (words[n] === "identified" && words[n + 1] === "as"))
      return words[n] === "named" ? n + 1 : n + 2;
  }
  return k + 1;
}

/** Whether the name chunk at `k` is closed as an apposition: "the gunman, X, 50," or "the gunman, X, was". */
function apposedName(words: readonly string[], ctx: SentenceContext, k: number): boolean {
  const chunk = ctx.chunks.find((c) => c.kind === "name" && c.first === k);
  return chunk !== undefined && [",", ".", "(", undefined].includes(words[chunk.end]);
}

/** The person a description refers to, by its head ("gunman") and age, or undefined. */
function antecedent(
  ctx: SentenceContext,
  heads: readonly string[],
  indefinite = false,
  /** The head's token, for what follows it. */
  at = -1,
): DocumentEntity | undefined {
  const { graph } = ctx;
  // "The attacker" after "a gunman": words for a perpetrator all refer to the same perpetrator.
  const attacker = heads.some((h) => ATTACKER_DESCRIPTIONS.has(h));
  // "A suicide bomber" is someone new unless an unnamed one was met before ("a gunman" twice is one
  // man): it never takes up a named attacker ("In November a suicide bomber killed …" after two
  // named gunmen of another attack).
  const described = graph.latest(
    "person",
    (e) =>
      (!indefinite || Boolean(e.described)) &&
      (heads.some((h) => e.descriptors.has(h)) ||
        (attacker && [...e.descriptors].some((d) => ATTACKER_DESCRIPTIONS.has(d)))),
  );
  if (indefinite) return described && !actsElsewhere(ctx, described, heads) ? described : undefined;
  if (described) return described;
  // "The man, a dual citizen …", "the driver" after "A gunman who killed four people …" or "A man
  // drove a truck into …", "The suspect, X," after "A gunman killed 20 people": a head that says
  // only "a person" (or "the suspect") is the report's one unnamed attacker, unless it is a victim
  // ("the man killed").
  const { words } = ctx;
  if (
    at >= 0 &&
    heads.length === 1 &&
    (GENERIC_HEADS.has(heads[0]!) || heads[0] === "suspect") &&
    !VICTIM_AFTER.test(words.slice(at + 1, at + 3).join(" "))
  ) {
    const unnamed = graph.entities.filter(
      (e) =>
        e.type === "person" && e.described && [...e.descriptors].some((d) => ATTACKER_DESCRIPTIONS.has(d)),
    );
    if (unnamed.length === 1 && (heads[0] === "woman") === unnamed[0]!.descriptors.has("woman"))
      return unnamed[0];
  }
  // Otherwise the latest person named before this sentence who holds no post: "the gunman" after
  // "Seifeddine Rezgui opened fire", not after "Rafik Chelli, secretary of state, said".
  // Never the victim: "the gunman" after "Andrei Karlov was shot dead" is his killer, not Karlov.
  const inSentence = new Set(ctx.chunks.map((c) => c.entity));
  return graph.latest(
    "person",
    (e) =>
      !e.official &&
      !e.described &&
      !inSentence.has(e.key) &&
      e.lastSentence < ctx.sentence.index &&
      !(attacker && isVictim(ctx, e)),
  );
}

/**
 * Whether an unnamed attacker met before has already carried out an attack and is not the one a new
 * indefinite description brings in: it describes him by another head ("A suicide bomber struck two
 * mosques in Sanaa" after "A gunman opened fire in a mall in Dayton"), or this sentence speaks only of
 * other events.
 */
function actsElsewhere(ctx: SentenceContext, person: DocumentEntity, heads: readonly string[]): boolean {
  const theirs = ctx.graph.perpetratedBy(person.key);
  if (theirs.length === 0) return false;
  if (!heads.some((h) => person.descriptors.has(h))) return true;
  const here = ctx.chunks.filter((c) => c.type === "event").map((c) => c.entity);
  return here.length > 0 && here.every((e) => !theirs.includes(e));
}

/** Event names that make their "of" phrase the victim: "the killing of Andrei Karlov". */
const VICTIM_EVENT =
  /\b(?:killing|murder|assassination|shooting|stabbing|death|kidnapping|abduction) of (.+)$/i;

/**
 * Whether the report has made `person` a victim: an event is named after him ("the killing of X",
 * also the implicit event of "X was shot dead") or someone attacked him. "X was among the dead" is
 * no sign: reports say it of attackers too ("its leader … was among the dead").
 */
function isVictim(ctx: SentenceContext, person: DocumentEntity): boolean {
  const { graph } = ctx;
  if (graph.entities.some((e) => e.type === "event" && VICTIM_EVENT.exec(e.name)?.[1] === person.name))
    return true;
  return graph.byPredicate("attacked").some((s) => s.object === person.key);
}

/**
 * Descriptions of a person: "the gunman", "the 23-year-old student", "the 23-year-old", and for a
 * perpetrator also "a gunman", "an unidentified gunman", "a suicide bomber". A definite description
 * joins the person it refers to as a nominal mention; an indefinite one introduces a new person
 * (unless a perpetrator is already known: "a gunman" twice is one man). With no antecedent they make
 * a provisional person named by the description, kept only if a statement uses it. A description
 * followed by a name ("the gunman, Seifeddine Rezgui") is that name; an unnamed perpetrator
 * described earlier joins it.
 */
export function addDescriptions(ctx: SentenceContext): void {
  const { words, tokens, graph, text } = ctx;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const age = ageOf(w);
    const isHead = PERSON_DESCRIPTIONS.has(w) || MORE_PERSON_DESCRIPTIONS.has(w);
    if (!isHead && age === undefined) continue;
    if (age !== undefined && PERSON_DESCRIPTIONS.has(words[i + 1] ?? "")) continue; // the head comes next
    if (NOUN_AFTER.test(words[i + 1] ?? "")) continue;
    let first = i;
    if (isHead && ageOf(words[i - 1]!) !== undefined) first = i - 1;
    while (first > 1 && DESCRIPTION_MODIFIERS.has(words[first - 1]!)) first--;
    // "An 18-year-old white man": the age before the modifiers belongs to the description too.
    if (isHead && first < i && ageOf(words[first - 1] ?? "") !== undefined) first--;
    const article = words[first - 1];
    const definite = article === "the" || article === "this";
    // "… became a killer", "he was a gunman": a predicate says what someone is, it brings in nobody.
    const predicative = PREDICATIVE.has(words[first - 2] ?? "");
    // "A man drove a truck into crowds", "a woman blew herself up": who does an attacker's act is one.
    const clauseEnd = actClauseEnd(ctx, i);
    const acts =
      (isHead && !ATTACKER_DESCRIPTIONS.has(w) && attackerAct(words, i + 1)) ||
      clauseEnd !== undefined ||
      (isHead && actPastRelative(words, i) !== undefined) ||
      (isHead && !ATTACKER_DESCRIPTIONS.has(w) && actPastModifier(words, i) !== undefined);
    // "Mohamed Salah, the man police say drove the truck, …": an apposed description with an act.
    const apposedAct =
      definite && isHead && !ATTACKER_DESCRIPTIONS.has(w) && actAfter(words, i) !== undefined;
    const indefinite =
      (article === "a" || article === "an") && (ATTACKER_DESCRIPTIONS.has(w) || acts) && !predicative;
    if (!definite && !indefinite) continue;
    if (ctx.chunks.some((c) => c.first <= i && i < c.end)) continue;
    const heads = [
      isHead ? w : "",
      age !== undefined ? w : ageOf(words[first]!) !== undefined ? words[first]! : "",
    ].filter((h) => h !== "");
    // "the gunman, Seifeddine Rezgui," or "the gunman Seifeddine Rezgui": the name follows.
    // "The attacker, a 28-year-old named X,": the name follows an apposed age.
    const next =
      definite && ATTACKER_DESCRIPTIONS.has(w)
        ? pastAgedNaming(words, i + 1)
        : i + 1 + (words[i + 1] === "," ? 1 : 0);
    // "the gunman, Man Haron Monis, 50,": an attacker's apposed name is a person's, whatever the
    // recogniser typed it.
    const named: Chunk | undefined =
      ctx.chunks.find((c) => c.kind === "name" && c.type === "person" && c.first === next) ??
      (definite && ATTACKER_DESCRIPTIONS.has(w) && words[i + 1] === "," && apposedName(words, ctx, next)
        ? personNamedAt(ctx, next)
        : undefined);
    // "Seifiddine Rezgui Yacoubi, the 23-year-old who …": an appositive describes the name before it.
    const apposed = ctx.chunks.find(
      (c) => c.kind === "name" && c.type === "person" && c.end === first - 2 && words[first - 2] === ",",
    );
    const earlier = apposed ? graph.get(apposed.entity) : antecedent(ctx, heads, indefinite, i);
    let person = named ? graph.get(named.entity) : earlier;
    if (named && person && earlier?.described && earlier !== person) graph.merge(earlier, person);
    // The name the act is put to is the report's one unnamed attacker ("A man drove a truck into …"),
    // and so is a name the attacker's own word is apposed to ("X, the gunman, was shot dead").
    const apposedAttacker =
      definite && ATTACKER_DESCRIPTIONS.has(w) && [",", "."].includes(words[i + 1] ?? "");
    if (apposed && (apposedAct || apposedAttacker) && person) {
      const attacker = antecedent(ctx, apposedAttacker ? heads : ["attacker"], true);
      if (attacker && attacker !== person) graph.merge(attacker, person);
    }
    if (!person) {
      person = graph.entity("person", heads[0]!, ctx.sentence.index, true);
      person.described = heads[0]!;
    }
    for (const h of heads) person.descriptors.add(h);
    if (acts || (apposed && apposedAct)) person.descriptors.add("attacker");
    const start = tokens[first - (indefinite ? 1 : 0)]!.start;
    const stop = tokens[i]!.end;
    graph.mention(person, text, start, stop, "NOMINAL", ctx.sentence.index, true);
    // "the man who drove a truck into the crowd in Nice": reports refer to him by the whole phrase.
    if (clauseEnd !== undefined)
      graph.mention(person, text, start, tokens[clauseEnd - 1]!.end, "NOMINAL", ctx.sentence.index, true);
    ctx.chunks.push({
      first,
      end: i + 1,
      entity: person.key,
      type: "person",
      nominal: true,
      kind: "description",
    });
    const a = ageOf(words[first]!);
    if (a !== undefined) emit(ctx, { subject: person.key, predicate: "age", value: a }, first);
  }
}
