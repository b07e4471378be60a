import { bareAge } from "./appositives.js";
import { ageOf, attackerAct } from "./descriptions.js";
import type { DocumentEntity } from "./document-graph.js";
import { AGED_PERSON_HEADS, DEMONYM_COUNTRIES, NATIONAL_NOUNS, PERSON_DESCRIPTIONS } from "./lexicon.js";
import { countryOfDemonym, isDemonym } from "./place-gazetteer.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";

/** Words between the article and the rest that say nothing of who it is ("a young Syrian"). */
const MODIFIERS = new Set(["young", "teenage", "elderly", "lone", "unidentified"]);
/** Nouns of citizenship after a country's name: "a Pakistani-born US citizen". */
const CITIZEN_NOUNS = new Set(["citizen", "national"]);
/**
 * Words after a demonym that show it is the noun of the phrase, not an adjective before another noun:
 * "a 25-year-old Moroccan who had lived …", "A 27-year-old Syrian whose …", but "a Syrian refugee
 * camp" goes on to a noun that is not a person.
 */
const AFTER_DEMONYM_HEAD = new Set([
  "who",
  "whose",
  "whom",
  ",",
  ".",
  ";",
  "(",
  "born",
  "from",
  "with",
  "named",
  "identified",
  "living",
  "suspected",
  "accused",
  "arrested",
  "detained",
  "was",
  "had",
  "has",
  "is",
  "and",
  "blew",
  "opened",
]);
/** Nouns that make a person's head a modifier of something else: "a Syrian refugee camp". */
const NOT_A_PERSON_AFTER = new Set([
  "camp",
  "camps",
  "centre",
  "center",
  "status",
  "claim",
  "community",
  "population",
  "crisis",
  "visa",
  "card",
  "union",
  "group",
]);
/** Heads that say no more than "a person": they join later "the man" only when he is the attacker. */
const GENERIC = new Set(["man", "woman", "boy", "girl"]);
/** Copulas: "the bomber was a 28-year-old Syrian" says what someone is; it brings in nobody new. */
const PREDICATIVE = new Set(["was", "is", "were", "are", "became", "become", "been", "be", "as"]);
const BE = new Set(["was", "were", "is", "are", "been", "being", "be"]);
/** How far an attacker's act may stand from the description's head ("… whose asylum claim had been rejected blew himself up"). */
const ACT_REACH = 14;

/** The country of a demonym token ("Syrian", "Frenchman", "Pakistani-born"), or undefined. */
function countryAt(ctx: SentenceContext, k: number): string | undefined {
  const word = (ctx.words[k] ?? "").replace(/-born$/, "");
  const surface = (ctx.tokens[k]?.text ?? "").replace(/-born$/, "");
  if (!/^\p{Lu}/u.test(surface)) return undefined;
  return (
    DEMONYM_COUNTRIES.get(word) ??
    NATIONAL_NOUNS.get(word) ??
    (isDemonym(surface) ? countryOfDemonym(surface) : undefined)
  );
}

/** A described person's words: where it starts and ends, its head, age and countries. */
interface Described {
  first: number;
  head: number;
  end: number;
  age?: number;
  /** [token, country] for each nationality the phrase gives. */
  countries: [number, string][];
  /** A country already named as a location chunk ("US" in "a US citizen"). */
  citizenOf?: Chunk;
}

/**
 * Reads "a 27-year-old Syrian", "a 25-year-old Moroccan", "a Pakistani-born US citizen", "A Polish
 * man", "a 22-year-old man", "a man aged 34" starting at the article `i`; undefined unless the
 * phrase gives an age or a nationality.
 */
