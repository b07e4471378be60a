import type { EntityType } from "../../model/entity-types.js";
import type { DocumentGraph } from "./document-graph.js";
import { KIN_MODIFIERS, KIN_NOUNS } from "./lexicon.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";

/**
 * Pronouns and definite descriptions of collectives, resolved within a report by salience, after
 * Lappin & Leass (1994, "An algorithm for pronominal anaphora resolution", Computational Linguistics
 * 20(4)) as simplified by Kennedy & Boguraev (1996, without a parser): every mention of an entity in
 * the last sentences scores recency (100), subject (80, the first argument of its sentence) and
 * non-adjunct (50, not after a preposition), halved for each sentence back; the referent is the most
 * salient entity whose type agrees with the anaphor. As in Hobbs (1978), a pronoun never takes the
 * subject of its own clause ("the Islamic State claimed it"). The relation patterns then filter by
 * the predicate's argument types, so "it" is offered once per type it could be (event, organisation,
 * group, facility) and each pattern takes the one it can use.
 */
const ANAPHORS: ReadonlyMap<string, readonly EntityType[]> = new Map([
  ["he", ["person"]],
  ["him", ["person"]],
  ["she", ["person"]],
  ["it", ["event", "organization", "group", "facility"]],
  ["they", ["group", "organization"]],
]);
/** "the group", "the movement": an organisation or group already named. */
const COLLECTIVE_HEADS = new Set([
  "group",
  "movement",
  "organisation",
  "organization",
  "brigade",
  "militia",
  "cell",
]);
const ADJUNCT = new Set(["in", "at", "near", "from", "into", "to", "of", "for", "on", "with", "by", "as"]);
const CLAUSE_BREAKS = new Set([
  ",",
  ";",
  ":",
  "—",
  "–",
  "(",
  ")",
  "but",
  "while",
  "although",
  "because",
  "after",
  "before",
  "when",
]);
/** "His son Mutassim", "its leader, the Algerian Mohamed Lamine Bouchneb": the possessor's kin or leader. */
const POSSESSIVES: ReadonlyMap<string, readonly EntityType[]> = new Map([
  ["his", ["person"]],
  ["her", ["person"]],
  ["its", ["organization", "group"]],
  ["their", ["organization", "group"]],
]);
const LEADERS = new Set(["leader", "founder", "commander", "chief", "head", "emir"]);
/** Posts that speak for an organisation: "its spokesman, Ehsanullah Ehsan". */
const SPEAKERS = new Set(["spokesman", "spokeswoman", "spokesperson"]);
/**
 * Verbs of saying and believing after which "they" is the source of what the clause reports, not an
 * actor in it: "Police arrested Samir Haddad, who they say planned the bombing" (Haddad planned it;
 * police only say so). Such a "they" names no referent, so no relation takes it as its subject.
 */
const ATTRIBUTING = new Set([
  "say",
  "said",
  "says",
  "believe",
  "believed",
  "believes",
  "think",
  "thought",
  "thinks",
  "suspect",
  "suspected",
  "suspects",
  "allege",
  "alleged",
  "alleges",
  "describe",
  "described",
  "describes",
  "blame",
  "blamed",
  "accuse",
  "accused",
]);
/** How many sentences back a referent may be. */
const REACH = 3;

interface Salient {
  entity: string;
  type: EntityType;
  sentence: number;
  weight: number;
}

const histories = new WeakMap<DocumentGraph, Salient[]>();

function weightOf(ctx: SentenceContext, chunk: Chunk, subject: Chunk | undefined): number {
  const prev = ctx.words[chunk.first - 1];
  return 100 + (chunk === subject ? 80 : 0) + (prev !== undefined && ADJUNCT.has(prev) ? 0 : 50);
}

