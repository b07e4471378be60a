import { countryOfDemonym, isDemonym } from "./place-gazetteer.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/** How many words may stand between the article and the demonym ("a veteran Algerian jihadist"). */
const REACH = 3;

/**
 * Nationality from a demonym in an appositive: "Belmokhtar, a veteran Algerian jihadist",
 * "Lokmane Abou Sakhr, the Algerian leader of …", "Noureddine Chouchane, a Tunisian whom …". The
 * demonym with a title in front of a name ("Algerian Prime Minister X") is read in `names.ts`.
 */
export function addNationalities(ctx: SentenceContext): void {
  const { words, tokens, graph, text } = ctx;
  for (const c of [...ctx.chunks]) {
    if (c.kind !== "name" || c.type !== "person" || words[c.end] !== ",") continue;
    if (!["a", "an", "the"].includes(words[c.end + 1] ?? "")) continue;
    for (let k = c.end + 2; k < Math.min(words.length, c.end + 3 + REACH); k++) {
      if (words[k] === "," || words[k] === "of" || ctx.chunks.some((o) => o.first === k)) break;
      const country = isDemonym(tokens[k]!.text) ? countryOfDemonym(tokens[k]!.text) : undefined;
      if (!country) continue;
      const place = graph.entity("location", country, ctx.sentence.index);
      graph.mention(place, text, tokens[k]!.start, tokens[k]!.end, "demonym", ctx.sentence.index, true);
      emit(ctx, { subject: c.entity, predicate: "nationality", object: place.key }, k);
      break;
    }
  }
}