function readDescription(ctx: SentenceContext, i: number): Described | undefined {
  const { words } = ctx;
  let k = i + 1;
  const age = ageOf(words[k] ?? "");
  if (age !== undefined) k++;
  while (MODIFIERS.has(words[k] ?? "")) k++;
  const countries: [number, string][] = [];
  // "a Nigerian-born British citizen": a birthplace's demonym before the nationality's.
  for (let country = countryAt(ctx, k); country && countries.length < 2; country = countryAt(ctx, k))
    countries.push([k++, country]);
  let citizenOf: Chunk | undefined;
  const named = ctx.chunks.find((c) => c.first === k && c.type === "location");
  if (named && CITIZEN_NOUNS.has(words[named.end] ?? "")) {
    citizenOf = named;
    k = named.end;
  }
  let head: number;
  let end: number;
  if (AGED_PERSON_HEADS.has(words[k] ?? "") && !NOT_A_PERSON_AFTER.has(words[k + 1] ?? "")) {
    head = k;
    end = k + 1;
    // "an asylum seeker": the head is the second word.
    if (words[k] === "asylum" && /^seekers?$/.test(words[k + 1] ?? "")) end = ++head + 1;
  } else if (countries.length > 0 && !citizenOf && AFTER_DEMONYM_HEAD.has(words[k] ?? ".")) {
    head = k - 1;
    end = k;
  } else return undefined;
  // "a man aged 34".
  let given = age;
  if (given === undefined && words[end] === "aged" && /^\d{1,3}$/.test(words[end + 1] ?? "")) {
    given = Number(words[end + 1]);
    end += 2;
  }
  if (given === undefined && countries.length === 0 && !citizenOf) return undefined;
  // "a 39-year-old man from Uzbekistan": the place is part of how reports refer to him.
  if (words[end] === "from") {
    const from = ctx.chunks.find((c) => c.first === end + 1 && c.type === "location");
    if (from) end = from.end;
  }
  const described: Described = { first: i, head, end, countries };
  if (given !== undefined) described.age = given;
  if (citizenOf) described.citizenOf = citizenOf;
  return described;
}

/**
 * Whether the described person does an attacker's act in his own clause: "A 27-year-old Syrian whose
 * asylum claim had been rejected blew himself up …". Another actor in between ("… when a gunman
 * opened fire") or a passive ("was stabbed") makes him no attacker.
 */
function actsAfter(ctx: SentenceContext, end: number): boolean {
  const { words } = ctx;
  for (let k = end; k < Math.min(words.length, end + ACT_REACH); k++) {
    if (words[k] === ";" || words[k] === "when" || words[k] === "after") return false;
    if (ctx.chunks.some((c) => c.first === k && ["person", "group", "organization"].includes(c.type)))
      return false;
    if (attackerAct(words, k)) return !BE.has(words[k - 1] ?? "");
  }
  return false;
}

/**
 * The person chunk an indefinite description is apposed to: a name after it ("A 28-year-old
 * Australian man, Brenton Tarrant, appeared …", "a Chinese citizen named Yusufu Mieraili"), else
 * the person before it ("the suspect, a 25-year-old Moroccan", "Abdeslam, 26, a French citizen").
 */
function apposedTo(ctx: SentenceContext, d: Described): { name?: Chunk; before?: Chunk } {
  const { words } = ctx;
  const found: { name?: Chunk; before?: Chunk } = {};
  if (words[d.end] === "," || words[d.end] === "named" || words[d.end] === "called") {
    const name = ctx.chunks.find((c) => c.first === d.end + 1 && c.type === "person" && c.kind === "name");
    if (name) found.name = name;
  }
  if (words[d.first - 1] === ",") {
    const at =
      bareAge(words, d.first - 2) !== undefined && words[d.first - 3] === "," ? d.first - 3 : d.first - 1;
    const before = ctx.chunks.find((c) => c.end === at && c.type === "person");
    if (before) found.before = before;
  }
  return found;
}

/**
 * A predicate that gives the age or nationality of the person right before its copula: "The bomber was
 * a 15-year-old girl", "police said the attacker was a 23-year-old Tunisian". It brings in nobody new;
 * the subject gets the age and the country.
 */
function describeSubject(ctx: SentenceContext, i: number): void {
  const { words, graph, text, tokens } = ctx;
  if (words[i - 1] !== "was" && words[i - 1] !== "is") return;
  const subject = ctx.chunks.find((c) => c.end === i - 1 && c.type === "person");
  if (!subject || ctx.chunks.some((c) => c !== subject && c.first < subject.first && c.end >= subject.end))
    return;
  const d = readDescription(ctx, i);
  if (!d || d.citizenOf) return;
  if (ctx.chunks.some((c) => c.first > i && c.first <= d.head)) return;
  if (d.age !== undefined) emit(ctx, { subject: subject.entity, predicate: "age", value: d.age }, d.head);
  for (const [at, country] of d.countries) {
    if (/-born$/.test(words[at]!)) continue;
    const place = graph.entity("location", country, ctx.sentence.index);
    graph.mention(place, text, tokens[at]!.start, tokens[at]!.end, "demonym", ctx.sentence.index, true);
    emit(ctx, { subject: subject.entity, predicate: "nationality", object: place.key }, at);
  }
}

