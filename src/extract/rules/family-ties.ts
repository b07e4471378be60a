import { possessorOf } from "./anaphora.js";
import { ageOf } from "./descriptions.js";
import { KIN_MODIFIERS, KIN_NOUNS, PERSON_DESCRIPTIONS, ROLE_NOUNS } from "./lexicon.js";
import { type Chunk, chunkBefore, emit, type SentenceContext } from "./sentence-context.js";

/** Possessive endings as the tokeniser splits them off: "Rathjen" "'s". */
const GENITIVE = new Set(["'s", "’s"]);
/** Heads of a description of a person by trade or post: "the son of a wealthy banker". */
const TRADES = new Set([
  ...ROLE_NOUNS,
  ...PERSON_DESCRIPTIONS,
  "speaker",
  "banker",
  "businessman",
  "businesswoman",
  "merchant",
  "trader",
  "shopkeeper",
  "farmer",
  "teacher",
  "doctor",
  "dentist",
  "engineer",
  "lawyer",
  "politician",
  "lawmaker",
  "senator",
  "diplomat",
  "cleric",
  "policeman",
  "soldier",
]);
/** Words that may stand between the article and the trade: "a wealthy banker", "the deputy speaker". */
const TRADE_MODIFIERS = /^(?:[a-z]+(?:-[a-z]+)*)$/;

/** The person chunk whose name or description ends at token `end`: the possessor in "Rathjen's mother". */
function personEndingAt(ctx: SentenceContext, end: number): Chunk | undefined {
  return ctx.chunks.find((c) => c.type === "person" && c.end === end);
}

/** The person mentioned last before token `at` in the sentence. */
function latestPersonBefore(ctx: SentenceContext, at: number): string | undefined {
  return ctx.chunks.filter((c) => c.type === "person" && c.end <= at).sort((a, b) => b.end - a.end)[0]
    ?.entity;
}

/** Whether a name follows the kin noun at `j` ("his brother Abdullah", "his partner, Jessica Schneider"). */
function namedAfter(ctx: SentenceContext, j: number): boolean {
  let k = j + 1;
  if (ctx.words[k] === ",") k++;
  if (ctx.words[k] === "the") k++;
  return ctx.chunks.some(
    (c) => c.kind === "name" && c.type === "person" && (c.first === k || c.first === k + 1),
  );
}

/** A new person entity for the tokens [first, end), mentioned there. */
function describedPerson(ctx: SentenceContext, first: number, end: number): string {
  const { tokens, text, graph } = ctx;
  const start = tokens[first]!.start;
  const stop = tokens[end - 1]!.end;
  const person = graph.entity("person", text.slice(start, stop), ctx.sentence.index, true);
  graph.mention(person, text, start, stop, "NOMINAL", ctx.sentence.index, true);
  return person.key;
}

/**
 * A relative the report does not name: "killing his 72-year-old mother", "Rathjen's mother was found
 * dead", "the gunman's wife". The phrase is a person of its own, tied to the possessor. A named
 * relative ("his brother Abdullah") is the possessive rule's (anaphora.ts); a relative who is himself a
 * possessor ("his son's views") is the possessor in other words, and "the mother of all battles" has no
 * possessor.
 */
function unnamedRelatives(ctx: SentenceContext): void {
  const { words } = ctx;
  for (let i = 0; i < words.length; i++) {
    let owner: string | undefined;
    let first = i;
    if (words[i] === "his" || words[i] === "her") {
      if (!KIN_NOUNS.has(words[i + 1]!) && !KIN_NOUNS.has(words[i + 2] ?? "")) continue;
      // "A gunman shot dead nine people … before killing his 72-year-old mother": a description earlier
      // in the sentence, which salience leaves out, when no name is salient.
      owner = possessorOf(ctx, i) ?? latestPersonBefore(ctx, i);
    } else if (GENITIVE.has(words[i]!)) {
      const chunk = personEndingAt(ctx, i);
      if (!chunk) continue;
      owner = chunk.entity;
      first = chunk.first;
    } else continue;
    let j = i + 1;
    // "his 72-year-old mother", "his elder brother"
    if (ageOf(words[j] ?? "") !== undefined) j++;
    if (KIN_MODIFIERS.has(words[j] ?? "")) j++;
    if (!owner || !KIN_NOUNS.has(words[j] ?? "")) continue;
    if (GENITIVE.has(words[j + 1] ?? "") || words[j + 1] === "of" || namedAfter(ctx, j)) continue;
    if (ctx.chunks.some((c) => c.first <= j && j < c.end && c.type === "person")) continue;
    const relative = describedPerson(ctx, first, j + 1);
    if (relative !== owner)
      emit(ctx, { subject: relative, predicate: "relative_of", object: owner }, j, true);
  }
}

/**
 * "Salem Ezadyar was the son of the deputy speaker of the Senate", "X, 25, the son of a wealthy
 * banker": the parent described by trade or post is a person, and the subject's relative. A named
 * parent ("the son of Muammar Qadhafi") is the relation table's.
 */
function kinOfDescribed(ctx: SentenceContext): void {
  const { words } = ctx;
  for (let j = 0; j < words.length - 3; j++) {
    if (!KIN_NOUNS.has(words[j]!) || words[j + 1] !== "of") continue;
    const det = j + 2;
    if (!["a", "an", "the"].includes(words[det]!)) continue;
    let head = det + 1;
    while (head < det + 4 && !TRADES.has(words[head] ?? "") && TRADE_MODIFIERS.test(words[head] ?? ""))
      head++;
    if (!TRADES.has(words[head] ?? "")) continue;
    // "the deputy speaker": the last of a run of trade words is the head.
    while (TRADES.has(words[head + 1] ?? "")) head++;
    let end = head + 1;
    // "the deputy speaker of the Senate": the body the post belongs to is part of the description.
    if (words[end] === "of") {
      const body = ctx.chunks.find(
        (c) =>
          c.type === "organization" &&
          (c.first === end + 1 || (c.first === end + 2 && words[end + 1] === "the")),
      );
      if (body) end = body.end;
    }
    if (ctx.chunks.some((c) => c.type === "person" && c.first >= det && c.first <= end)) continue;
    const subject = chunkBefore(ctx, j, ["person"]);
    if (!subject) continue;
    const parent = describedPerson(ctx, det, end);
    emit(ctx, { subject: subject.entity, predicate: "relative_of", object: parent }, j);
  }
}

/** Family ties to relatives the report describes without naming them. */
export function addFamilyTies(ctx: SentenceContext): void {
  unnamedRelatives(ctx);
  kinOfDescribed(ctx);
}
