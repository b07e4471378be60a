import { DEMONYM_COUNTRIES } from "./lexicon.js";
import { isDemonym } from "./place-gazetteer.js";
import type { SentenceContext } from "./sentence-context.js";

/** Nouns of military aircraft: the state that flies them is the actor of a strike. */
export const AIRCRAFT_NOUNS: ReadonlySet<string> = new Set([
  "warplanes",
  "jets",
  "drones",
  "aircraft",
  "helicopters",
  "bombers",
  "gunships",
]);

/** Words that may stand between the demonym and the aircraft ("Russian fighter jets"). */
const AIRCRAFT_MODIFIERS = new Set(["fighter", "military", "combat", "attack", "armed", "air", "force"]);

/**
 * A state's aircraft named by their country: "Turkish warplanes", "Russian fighter jets", "Israeli
 * drones". The annotation guide types a country acting as a state an organisation ("A US air
 * strike"), so the phrase becomes one, and `targets.ts` lets it be the attacker of what the aircraft
 * struck. Runs before the targets; a phrase another rule already found is left alone.
 */
export function addStateAircraft(ctx: SentenceContext): void {
  const { words, tokens, text, graph } = ctx;
  for (let i = 0; i < words.length; i++) {
    const surface = tokens[i]!.text;
    if (!/^\p{Lu}/u.test(surface) || !(DEMONYM_COUNTRIES.has(words[i]!) || isDemonym(surface))) continue;
    let k = i + 1;
    while (k < i + 3 && AIRCRAFT_MODIFIERS.has(words[k] ?? "")) k++;
    if (!AIRCRAFT_NOUNS.has(words[k] ?? "")) continue;
    // "the Turkish warplanes": the article is part of the phrase the report wrote.
    const first = words[i - 1] === "the" ? i - 1 : i;
    const end = k + 1;
    if (ctx.chunks.some((c) => c.first < end && first < c.end && c.type !== "location")) continue;
    const name = text.slice(tokens[first]!.start, tokens[k]!.end).replace(/\s+/g, " ");
    const entity = graph.entity("organization", name, ctx.sentence.index, true);
    graph.mention(entity, text, tokens[first]!.start, tokens[k]!.end, "ORG", ctx.sentence.index, true);
    ctx.chunks.push({
      first,
      end,
      entity: entity.key,
      type: "organization",
      nominal: true,
      kind: "description",
    });
    i = k;
  }
}
