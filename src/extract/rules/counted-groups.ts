import { widenedStart } from "./group-edges.js";
import { GROUP_NOUNS } from "./lexicon.js";
import { readNumber } from "./numbers.js";
import { isDemonym } from "./place-gazetteer.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/**
 * Unnamed groups known by their number or their people, whatever the clause says of them: "six
 * attackers were killed", "including two suspected suicide bombers", "between 25 and 30 gunmen",
 * "all seven attackers", "a siege by Chechen gunmen", "Taliban gunmen wearing suicide vests". The
 * annotation guide makes an unnamed collective known by what it did a group; a count or a people
 * in front of an attacker's noun says it is a collective, not a stray plural.
 */

/** Words between a count and the noun: "two suspected suicide bombers", "Two female suicide bombers". */
const COUNTED_MODIFIERS = new Set([
  "armed",
  "masked",
  "rebel",
  "islamist",
  "jihadist",
  "suspected",
  "alleged",
  "would-be",
  "suicide",
  "female",
  "male",
  "young",
  "foreign",
  "unidentified",
  "heavily",
  "other",
]);

/** Attackers' nouns a count makes a group of ("men" and "fighters" are too often someone else's). */
const COUNTED_NOUNS: ReadonlySet<string> = new Set([
  ...[...GROUP_NOUNS].filter((n) => n !== "men" && n !== "fighters"),
  "hostage-takers",
  "insurgents",
  "suspects",
  // "Three accomplices received terms of seven to 27 years."
  "accomplices",
]);

/** Modifiers that say by themselves that a plural is a collective of fighters: "Islamist insurgents", "Masked gunmen". */
const DESCRIBING_MODIFIERS = new Set(["islamist", "jihadist", "masked", "armed", "rebel", "suicide"]);

/** Words of dress after a group noun: "in military uniforms", "in police uniform", "in army fatigues". */
const DRESS = /^(?:uniforms?|fatigues)$/;
const DRESS_MODIFIERS = new Set(["military", "army", "police", "security", "combat", "camouflage", "black"]);

/** The token after a phrase of dress that opens at `k` ("in army uniform"), or undefined. */
function attireEnd(words: readonly string[], k: number): number | undefined {
  if (words[k] !== "in") return undefined;
  let at = k + 1;
  while (DRESS_MODIFIERS.has(words[at] ?? "")) at++;
  return DRESS.test(words[at] ?? "") ? at + 1 : undefined;
}

/** Where a count ending at token `end` starts: "six", "dozens of", "between 25 and 30", or undefined. */
function countStart(words: readonly string[], end: number): number | undefined {
  for (let k = end - 1; k >= Math.max(0, end - 4); k--) {
    if (readNumber(words, k)?.end !== end) continue;
    // "between 25 and 30 gunmen"
    const and = k - 1;
    if (words[and] === "and") {
      for (let b = and - 1; b >= Math.max(1, and - 3); b--)
        if (words[b - 1] === "between" && readNumber(words, b)?.end === and) return b - 1;
    }
    return k;
  }
  return undefined;
}

/** Verbs of justice or custody that make counted men a collective of suspects. */
const JUDGED =
  /^(?:sentenced|convicted|acquitted|jailed|arrested|detained|charged|indicted|executed|hanged|freed|released)$/;

/**
 * Whether counted "men" at `noun` are the object or the passive subject of a verb of justice or
 * custody: "sentenced five men to death", "Three men were detained for questioning". Men counted
 * anywhere else ("killing five men") may be victims, bystanders or anyone.
 */
function judgedMen(words: readonly string[], noun: number): boolean {
  if (words[noun] !== "men") return false;
  const count = countStart(words, noun);
  if (count === undefined) return false;
  if (JUDGED.test(words[count - 1] ?? "")) return true;
  let k = noun + 1;
  if (["were", "have", "had"].includes(words[k] ?? "")) k++;
  if (words[k] === "been") k++;
  return k > noun + 1 && JUDGED.test(words[k] ?? "");
}

/**
 * Adds the group at `noun` if a count, a people's adjective or an organisation's name stands in
 * front of it; returns whether it did. An organisation's fighters ("Taliban gunmen") are members of it.
 */
