import { bareAge } from "./appositives.js";
import { DEMONYM_COUNTRIES, NATIONAL_NOUNS } from "./lexicon.js";
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
    // "Mohamed Lahouaiej-Bouhlel, 31, a Tunisian who …": a bare age may come first.
    const open = bareAge(words, c.end + 1) !== undefined && words[c.end + 2] === "," ? c.end + 3 : c.end + 1;
    if (!["a", "an", "the"].includes(words[open] ?? "")) continue;
    for (let k = open + 1; k < Math.min(words.length, open + 2 + REACH); k++) {
      if (words[k] === "," || words[k] === "of" || ctx.chunks.some((o) => o.first === k)) break;
      const word = words[k]!;
      const country =
        DEMONYM_COUNTRIES.get(word) ??
        NATIONAL_NOUNS.get(word) ??
        (isDemonym(tokens[k]!.text) ? countryOfDemonym(tokens[k]!.text) : undefined);
      if (!country) continue;
      const place = graph.entity("location", country, ctx.sentence.index);
      graph.mention(place, text, tokens[k]!.start, tokens[k]!.end, "demonym", ctx.sentence.index, true);
      emit(ctx, { subject: c.entity, predicate: "nationality", object: place.key }, k);
      break;
    }
  }
}
