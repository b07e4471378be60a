import { possessorOf } from "./anaphora.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/** Nouns that make a place written before them the person's home: "a Mosul resident", "a Kano native". */
const HOME_NOUNS = new Set(["resident", "native", "local"]);
/** Words that may qualify the noun between the article and the place: "a 35-year-old Mosul resident", "a longtime Kabul resident". */
const QUALIFIERS = /^(?:\d+-year-old|longtime|long-time|lifelong|former|local|young|elderly|retired)$/;
/** Words that may follow the noun to close the apposition: its comma, the sentence's end, a report verb. */
const CLOSERS = new Set([",", ".", ";", "who", "said", "says", "told"]);

/** "his home village of Tsentoroi", "her native city of Aleppo": the noun before "of". */
const HOME_OF = [
  ["home", "town"],
  ["home", "village"],
  ["home", "city"],
  ["home", "region"],
  ["home", "province"],
  ["hometown"],
  ["native", "town"],
  ["native", "village"],
  ["native", "city"],
];

/** "was buried in his home village of Tsentoroi": the possessor's home is the place after "of". */
function homeOf(ctx: SentenceContext): void {
  const { words } = ctx;
  for (let at = 0; at < words.length; at++) {
    if (words[at] !== "his" && words[at] !== "her") continue;
    const noun = HOME_OF.find((n) => n.every((w, k) => words[at + 1 + k] === w));
    if (!noun) continue;
    const of = at + 1 + noun.length;
    if (words[of] !== "of") continue;
    const place = ctx.chunks.find((c) => c.first === of + 1 && c.type === "location");
    const owner = place && possessorOf(ctx, at);
    if (owner) emit(ctx, { subject: owner, predicate: "resident_of", object: place.entity }, at, true);
  }
}

/**
 * A home written as a place before "resident" or "native" in apposition to a person: "Abdullah Aziz,
 * a Mosul resident, said …", "Halima Bello, a 40-year-old Maiduguri native,". "A resident of X" and
 * "from X" are the relation table's and `home-towns.ts`'s. Also "his home village of X".
 */
export function addResidentNouns(ctx: SentenceContext): void {
  homeOf(ctx);
  const { words } = ctx;
  for (const person of ctx.chunks.filter((c) => c.type === "person" && c.kind === "name")) {
    if (words[person.end] !== "," || (words[person.end + 1] !== "a" && words[person.end + 1] !== "an"))
      continue;
    let k = person.end + 2;
    while (k < person.end + 4 && QUALIFIERS.test(words[k] ?? "")) k++;
    const place = ctx.chunks.find((c) => c.first === k && c.kind === "name" && c.type === "location");
    if (!place || !HOME_NOUNS.has(words[place.end] ?? "") || !CLOSERS.has(words[place.end + 1] ?? ""))
      continue;
    emit(ctx, { subject: person.entity, predicate: "resident_of", object: place.entity }, place.end);
  }
}
