import type { Token } from "../text/tokens.js";
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
      if (words[k] === "," || words[k] === "of") break;
      // "a 29-year-old US citizen": a country's name before a word of citizenship.
      const named = ctx.chunks.find((o) => o.first === k);
      if (named) {
        if (named.type === "location" && CITIZEN_NOUNS.has(words[named.end] ?? ""))
          emit(ctx, { subject: c.entity, predicate: "nationality", object: named.entity }, k);
        break;
      }
      const countries = demonymCountries(words, tokens, k);
      if (countries.length === 0) continue;
      for (const [at, country] of countries) {
        const place = graph.entity("location", country, ctx.sentence.index);
        graph.mention(place, text, tokens[at]!.start, tokens[at]!.end, "demonym", ctx.sentence.index, true);
        emit(ctx, { subject: c.entity, predicate: "nationality", object: place.key }, at);
      }
      break;
    }
  }
}

/** Nouns of citizenship: "a UK citizen", "a dual Austrian and North Macedonian national", "a dual French-Algerian national". */
const CITIZEN_NOUNS = new Set(["citizen", "national", "passport-holder"]);

/** The country of one demonym token: "Algerian", "Briton"; "Malaysian-born" is born a Malaysian. */
function countryOf(words: readonly string[], tokens: readonly Token[], k: number): string | undefined {
  const word = words[k]!.replace(/-born$/, "");
  const surface = tokens[k]!.text.replace(/-born$/, "");
  return (
    DEMONYM_COUNTRIES.get(word) ??
    NATIONAL_NOUNS.get(word) ??
    (isDemonym(surface) ? countryOfDemonym(surface) : undefined)
  );
}

/**
 * The countries of the demonym at `k`, and of those coordinated with it before a noun of citizenship
 * ("a dual Austrian and North Macedonian citizen": two-word demonyms included), as [token, country].
 */
function demonymCountries(
  words: readonly string[],
  tokens: readonly Token[],
  k: number,
  nouns: ReadonlySet<string> = CITIZEN_NOUNS,
): [number, string][] {
  // "a dual French-Algerian national": a hyphened pair of demonyms, each a citizenship.
  const parts = tokens[k]!.text.split("-");
  if (parts.length === 2 && nouns.has(words[k + 1] ?? "")) {
    const pair = parts.map(
      (p) => DEMONYM_COUNTRIES.get(p.toLowerCase()) ?? (isDemonym(p) ? countryOfDemonym(p) : undefined),
    );
    if (pair.every((c) => c !== undefined)) return pair.map((c): [number, string] => [k, c!]);
  }
  const first = countryOf(words, tokens, k);
  if (!first) return [];
  const out: [number, string][] = [[k, first]];
  if (words[k + 1] !== "and") return out;
  for (const width of [1, 2]) {
    const at = k + 1 + width;
    if (!nouns.has(words[at + 1] ?? "")) continue;
    const joined = tokens
      .slice(k + 2, at + 1)
      .map((t) => t.text)
      .join(" ");
    const country =
      DEMONYM_COUNTRIES.get(joined.toLowerCase()) ??
      (isDemonym(joined) ? countryOfDemonym(joined) : undefined);
    if (country) out.push([at, country]);
  }
  return out;
}

/** Nouns of a citizenship one holds: "holds French citizenship", "had Moroccan and Italian passports". */
const CITIZENSHIP_NOUNS = new Set(["citizenship", "citizenships", "nationality", "passport", "passports"]);
/** Verbs of holding a citizenship, after the person or "who". */
const HOLDING_VERBS = new Set([
  "holds",
  "held",
  "hold",
  "has",
  "had",
  "have",
  "acquired",
  "obtained",
  "took",
]);

/**
 * Nationality from a clause of holding a citizenship: "Khalid Masri, who holds French citizenship,",
 * "X, who had dual Italian and Moroccan citizenship,", "X held a Belgian passport". The demonym must
 * stand right before the noun of citizenship (after "dual" or an article); "who had applied for French
 * citizenship" and "had lost his French passport" give none, for no verb of holding comes first.
 */
export function addCitizenshipClauses(ctx: SentenceContext): void {
  const { words, tokens, graph, text } = ctx;
  for (const c of [...ctx.chunks]) {
    if (c.kind !== "name" || c.type !== "person") continue;
    let k = c.end;
    if (words[k] === "," && words[k + 1] === "who") k += 2;
    else if (words[k] === "who") k += 1;
    if (!HOLDING_VERBS.has(words[k] ?? "")) continue;
    k++;
    if (words[k] === "a" || words[k] === "an") k++;
    if (words[k] === "dual") k++;
    const countries = demonymCountries(words, tokens, k, CITIZENSHIP_NOUNS);
    // "holds French citizenship": one demonym must stand right before the noun.
    const single = countries.length === 1 && CITIZENSHIP_NOUNS.has(words[k + 1] ?? "");
    if (countries.length < 2 && !single) continue;
    for (const [at, country] of countries) {
      const place = graph.entity("location", country, ctx.sentence.index);
      graph.mention(place, text, tokens[at]!.start, tokens[at]!.end, "demonym", ctx.sentence.index, true);
      emit(ctx, { subject: c.entity, predicate: "nationality", object: place.key }, at);
    }
  }
}
