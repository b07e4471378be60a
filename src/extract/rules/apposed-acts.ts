import { attackerAct } from "./descriptions.js";
import { ATTACKER_DESCRIPTIONS } from "./lexicon.js";
import { ATTACK_VERBS } from "./patterns.js";
import type { SentenceContext } from "./sentence-context.js";

/**
 * A person described without an attacker's word who does an attacker's act past an apposition: "The
 * suspect, a 22-year-old from Tunis, drove a truck into a crowd", "The man, a dual citizen, opened
 * fire on …". The act makes the description an attacker's, so the sentence's event is linked to it
 * (`linkPerpetrators`); what undergoes an act ("The suspect, 22, was arrested") is no attacker.
 */

/** How far the apposition may reach before its closing comma. */
const APPOSITION_REACH = 12;

/** The token after the apposition that opens with a comma at `k`, or undefined. */
function pastApposition(words: readonly string[], k: number): number | undefined {
  if (words[k] !== ",") return undefined;
  for (let j = k + 1; j < Math.min(words.length, k + APPOSITION_REACH); j++) {
    if (words[j] === ";" || words[j] === "who" || words[j] === "which") return undefined;
    if (words[j] === ",") return j > k + 1 ? j + 1 : undefined;
  }
  return undefined;
}

/** Marks each described person whose verb past an apposition is an attacker's act as an attacker. */
export function markApposedAttackers(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  for (const c of ctx.chunks) {
    if (c.kind !== "description" || c.type !== "person") continue;
    const person = graph.get(c.entity);
    if (!person || [...person.descriptors].some((d) => ATTACKER_DESCRIPTIONS.has(d))) continue;
    const verb = pastApposition(words, c.end);
    if (verb === undefined) continue;
    // "then drove", "later opened fire": an adverb may stand before the act.
    const at = ["then", "later", "allegedly"].includes(words[verb] ?? "") ? verb + 1 : verb;
    const shot = words[at] === "shot" && words[at + 1] !== "by" && words[at + 2] !== "by";
    if (!attackerAct(words, at) && !ATTACK_VERBS.has(words[at] ?? "") && !shot) continue;
    if (words[at + 1] === "by" || ["himself", "herself"].includes(words[at + 1] ?? "")) continue;
    person.descriptors.add("attacker");
  }
}