function referent(
  ctx: SentenceContext,
  history: readonly Salient[],
  at: number,
  type: EntityType,
  head?: string,
  /** "there" may take a place of its own clause ("travelled to Libya and trained there"). */
  ownClause = false,
): string | undefined {
  const scores = new Map<string, number>();
  for (const h of history) {
    const back = ctx.sentence.index - h.sentence;
    if (h.type !== type || back < 1 || back > REACH) continue;
    scores.set(h.entity, (scores.get(h.entity) ?? 0) + h.weight / 2 ** back);
  }
  // Earlier in the same sentence, but not in the anaphor's own clause.
  for (const c of ctx.chunks) {
    if (c.type !== type || c.end > at || c.kind === "description") continue;
    if (!ownClause && !ctx.words.slice(c.end, at).some((w) => CLAUSE_BREAKS.has(w))) continue;
    scores.set(c.entity, (scores.get(c.entity) ?? 0) + weightOf(ctx, c, undefined));
  }
  // "the brigade" is the Okba Ibn Nafaa Brigade if one was named: the head word agrees.
  if (head) {
    const agreeing = [...scores.keys()].filter((k) =>
      ctx.graph.get(k)?.name.toLowerCase().split(" ").includes(head),
    );
    if (agreeing.length > 0) for (const k of [...scores.keys()]) if (!agreeing.includes(k)) scores.delete(k);
  }
  let best: string | undefined;
  for (const [entity, score] of scores) if (!best || score > scores.get(best)!) best = entity;
  return best;
}

/** Verbs after "there" that make it an expletive ("there is no evidence"), not a place. */
const EXPLETIVE = new Set([
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
  "seems",
  "seemed",
  "appears",
  "will",
  "would",
]);

/**
 * "Both had travelled to Libya in December": the two most salient people of the latest earlier
 * sentence that names two. "… and trained with weapons there": the most salient place.
 */
function plurals(ctx: SentenceContext, history: readonly Salient[]): Chunk[] {
  const { words } = ctx;
  const out: Chunk[] = [];
  for (let i = 0; i < words.length; i++) {
    if (ctx.chunks.some((c) => c.first <= i && i < c.end)) continue;
    if (
      words[i] === "both" &&
      !["of", "the", "sides"].includes(words[i + 1] ?? "") &&
      (i === 0 || words[i - 1] === ",")
    ) {
      for (let back = 1; back <= REACH; back++) {
        const people = [
          ...new Set(
            history
              .filter((h) => h.type === "person" && h.sentence === ctx.sentence.index - back)
              .map((h) => h.entity),
          ),
        ];
        if (people.length < 2) continue;
        if (people.length === 2)
          out.push({
            first: i,
            end: i + 1,
            entity: people[0]!,
            others: [people[1]!],
            type: "person",
            nominal: true,
            kind: "description",
          });
        break;
      }
    }
    if (words[i] === "there" && i > 0 && !EXPLETIVE.has(words[i + 1] ?? "")) {
      const place = referent(ctx, history, i, "location", undefined, true);
      if (place)
        out.push({
          first: i,
          end: i + 1,
          entity: place,
          type: "location",
          nominal: true,
          kind: "description",
        });
    }
  }
  return out;
}

/**
 * The person a "his" or "her" at token `at` belongs to: the name just before in "Omar Maute and his
 * brother", else the most salient person.
 */
export function possessorOf(ctx: SentenceContext, at: number): string | undefined {
  if (ctx.words[at - 1] === "and") {
    const coordinated = ctx.chunks.find((c) => c.kind === "name" && c.type === "person" && c.end === at - 1);
    if (coordinated) return coordinated.entity;
  }
  return referent(ctx, histories.get(ctx.graph) ?? [], at, "person", undefined, true);
}

/**
 * "His son Mutassim was also killed" (relative_of Mutassim → the most salient person), "its leader,
 * the Algerian Mohamed Lamine Bouchneb," (leader_of → the most salient organisation or group).
 */
