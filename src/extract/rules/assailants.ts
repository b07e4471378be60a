import { WEEKDAYS } from "./lexicon.js";
import { readNumber } from "./numbers.js";
import type { SentenceContext } from "./sentence-context.js";

/** First words of an assault verb phrase: "burst into", "stabbed", "opened fire on", "stormed", "attacked". */
const ASSAULT_STARTS = new Set([
  "stabbed",
  "stormed",
  "burst",
  "opened",
  "shot",
  "attacked",
  "killed",
  "detonated",
  "planted",
]);
/** What "planted" must set to be an assault: "planted the bomb", "planted explosives". */
const PLANTED = new Set(["bomb", "bombs", "device", "devices", "explosives"]);
/**
 * Words right after the verb that make it a reduced passive of the victim ("a man shot dead by police",
 * "a man stabbed in the neck was taken to hospital"), not an assault.
 */
const UNDERGOING = new Set([
  "by",
  "in",
  "on",
  "at",
  "near",
  "outside",
  "during",
  "while",
  "when",
  "after",
  "and",
  ",",
  // "a man killed himself": no assault on anyone.
  "himself",
  "herself",
  // "a soldier killed last week", "a student killed yesterday": a time, no victim.
  "last",
  "yesterday",
  "earlier",
  "overnight",
  "today",
  ...WEEKDAYS,
]);
/** Units of a span of time after a count: "killed two days later" tells when, not whom. */
const SPANS = /^(?:minutes?|hours?|days?|weeks?|months?|years?)$/;
/** Participles of a weapon carried, set between the subject and its verb: "a man wielding a machete". */
const BEARING = new Set(["armed", "wielding", "brandishing", "carrying"]);
/** Verbs that put an assault after them: "tried to storm", "attempted to force his way in". */
const ATTEMPTS = new Set(["tried", "attempted"]);
/** Heads of one unnamed person: "a man stabbed …", "an off-duty soldier opened fire …". */
const PERSON_HEADS = new Set([
  "man",
  "woman",
  "youth",
  "teenager",
  "boy",
  "girl",
  "pupil",
  "student",
  "soldier",
  "extremist",
  "terrorist",
  "bomber",
  // Official statements: "a terrorist element detonated an explosive belt".
  "element",
]);
/** Words between the article and a person's head: "a lone man", "a female suicide bomber". */
const PERSON_MODIFIERS = new Set([
  "lone",
  "young",
  "female",
  "male",
  "teenage",
  "suicide",
  "former",
  "radicalised",
  "radicalized",
  "disgruntled",
  "masked",
  "armed",
  "terrorist",
]);
/** Heads of several unnamed people: "Two men burst into …". */
const PEOPLE_HEADS = new Set(["men", "women", "youths", "teenagers"]);

/**
 * The first token of the subject noun phrase that ends right before token `end`: "a man", "Two
 * men", "Two Palestinians", stepping back over a participle phrase of arms ("Two men armed with
 * knives and a pistol burst into …") and a relative pronoun ("two men who had stormed …").
 */
function subjectBefore(
  ctx: SentenceContext,
  verb: number,
): { first: number; end: number; plural: boolean } | undefined {
  const { words, tokens } = ctx;
  let end = verb;
  if (ATTEMPTS.has(words[end - 1] ?? "")) end--;
  // "two men who had burst into …": the relative clause's owner.
  if (words[end - 1] === "had") end--;
  if (words[end - 1] === "who") end--;
  // "armed with a knife", "wielding a machete": the weapon's phrase stands between.
  const armed = words.findLastIndex((w, k) => k < end && BEARING.has(w));
  if (armed > 0 && end - armed <= 12 && (words[armed] !== "armed" || words[armed + 1] === "with"))
    end = armed;
  const head = end - 1;
  const word = words[head] ?? "";
  if (PERSON_HEADS.has(word)) {
    // Up to two modifiers, listed or hyphenated ("an off-duty soldier", "a far-right extremist").
    let article = head - 1;
    while (
      article > head - 3 &&
      (PERSON_MODIFIERS.has(words[article] ?? "") || /^\p{Ll}+-\p{Ll}+$/u.test(words[article] ?? ""))
    )
      article--;
    if (words[article] === "a" || words[article] === "an") return { first: article, end, plural: false };
  }
  // "Two men", "two Palestinians": a counted plural, common or a people's name.
  const plural = PEOPLE_HEADS.has(word) || /^\p{Lu}\p{Ll}+s$/u.test(tokens[head]?.text ?? "");
  if (!plural || readNumber(words, head - 1) === undefined) return undefined;
  return { first: head - 1, end, plural: true };
}

/**
 * Unnamed people who carry out an assault in a main clause, which no name or group finder takes as
 * a subject: "a man stabbed two nurses", "Two Palestinians armed with knives burst into a
 * synagogue". Each becomes a provisional person or group (dropped unless a statement uses it), so
 * `targets.ts` and the relation table can say whom or what they attacked. Runs before the targets.
 */
export function addAssailants(ctx: SentenceContext): void {
  const { words, tokens, text, graph } = ctx;
  for (let i = 1; i < words.length; i++) {
    if (!ASSAULT_STARTS.has(words[i]!) && !(words[i] === "to" && ATTEMPTS.has(words[i - 1]!))) continue;
    if (words[i] === "to" && words[i + 1] !== "storm" && words[i + 1] !== "force") continue;
    const verb = words[i] === "to" ? i - 1 : i;
    let after = i + 1;
    if (words[after] === "dead") after++;
    else if (words[after] === "to" && words[after + 1] === "death") after += 2;
    if (words[i] !== "to" && (after >= words.length || UNDERGOING.has(words[after]!))) continue;
    if (words[i] === "planted" && !words.slice(after, after + 3).some((w) => PLANTED.has(w))) continue;
    const count = readNumber(words, after);
    if (count && SPANS.test(words[count.end] ?? "")) continue;
    const np = subjectBefore(ctx, verb);
    if (!np || ctx.chunks.some((c) => c.first < np.end && np.first < c.end)) continue;
    // "Police said two men …" is fine; "with two men" or "of two men" is no subject.
    if (["with", "of", "by", "to", "for"].includes(words[np.first - 1] ?? "")) continue;
    const type = np.plural ? "group" : "person";
    const surface = text.slice(tokens[np.first]!.start, tokens[np.end - 1]!.end);
    const entity = graph.entity(type, surface, ctx.sentence.index, true);
    // "a teenager stabbed a teacher": one unnamed person whose act says he is the attacker.
    if (!np.plural) {
      const head = words[np.end - 1]!;
      entity.described ??= head;
      entity.descriptors.add(head).add("attacker");
    }
    graph.mention(
      entity,
      text,
      tokens[np.first]!.start,
      tokens[np.end - 1]!.end,
      np.plural ? "GROUP" : "PER",
      ctx.sentence.index,
      true,
    );
    ctx.chunks.push({
      first: np.first,
      end: np.end,
      entity: entity.key,
      type,
      nominal: true,
      kind: np.plural ? "group" : "description",
    });
  }
}
