import { findPlace } from "./place-gazetteer.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/**
 * A country acting as a state: "A US air strike", "US officials said". The annotation guide makes the
 * country an `organization` there and a `location` where it is a place ("moved to the US"). A
 * country's name right before a noun of what a state does or who speaks for it is the state.
 */

/** Nouns after a country's name that make it the state: its strikes, its officials, its aircraft. */
const STATE_NOUNS = new Set([
  "officials",
  "official",
  "authorities",
  "diplomats",
  "diplomat",
  "envoy",
  "air",
  "airstrike",
  "airstrikes",
  "strike",
  "strikes",
  "drone",
  "drones",
  "warplanes",
  "warplane",
  "jets",
  "aircraft",
  "bombers",
  "bombing",
  "raid",
  "raids",
]);

/** Heads of an event phrase that a state carries out: "a US drone strike", "US air raids". */
const STATE_ACTS = new Set(["strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "bombing"]);

/**
 * Retypes a country's name before a state's noun as the state (an organisation of the same name), and
 * makes the state the perpetrator of the strike its name opens ("A US air strike … was aimed at …").
 */
export function addStateActors(ctx: SentenceContext): void {
  const { words, tokens, text, graph } = ctx;
  for (const chunk of [...ctx.chunks]) {
    if (chunk.kind !== "name" || chunk.type !== "location") continue;
    const next = tokens[chunk.end];
    if (!next || !/^\p{Ll}/u.test(next.text) || !STATE_NOUNS.has(words[chunk.end]!)) continue;
    const place = graph.get(chunk.entity);
    if (!place || findPlace(place.name) !== "country") continue;
    const state = graph.entity("organization", place.name, ctx.sentence.index);
    const [start, stop] = [tokens[chunk.first]!.start, tokens[chunk.end - 1]!.end];
    graph.mention(state, text, start, stop, "ORG", ctx.sentence.index);
    // "whom US officials say organised …": the speakers are no subject of the verb after them, so the
    // name stays in the sentence as it was. Inside a strike's phrase ("a US drone strike in Shabwa")
    // the name is part of the event's, neither its place nor anyone's subject.
    const act = ctx.chunks.find(
      (c) =>
        c.kind === "event" &&
        c.first <= chunk.first &&
        chunk.end <= c.end &&
        words.slice(chunk.end, c.end).some((w) => STATE_ACTS.has(w)),
    );
    if (!act) continue;
    ctx.chunks.splice(ctx.chunks.indexOf(chunk), 1);
    emit(ctx, { subject: state.key, predicate: "perpetrated", object: act.entity }, chunk.first, true);
  }
}