function possessives(ctx: SentenceContext, history: readonly Salient[]): void {
  const { words } = ctx;
  for (let i = 0; i < words.length - 2; i++) {
    const types = POSSESSIVES.get(words[i]!);
    // "His elder brother, Brahim,": an age-rank word before the kin noun.
    const skip = KIN_MODIFIERS.has(words[i + 1]!) && KIN_NOUNS.has(words[i + 2] ?? "") ? 1 : 0;
    const noun = words[i + 1 + skip]!;
    const predicate =
      KIN_NOUNS.has(noun) && types?.[0] === "person"
        ? "relative_of"
        : LEADERS.has(noun)
          ? "leader_of"
          : SPEAKERS.has(noun) && types?.[0] !== "person"
            ? "official_of"
            : undefined;
    if (!types || !predicate) continue;
    let k = i + 2 + skip;
    if (words[k] === ",") k++;
    if (words[k] === "the") k++;
    // "the Algerian Mohamed Lamine Bouchneb": a demonym may precede the name.
    const name = ctx.chunks.find(
      (c) => c.kind === "name" && c.type === "person" && (c.first === k || c.first === k + 1),
    );
    if (!name) continue;
    for (const type of types) {
      // Unlike an object pronoun, a possessive may take its own clause's subject: "The Islamic State
      // released a video in which he pledges allegiance to its leader, Abu Bakr al-Baghdadi".
      const owner =
        type === "person" ? possessorOf(ctx, i) : referent(ctx, history, i, type, undefined, true);
      if (!owner || owner === name.entity) continue;
      // "its spokesman, X": a post in the organisation, with the noun as its role.
      const role = predicate === "official_of" ? { role: noun } : {};
      emit(ctx, { subject: name.entity, predicate, object: owner, ...role }, i + 1);
      break;
    }
  }
}

/** Resolves the sentence's pronouns and collective descriptions, then records its mentions' salience. */
export function addAnaphora(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  const history = histories.get(graph) ?? [];
  histories.set(graph, history);
  const found: Chunk[] = [];
  for (let i = 0; i < words.length; i++) {
    if (ctx.chunks.some((c) => c.first <= i && i < c.end)) continue;
    const collective = words[i] === "the" && COLLECTIVE_HEADS.has(words[i + 1] ?? "");
    // "the group" may be an unnamed group ("The group, which included two Canadians"); "the
    // movement", "the brigade" are organisations.
    // "the cell" is always one of the report's unnamed groups ("A cell carried out the bombing").
    const types = collective
      ? words[i + 1] === "group"
        ? (["organization", "group"] as const)
        : words[i + 1] === "cell"
          ? (["group"] as const)
          : (["organization"] as const)
      : ANAPHORS.get(words[i]!);
    if (!types) continue;
    // "who they say planned the bombing", "a group they also blame for …": a source, not an actor.
    const verb = words[i + 1] === "also" ? words[i + 2] : words[i + 1];
    if (words[i] === "they" && ATTRIBUTING.has(verb ?? "")) continue;
    const end = collective ? i + 2 : i + 1;
    const candidates = types
      .map((type) => ({
        type,
        entity: referent(ctx, history, i, type, collective ? words[i + 1] : undefined),
      }))
      .filter((c): c is { type: EntityType; entity: string } => c.entity !== undefined);
    // A collective description takes the single most salient organisation or group, and is a nominal
    // mention of it (pronouns are not: "he" is no name of anyone).
    for (const c of collective ? candidates.slice(0, 1) : candidates)
      found.push({ first: i, end, entity: c.entity, type: c.type, nominal: true, kind: "description" });
    const named = collective && candidates[0] && graph.get(candidates[0].entity);
    if (named)
      graph.mention(
        named,
        ctx.text,
        ctx.tokens[i]!.start,
        ctx.tokens[i + 1]!.end,
        "NOMINAL",
        ctx.sentence.index,
        true,
      );
    if (collective) i++;
  }
  possessives(ctx, history);
  found.push(...plurals(ctx, history));
  const subject = ctx.chunks
    .filter((c) => c.kind !== "description" && !ADJUNCT.has(ctx.words[c.first - 1] ?? ""))
    .sort((a, b) => a.first - b.first)[0];
  for (const c of ctx.chunks)
    history.push({
      entity: c.entity,
      type: c.type,
      sentence: ctx.sentence.index,
      weight: weightOf(ctx, c, subject),
    });
  for (const c of found) {
    history.push({
      entity: c.entity,
      type: c.type,
      sentence: ctx.sentence.index,
      weight: weightOf(ctx, c, subject),
    });
    ctx.chunks.push(c);
  }
}
