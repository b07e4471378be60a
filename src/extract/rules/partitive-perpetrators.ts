import { wordValue } from "./numbers.js";
import { ATTACK_VERBS } from "./patterns.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/** Plural nouns that say by themselves that their members carried out an attack. */
const ATTACKER_PLURALS = new Set([
  "gunmen",
  "attackers",
  "assailants",
  "shooters",
  "bombers",
  "perpetrators",
  "killers",
  "hijackers",
  "hostage-takers",
]);
/** Plural nouns that say so only with a relative clause of the act: "one of the men who stormed …". */
const CLAUSAL_PLURALS = new Set(["men", "militants", "fighters", "women", "brothers"]);
const DETERMINERS = new Set(["the", "its", "their"]);
/** Words between the determiner and the noun: "one of the two suicide bombers", "the other attackers". */
const MODIFIERS = new Set(["suicide", "female", "male", "other", "armed", "masked", "suspected", "alleged"]);

/** Whether token `k` opens an attacker's act: an attack verb, "opened fire", "blew themselves up". */
function actAt(words: readonly string[], k: number): boolean {
  const w = words[k] ?? "";
  if (ATTACK_VERBS.has(w) && w !== "captured" && w !== "seized") return true;
  return (w === "opened" && words[k + 1] === "fire") || w === "blew" || w === "carried";
}

/**
 * "Tashfeen Malik, one of the two attackers who killed 14 people at …," and "X, one of the gunmen,":
 * a person apposed to a member of the attackers carried out their attack — the event of the relative
 * clause if it names one, else the sentence's one event, else the report's only event. A plural that
 * says nothing of an attack ("one of the men") counts only with a clause of the act.
 */
export function linkPartitives(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  for (const c of ctx.chunks) {
    if (c.kind !== "name" || c.type !== "person") continue;
    let k = c.end;
    if (words[k] !== "," || words[k + 1] !== "one" || words[k + 2] !== "of") continue;
    k += 3;
    if (!DETERMINERS.has(words[k] ?? "")) continue;
    k++;
    if (wordValue(words[k] ?? "") !== undefined) k++;
    while (MODIFIERS.has(words[k] ?? "")) k++;
    const noun = words[k] ?? "";
    const clause = words[k + 1] === "who" && actAt(words, k + 2);
    if (!ATTACKER_PLURALS.has(noun) && !(CLAUSAL_PLURALS.has(noun) && clause)) continue;
    const event = clause ? clauseEvent(ctx, k + 2) : undefined;
    const object = event ?? sentenceEvent(ctx);
    if (object && graph.get(c.entity)) emit(ctx, { subject: c.entity, predicate: "perpetrated", object }, k);
  }
}

/** The one event cued inside the relative clause that opens at `verb` and ends at the next comma. */
function clauseEvent(ctx: SentenceContext, verb: number): string | undefined {
  const close = ctx.words.indexOf(",", verb);
  const end = close < 0 ? ctx.words.length : close;
  const own = new Set(ctx.eventCues.filter((e) => e.at >= verb && e.at < end).map((e) => e.entity));
  return own.size === 1 ? [...own][0] : undefined;
}

/** The sentence's one event, or with none in the sentence, the report's only event. */
function sentenceEvent(ctx: SentenceContext): string | undefined {
  const own = new Set(ctx.eventCues.map((e) => e.entity));
  if (own.size === 1) return [...own][0];
  if (own.size > 1) return undefined;
  const events = ctx.graph.entities.filter((e) => e.type === "event" && !e.provisional);
  return events.length === 1 ? events[0]!.key : undefined;
}
