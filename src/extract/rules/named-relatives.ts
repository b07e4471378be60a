import { ageOf } from "./descriptions.js";
import { KIN_MODIFIERS, KIN_NOUNS } from "./lexicon.js";
import { findPlace } from "./place-gazetteer.js";
import { type Chunk, emit, retypeFreshName, type SentenceContext } from "./sentence-context.js";

/** Possessive endings as the tokeniser splits them off: "Mubarak" "'s". */
const GENITIVE = new Set(["'s", "’s"]);
/** Plural kin nouns that name several relatives: "the president's sons Alaa and Gamal". */
const PLURAL_KIN = new Map([
  ["sons", "son"],
  ["daughters", "daughter"],
  ["brothers", "brother"],
  ["sisters", "sister"],
  ["cousins", "cousin"],
]);

/**
 * The person chunk whose name or description ends at token `end`: the owner in "Mubarak's son", "the
 * gunman's brother, Rachid Benali,".
 */
function ownerEndingAt(ctx: SentenceContext, end: number): Chunk | undefined {
  return (
    ctx.chunks.find((c) => c.type === "person" && c.kind === "name" && c.end === end) ??
    ctx.chunks.find((c) => c.type === "person" && c.kind !== "event" && c.end === end)
  );
}

/** The person named last before token `at` in the sentence: "Uday … along with his brother". */
function latestNameBefore(ctx: SentenceContext, at: number): Chunk | undefined {
  return ctx.chunks
    .filter((c) => c.type === "person" && c.kind === "name" && c.end <= at)
    .sort((a, b) => b.end - a.end)[0];
}

/**
 * The person named at token `k`: a person's name; a one-word name the recogniser took for a place or
 * an organisation, met first here and known to no gazetteer ("Kadyrov's son Ramzan"), retyped; or a
 * capitalised word it left out ("Saddam Hussein's son Uday"), made a person.
 */
function relativeNamedAt(ctx: SentenceContext, k: number): Chunk | undefined {
  const { tokens, words, graph, text } = ctx;
  const token = tokens[k];
  if (!token || !/^\p{Lu}\p{Ll}+$/u.test(token.text)) return undefined;
  const chunk = ctx.chunks.find((c) => c.kind === "name" && c.first === k);
  if (chunk?.type === "person") return chunk;
  if (chunk) {
    const other = graph.get(chunk.entity);
    if (
      !other ||
      chunk.end - chunk.first !== 1 ||
      (chunk.type !== "location" && chunk.type !== "organization") ||
      findPlace(token.text) !== undefined
    )
      return undefined;
    return retypeFreshName(ctx, chunk, "person") ? chunk : undefined;
  }
  if (ctx.chunks.some((c) => c.first <= k && k < c.end)) return undefined;
  // "Uday was killed": one word, not a word that opens a clause ("… 's son In 2003").
  if (/^\p{Lu}/u.test(tokens[k + 1]?.text ?? "") || findPlace(token.text) !== undefined) return undefined;
  if (["he", "she", "the", "in", "on", "and"].includes(words[k]!)) return undefined;
  const person = graph.entity("person", token.text, ctx.sentence.index);
  graph.mention(person, text, token.start, token.end, "PER", ctx.sentence.index);
  const made: Chunk = {
    first: k,
    end: k + 1,
    entity: person.key,
    type: "person",
    nominal: false,
    kind: "name",
  };
  ctx.chunks.push(made);
  return made;
}

/**
 * A relative named after a genitive kin noun: "Mubarak's son Gamal", "Kovalyov's mother, Lyubov
 * Kovalyova, said", "the president's sons Alaa and Gamal" (relative_of the named → the owner). The
 * "his brother Abdullah" form is the possessive rule's (anaphora.ts); an unnamed relative ("Weber's
 * wife was found") is family-ties.ts's, which this runs before so it sees the name.
 */
export function addNamedRelatives(ctx: SentenceContext): void {
  const { words } = ctx;
  for (let i = 1; i < words.length - 2; i++) {
    const pronoun = words[i] === "his" || words[i] === "her";
    if (!GENITIVE.has(words[i]!) && !pronoun) continue;
    // "Khater says his brother, Ahmed,": the name before the pronoun in its sentence owns it, when the
    // relative's name is one the recogniser missed (a person's name there is anaphora.ts's).
    const owner = pronoun ? latestNameBefore(ctx, i) : ownerEndingAt(ctx, i);
    if (!owner) continue;
    let j = i + 1;
    // "Kadyrov's 27-year-old son", "Bhutto's elder brother"
    if (ageOf(words[j] ?? "") !== undefined) j++;
    if (KIN_MODIFIERS.has(words[j] ?? "")) j++;
    const plural = PLURAL_KIN.has(words[j] ?? "");
    if (!KIN_NOUNS.has(words[j] ?? "") && !plural) continue;
    let k = j + 1;
    const comma = words[k] === ",";
    if (comma) k++;
    const named: Chunk[] = [];
    if (pronoun && ctx.chunks.some((c) => c.first === k && c.type === "person")) continue;
    for (;;) {
      const relative = relativeNamedAt(ctx, k);
      if (!relative) break;
      named.push(relative);
      // "sons Alaa and Gamal": a plural noun takes a coordinated list of names.
      if (!plural || words[relative.end] !== "and") break;
      k = relative.end + 1;
    }
    // "Mubarak's wife, Suzanne Mubarak, was": an appositive name is closed by a comma or ends the clause.
    if (comma && named.length === 1 && ![",", ".", ";"].includes(words[named[0]!.end] ?? ".")) continue;
    for (const relative of named)
      if (relative.entity !== owner.entity)
        emit(ctx, { subject: relative.entity, predicate: "relative_of", object: owner.entity }, j);
  }
}

/** Words before a plural kin noun that name siblings among themselves: "the brothers", "two brothers". */
const SIBLING_OPENERS = new Set(["the", "two", "three", ",", "and", "by"]);

/**
 * Siblings named after a plural kin noun with no owner: "The brothers Said and Cherif Kouachi
 * attacked …", "the cousins Ali and Omar Haddad" give relative_of each way between the two. "His
 * brothers Ali and Omar" is a possessor's (above); "brothers in arms" names nobody.
 */
export function addSiblingPairs(ctx: SentenceContext): void {
  const { words } = ctx;
  for (let i = 0; i < words.length - 3; i++) {
    if (!PLURAL_KIN.has(words[i]!) || words[i]! === "sons" || words[i]! === "daughters") continue;
    if (i > 0 && !SIBLING_OPENERS.has(words[i - 1]!)) continue;
    const first = relativeNamedAt(ctx, i + 1);
    if (!first || words[first.end] !== "and") continue;
    const second = ctx.chunks.find(
      (c) => c.kind === "name" && c.type === "person" && c.first === first.end + 1,
    );
    if (!second || second.entity === first.entity) continue;
    emit(ctx, { subject: first.entity, predicate: "relative_of", object: second.entity }, i);
    emit(ctx, { subject: second.entity, predicate: "relative_of", object: first.entity }, i);
  }
}