/**
 * Indefinite descriptions of a person by age and nationality, the way reports bring in someone not
 * yet named: "a 25-year-old Moroccan", "A 27-year-old Syrian", "A 29-year-old Frenchman", "a
 * Pakistani-born US citizen", "A Polish man", "a 22-year-old man", "a man aged 34". Each is a person
 * of its own (with its age and nationality), unless it is apposed to a person ("the suspect, a
 * 25-year-old Moroccan,"), when it is a further mention of that person. One that does an attacker's
 * act ("… blew himself up") is an attacker, for `linkPerpetrators` and for later "the bomber"; one
 * followed by a charge ("… suspected of the shooting") is left to `accusations.ts`, which reads the
 * chunk made here. A predicate ("the bomber was a 28-year-old Syrian") brings in nobody.
 */
export function addAgedDescriptions(ctx: SentenceContext): void {
  const { words, tokens, graph, text } = ctx;
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== "a" && words[i] !== "an") continue;
    if (PREDICATIVE.has(words[i - 1] ?? "")) {
      describeSubject(ctx, i);
      continue;
    }
    const d = readDescription(ctx, i);
    if (!d) continue;
    if (ctx.chunks.some((c) => c.first < d.end && c.end > i + 1 && c !== d.citizenOf && c.first <= d.head))
      continue;
    const { name, before } = apposedTo(ctx, d);
    // "Awlaki, a US citizen": apposed to a name the rules did not take for a person, it is no one new.
    const comma = d.first - 1;
    if (!before && words[comma] === "," && /^\p{Lu}/u.test(ctx.tokens[comma - 1]?.text ?? "")) continue;
    // "The gunman, a 23-year-old student from Gaafour,": `appositives.ts` reads an apposed description
    // by a head it knows.
    if (before && !name && PERSON_DESCRIPTIONS.has(words[d.head]!)) continue;
    const anchor = name ?? before;
    // "the man, a Chinese citizen named X": the description before and the name are one person.
    if (name && before) {
      const earlier = graph.get(before.entity);
      const named = graph.get(name.entity);
      if (earlier?.described && named && earlier !== named) graph.merge(earlier, named);
    }
    const attacker = !anchor && actsAfter(ctx, d.end);
    let person: DocumentEntity | undefined = anchor ? graph.get(anchor.entity) : undefined;
    const phrase = text.slice(tokens[i]!.start, tokens[d.end - 1]!.end);
    if (!person) {
      person = graph.entity("person", phrase.replace(/^an? /i, ""), ctx.sentence.index, true);
      person.described = words[d.head]!;
    }
    if (!GENERIC.has(words[d.head]!) || attacker || anchor) person.descriptors.add(words[d.head]!);
    if (attacker) person.descriptors.add("attacker");
    graph.mention(
      person,
      text,
      tokens[i]!.start,
      tokens[d.end - 1]!.end,
      "NOMINAL",
      ctx.sentence.index,
      true,
    );
    if (!anchor)
      ctx.chunks.push({
        first: i + 1,
        end: d.end,
        entity: person.key,
        type: "person",
        nominal: true,
        kind: "description",
      });
    if (d.age !== undefined) emit(ctx, { subject: person.key, predicate: "age", value: d.age }, d.head);
    for (const [at, country] of d.countries) {
      const place = graph.entity("location", country, ctx.sentence.index);
      graph.mention(place, text, tokens[at]!.start, tokens[at]!.end, "demonym", ctx.sentence.index, true);
      // "a Pakistani-born US citizen" is a US national born a Pakistani: the birth is not the nationality.
      if (!/-born$/.test(words[at]!) || (!d.citizenOf && d.countries.length === 1))
        emit(ctx, { subject: person.key, predicate: "nationality", object: place.key }, at);
    }
    if (d.citizenOf)
      emit(ctx, { subject: person.key, predicate: "nationality", object: d.citizenOf.entity }, d.head);
    i = d.end - 1;
  }
}