export function addCountedGroup(ctx: SentenceContext, noun: number): boolean {
  const { words, tokens, graph, text } = ctx;
  if (!COUNTED_NOUNS.has(words[noun]!) && !judgedMen(words, noun)) return false;
  let start = noun;
  while (start > 0 && COUNTED_MODIFIERS.has(words[start - 1]!)) start--;
  const org = ctx.chunks.find((c) => c.kind === "name" && c.end === start && c.type === "organization");
  const people =
    !org && start > 0 && isDemonym(tokens[start - 1]!.text) && /^\p{Lu}/u.test(tokens[start - 1]!.text);
  const count = countStart(words, org ? org.first : people ? start - 1 : start);
  if (org) start = org.first;
  else if (people) start--;
  if (count !== undefined) start = count;
  else if (!org && !people && !words.slice(start, noun).some((w) => DESCRIBING_MODIFIERS.has(w)))
    return false;
  // "all seven attackers", "all the attackers"
  let first = start;
  while (first > 0 && ["all", "the"].includes(words[first - 1]!)) first--;
  if (words[first] === "the") first++;
  // "about 100 gunmen", "a group of 20 gunmen"
  first = Math.min(first, widenedStart(words, start));
  if (ctx.chunks.some((c) => c.kind !== "name" && c.first <= noun && start < c.end)) return false;
  if (ctx.chunks.some((c) => c.kind === "name" && c.first < noun && start < c.end && c !== org)) return false;
  const from = words[start] === "the" ? start + 1 : start;
  const written = text.slice(tokens[from]!.start, tokens[noun]!.end).replace(/\s+/g, " ");
  const name = org || people ? written : written.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  const group = graph.entity("group", name, ctx.sentence.index);
  graph.mention(group, text, tokens[first]!.start, tokens[noun]!.end, "GROUP", ctx.sentence.index, true);
  // "four attackers in military uniforms took part": the attire is part of how reports name them.
  const dress = attireEnd(words, noun + 1);
  if (dress !== undefined)
    graph.mention(
      group,
      text,
      tokens[first]!.start,
      tokens[dress - 1]!.end,
      "GROUP",
      ctx.sentence.index,
      true,
    );
  // "Seven suspects in the Madrid train bombings": the phrase with its event is a mention too.
  const of = ["in", "behind", "over"].includes(words[noun + 1] ?? "") ? noun + 2 : undefined;
  const event =
    of === undefined
      ? undefined
      : ctx.chunks.find(
          (c) => c.kind === "event" && (c.first === of || (c.first === of + 1 && words[of] === "the")),
        );
  if (event)
    graph.mention(
      group,
      text,
      tokens[first]!.start,
      tokens[event.end - 1]!.end,
      "GROUP",
      ctx.sentence.index,
      true,
    );
  // Kept as a name, not a group that acts: a count says nothing of what the group did ("six attackers
  // were killed", "nine militants were killed by soldiers"), so the sentence's event is not theirs
  // by being near (`linkPerpetrators`); only a clause that says so makes them its perpetrators.
  ctx.chunks.push({ first, end: noun + 1, entity: group.key, type: "group", nominal: true, kind: "name" });
  if (org) emit(ctx, { subject: group.key, predicate: "member_of", object: org.entity }, noun);
  // "Seven suspects in the Madrid train bombings", "two gunmen behind the attack": the phrase says
  // whose event it was (a suspect's, hedged by the sentence's own wording).
  if (event && words[noun + 1] !== "over")
    emit(ctx, { subject: group.key, predicate: "perpetrated", object: event.entity }, noun + 1);
  const crime = count === undefined ? undefined : sentencedFor(ctx, count, noun);
  if (crime) emit(ctx, { subject: group.key, predicate: "perpetrated", object: crime }, count!);
  return true;
}

/** Verbs of a court's finding that the people it names did what it tried them for. */
const CONDEMNED = /^(?:sentenced|convicted|jailed|hanged|executed)$/;

/**
 * The event a counted group was sentenced for: "sentenced five men to death and seven to life in
 * prison for the bombings of seven commuter trains" — the verb right before the count, "for" (or
 * "of" after "convicted") later in the clause, and an event phrase right after it.
 */
function sentencedFor(ctx: SentenceContext, count: number, noun: number): string | undefined {
  const { words } = ctx;
  if (!CONDEMNED.test(words[count - 1] ?? "")) return undefined;
  for (let k = noun + 1; k < Math.min(words.length, noun + 14); k++) {
    if ([";", ":", "but", "while", "after", "acquitted"].includes(words[k]!)) return undefined;
    if (words[k] !== "for" && !(words[k] === "of" && words[count - 1] === "convicted")) continue;
    const at = words[k + 1] === "the" ? k + 2 : k + 1;
    return ctx.chunks.find((c) => c.kind === "event" && (c.first === at || c.first === k + 1))?.entity;
  }
  return undefined;
}
