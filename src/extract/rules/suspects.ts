import { DEFAULTS } from "./credibility.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";

/** Articles before an apposed "suspect": "a suspect, X,", "the suspect, X,", "one suspect, X,". */
const SUSPECT_ARTICLES = new Set(["a", "the", "one", "another", "second", "main"]);

/** Gerunds of setting a bomb: "suspected of planting the bomb", "of detonating the device". */
const BOMB_SETTING = new Set([
  "planting",
  "placing",
  "detonating",
  "setting",
  "making",
  "building",
  "leaving",
]);
/** What is set: the bomb itself, not "a bomb threat" (the noun must end the phrase). */
const BOMB_NOUNS = new Set(["bomb", "bombs", "device", "devices", "explosives", "explosive"]);
/** Words that may follow the bomb noun's phrase. */
const PHRASE_ENDS = new Set([",", ".", "that", "which", "in", "at", "on", "outside", "near", "and"]);
/** Names of bombings in the report's graph. */
const BOMBING_EVENT = /\b(?:bombing|bombings|blast|blasts|explosion|explosions|attack)$/;

/** The report's latest told event, when the sentence names none: the event a suspect is held for. */
function latestEvent(ctx: SentenceContext, test: (name: string) => boolean = () => true): string | undefined {
  const events = ctx.graph.entities.filter((e) => e.type === "event" && !e.provisional);
  // Two events in the report: whose suspect is not for a word list to guess.
  if (events.length !== 1) return undefined;
  const event = events[0]!;
  // The sentence may name the event again ("planting the bomb"), not another one.
  if (ctx.eventCues.some((c) => c.entity !== event.key)) return undefined;
  return test(event.name) ? event.key : undefined;
}

/** The person name right after "suspect ," and closed by a comma or the sentence's end. */
function apposedSuspect(ctx: SentenceContext, at: number): Chunk | undefined {
  const { words } = ctx;
  if (words[at] !== "suspect" || words[at + 1] !== "," || !SUSPECT_ARTICLES.has(words[at - 1] ?? ""))
    return undefined;
  const name = ctx.chunks.find((c) => c.first === at + 2 && c.kind === "name" && c.type === "person");
  if (!name || ctx.graph.get(name.entity)?.official) return undefined;
  const after = words[name.end];
  return after === "," || after === "." || after === undefined ? name : undefined;
}

/** The person a "who is suspected of …" clause or a "is suspected of …" predicate is said of. */
function suspectBefore(ctx: SentenceContext, suspected: number): Chunk | undefined {
  const { words } = ctx;
  let k = suspected - 1;
  if (["is", "was", "are", "were"].includes(words[k] ?? "")) k--;
  if (words[k] === "who") k -= 2; // "X, who is suspected of …": past the comma.
  const name = ctx.chunks.find((c) => c.end === k + 1 && c.kind === "name" && c.type === "person");
  return name && !ctx.graph.get(name.entity)?.official ? name : undefined;
}

/**
 * Suspects of the report's one event, told in a later sentence that names no event (hedged: a
 * suspect is not yet the perpetrator):
 * - "A bomb exploded at a market in Herat on Friday. Police arrested a suspect, Wahid Noori, on
 *   Saturday." — an apposed suspect;
 * - "… Wahid Noori, who is suspected of planting the bomb, was arrested." — a bomb's setter.
 * An arrested person with no "suspect" ("Police arrested Wahid Noori for throwing stones") is not one,
 * nor is anyone when the report has told of two events.
 */
export function linkSuspects(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  for (let i = 0; i < words.length; i++) {
    if (words[i] === "suspect") {
      const name = apposedSuspect(ctx, i);
      const event = name && latestEvent(ctx);
      if (!name || !event || graph.perpetratorsOf(event).includes(name.entity)) continue;
      if (ctx.stance.negated(i)) continue;
      graph.statement({
        subject: name.entity,
        predicate: "perpetrated",
        object: event,
        credibility: DEFAULTS.hedged,
        sentence: ctx.sentence.index,
      });
    } else if (words[i] === "suspected" && words[i + 1] === "of" && BOMB_SETTING.has(words[i + 2] ?? "")) {
      let k = i + 3;
      if (words[k] === "off") k++;
      if (["the", "a", "an"].includes(words[k] ?? "")) k++;
      // The noun ends its phrase: "planting the bomb," not "making bomb threats".
      if (!BOMB_NOUNS.has(words[k] ?? "") || !PHRASE_ENDS.has(words[k + 1] ?? ".")) continue;
      const name = suspectBefore(ctx, i);
      const event = name && latestEvent(ctx, (n) => BOMBING_EVENT.test(n));
      if (name && event) emit(ctx, { subject: name.entity, predicate: "perpetrated", object: event }, i);
    }
  }
}
