import { isDemonym } from "./place-gazetteer.js";
import type { SentenceContext } from "./sentence-context.js";

/** Words between the country and "forces": "US special forces", "Tunisian security forces". */
const FORCE_KINDS = new Set([
  "special",
  "security",
  "armed",
  "government",
  "army",
  "police",
  "naval",
  "coalition",
]);

/**
 * A state's forces are an organisation named by the phrase (the annotation README: a country acting
 * as a state is an organisation): "US special forces", "Tunisian security forces", "the security
 * forces". The country's name inside stays a mention of the place.
 */
export function addForces(ctx: SentenceContext): void {
  const { words, tokens, graph, text } = ctx;
  for (let i = 1; i < words.length; i++) {
    if (words[i] !== "forces" || !FORCE_KINDS.has(words[i - 1]!)) continue;
    let first = i - 1;
    while (first > 0 && FORCE_KINDS.has(words[first - 1]!)) first--;
    const country = ctx.chunks.find((c) => c.kind === "name" && c.end === first && c.type === "location");
    if (country) first = country.first;
    else if (first > 0 && isDemonym(tokens[first - 1]!.text)) first--;
    if (ctx.chunks.some((c) => c.kind !== "name" && c.first < i + 1 && first < c.end)) continue;
    const name = text.slice(tokens[first]!.start, tokens[i]!.end).replace(/\s+/g, " ");
    const force = graph.entity(
      "organization",
      name.replace(/^\p{Lu}(?=\p{Ll}+ forces$)/u, (c) => c.toLowerCase()),
      ctx.sentence.index,
    );
    graph.mention(force, text, tokens[first]!.start, tokens[i]!.end, "ORG", ctx.sentence.index);
    ctx.chunks.push({
      first,
      end: i + 1,
      entity: force.key,
      type: "organization",
      nominal: false,
      kind: "name",
    });
  }
}
