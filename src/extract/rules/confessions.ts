import { pastBareAge } from "./named-attackers.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";

/**
 * A named person or group that confesses to, admits, pleads guilty to or is convicted of an attack
 * carried it out: "Akhmedov has admitted the attack", "X, 26, who has confessed to the attack", "X
 * pleaded guilty to the bombing", "X was convicted of carrying out the shootings". A claim of
 * responsibility is claims.ts's; a denial or a question is left to `emit`'s stance.
 */

/** The confessing verbs, with the words that may tie them to the act. */
const CONFESSING: readonly (readonly string[])[] = [
  ["confessed", "to"],
  ["admitted", "to"],
  ["admitted"],
  ["pleaded", "guilty", "to"],
  ["convicted", "of"],
  ["found", "guilty", "of"],
];
/** Words between the confessor and the verb: "has admitted", "was later convicted of". */
const BETWEEN = new Set(["has", "have", "had", "was", "were", "been", "later", "also", "since", "who"]);
/** Words between the verb and the act: "carrying out the attack", "his role in the bombing". */
const BEFORE_ACT = new Set([
  "carrying",
  "out",
  "the",
  "his",
  "her",
  "their",
  "role",
  "part",
  "in",
  "involvement",
]);

/** The confessing verb at `k` and the token after it, or undefined. */
function confessingAt(words: readonly string[], k: number): number | undefined {
  const found = CONFESSING.find((v) => v.every((w, n) => words[k + n] === w));
  return found ? k + found.length : undefined;
}

/** The named person or group that the verb at `verb` is said of: right before it, past a bare age. */
function confessor(ctx: SentenceContext, verb: number): Chunk | undefined {
  const { words } = ctx;
  let k = verb;
  while (k > 0 && BETWEEN.has(words[k - 1]!)) k--;
  // "X, 26, who has confessed": the name closes before the comma of its relative clause.
  const named = words[k - 1] === "," ? k - 1 : k;
  return ctx.chunks.find(
    (c) =>
      c.kind === "name" &&
      (c.type === "person" || c.type === "group" || c.type === "organization") &&
      (c.end === named || pastBareAge(words, c.end) === k) &&
      !ctx.graph.get(c.entity)?.official,
  );
}

/** Adds perpetrated(confessor → event) for each confessing verb whose act is an event phrase. */
export function addConfessions(ctx: SentenceContext): void {
  const { words } = ctx;
  for (let i = 1; i < words.length; i++) {
    let at = confessingAt(words, i);
    if (at === undefined) continue;
    // "admitted responsibility for" is a claim (claims.ts).
    if (words[at] === "responsibility") continue;
    const start = at;
    while (at < start + 5 && BEFORE_ACT.has(words[at] ?? "")) at++;
    const event = ctx.chunks.find((c) => c.kind === "event" && c.first === at);
    if (!event) continue;
    const who = confessor(ctx, i);
    if (who) emit(ctx, { subject: who.entity, predicate: "perpetrated", object: event.entity }, i);
  }
}
