import type { EntityType } from "../../model/entity-types.js";
import { KNOWN_GROUPS } from "./lexicon.js";
import { type Chunk, emit, matchesAt, retypeFreshName, type SentenceContext } from "./sentence-context.js";

/**
 * The far ends of membership and affiliation clauses that the name finder leaves out, made into
 * entities before the relation table reads the clause:
 * - an unnamed collective: "the attackers belonged to a domestic cell", "had links to militant
 *   groups in the North Caucasus", "was a member of a shooting club" (a group named by its phrase);
 * - a name the recogniser took for a person where only a body of people can stand: "Jamaat-ul-Ahrar,
 *   a breakaway faction of the Pakistani Taliban," (an organisation, when the report meets it here
 *   first);
 * - the group a "whose" stands for: "Boko Haram, whose leader Abubakar Shekau died in May," (leader_of).
 */

/** Words after which a collective is what someone belongs or is tied to. */
const TIE_CUES: readonly string[][] = [
  "belonged to",
  "belonging to",
  "belongs to",
  "belong to",
  "member of",
  "members of",
  "joined",
  "recruited by",
  "recruited into",
  "linked to",
  "links to",
  "ties to",
  "tied to",
  "connected to",
  "affiliated with",
  "associated with",
  "allied with",
].map((c) => c.split(" "));

/** Heads of a body with its own standing, an organisation rather than a group: "a shooting club". */
const ORGANISATION_HEADS = new Set([
  "club",
  "clubs",
  "organisation",
  "organisations",
  "organization",
  "organizations",
  "company",
  "association",
  "party",
]);

/** Heads of an unnamed body of people: "a domestic cell", "armed groups", "a criminal gang". */
const COLLECTIVE_HEADS = new Set([
  "cell",
  "cells",
  "network",
  "networks",
  "group",
  "groups",
  "gang",
  "gangs",
  "club",
  "clubs",
  "militia",
  "militias",
  "faction",
  "factions",
  "organisation",
  "organisations",
  "organization",
  "organizations",
  "movement",
  "movements",
  "outfit",
  "outfits",
  "sect",
  "cult",
  "commando",
  "cartel",
  "cartels",
  "ring",
  ...ORGANISATION_HEADS,
]);

/** Words that end the modifiers of such a head before it is reached ("a group of", "the group's"). */
const NOT_MODIFIERS = new Set([
  "the",
  "a",
  "an",
  "of",
  "and",
  "or",
  "in",
  "to",
  "with",
  "by",
  "his",
  "her",
  "its",
]);

/**
 * "belonged to a domestic cell linked to …", "had links to militant groups in the North Caucasus":
 * an indefinite or bare plural phrase of lowercase modifiers and a collective head right after a tie
 * cue is a group, named by the phrase (with a place that follows it: "in the North Caucasus"). A
 * definite phrase ("the cell") is an anaphor, and "a group of Syrian fighters" is another phrase.
 */
function addCollectiveObjects(ctx: SentenceContext): void {
  const { words, tokens, text, graph } = ctx;
  for (let i = 0; i < words.length; i++) {
    const cue = TIE_CUES.find((c) => matchesAt(words, i, c));
    if (!cue) continue;
    const open = i + cue.length;
    const indefinite = words[open] === "a" || words[open] === "an";
    let head = indefinite ? open + 1 : open;
    while (
      head < open + 4 &&
      !COLLECTIVE_HEADS.has(words[head] ?? "") &&
      /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[head]?.text ?? "") &&
      !NOT_MODIFIERS.has(words[head] ?? "")
    )
      head++;
    const noun = words[head] ?? "";
    if (!COLLECTIVE_HEADS.has(noun) || (!indefinite && !noun.endsWith("s"))) continue;
    // "a group of Syrian fighters", "the group's": not the whole phrase.
    if (words[head + 1] === "of" || /^['’]s?$/.test(words[head + 1] ?? "")) continue;
    if (ctx.chunks.some((c) => c.first <= head && head < c.end)) continue;
    let end = head + 1;
    if (words[end] === "in") {
      const from = words[end + 1] === "the" ? end + 2 : end + 1;
      const place = ctx.chunks.find((c) => c.first === from && c.type === "location" && c.kind === "name");
      if (place) end = place.end;
    }
    const name = text
      .slice(tokens[indefinite ? open + 1 : open]!.start, tokens[end - 1]!.end)
      .replace(/\s+/g, " ");
    const type = ORGANISATION_HEADS.has(noun) ? "organization" : "group";
    const group = graph.entity(type, name, ctx.sentence.index);
    const label = type === "group" ? "GROUP" : "ORG";
    graph.mention(group, text, tokens[open]!.start, tokens[end - 1]!.end, label, ctx.sentence.index, true);
    // A name's chunk, as counted-groups.ts keeps its groups: the clause says what they belong to,
    // nothing of what they did ("had been recruited by armed groups" carried out no attack).
    ctx.chunks.push({ first: open, end, entity: group.key, type, nominal: true, kind: "name" });
    i = end - 1;
  }
}

/** Apposed descriptions that make their host a body of people: "X, a breakaway faction of Y,". */
const PART_NOUNS = new Set(["faction", "splinter", "offshoot", "wing", "branch", "affiliate"]);
const PART_QUALIFIERS = new Set(["breakaway", "splinter", "militant", "armed", "hardline", "radical"]);

/**
 * "Jamaat-ul-Ahrar, a breakaway faction of the Pakistani Taliban,": a host the recogniser took for a
 * person is an organisation, when the report names it here first.
 */
function retypePartHosts(ctx: SentenceContext): void {
  const { words } = ctx;
  for (const host of ctx.chunks.filter((c) => c.kind === "name" && c.type === "person")) {
    if (words[host.end] !== "," || !["a", "an", "the"].includes(words[host.end + 1] ?? "")) continue;
    let k = host.end + 2;
    while (PART_QUALIFIERS.has(words[k] ?? "")) k++;
    if (!PART_NOUNS.has(words[k] ?? "")) continue;
    if (words[k + 1] !== "of" && !(words[k + 1] === "group" && words[k + 2] === "of")) continue;
    retypeFreshName(ctx, host, "organization");
  }
}

/** Participles that modify the noun right before them: "a domestic cell linked to the ADF". */
const TIE_PARTICIPLES = new Set([
  "linked",
  "tied",
  "connected",
  "affiliated",
  "allied",
  "aligned",
  "associated",
]);

/**
 * The noun phrase a tie participle at token `at` hangs on: "the attackers belonged to a domestic cell
 * linked to the Allied Democratic Forces" ties the cell, not the attackers, to the ADF, though the
 * cell sits after a preposition, where a clause's subject never does. Undefined when no chunk of an
 * allowed type ends right before the participle.
 */
export function participleHost(
  ctx: SentenceContext,
  at: number,
  types: readonly EntityType[],
): Chunk | undefined {
  if (!TIE_PARTICIPLES.has(ctx.words[at] ?? "")) return undefined;
  return ctx.chunks
    .filter((c) => c.end === at && types.includes(c.type))
    .sort((a, b) => a.first - b.first)[0];
}

const KNOWN = new Set(KNOWN_GROUPS);
/** Posts named after "whose" that make their holder the group's leader. */
const WHOSE_LEADERS = new Set(["leader", "emir", "founder", "co-founder"]);

/**
 * "Boko Haram, whose leader Abubakar Shekau died in May,": the known armed group the relative pronoun
 * stands for is led by the name after the post ("the soldiers, whose leader …" name no group).
 */
function addWhoseLeaders(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  for (const person of ctx.chunks.filter((c) => c.kind === "name" && c.type === "person")) {
    let k = person.first - 1;
    if (words[k] === ",") k--;
    if (!WHOSE_LEADERS.has(words[k] ?? "") || words[k - 1] !== "whose" || words[k - 2] !== ",") continue;
    const org = ctx.chunks.find((c) => c.kind === "name" && c.end === k - 2 && c.type === "organization");
    const name =
      org &&
      graph
        .get(org.entity)
        ?.name.toLowerCase()
        .replace(/^the\s+/, "");
    if (!org || !name || !KNOWN.has(name)) continue;
    emit(ctx, { subject: person.entity, predicate: "leader_of", object: org.entity }, k);
  }
}

/** Adds the far ends of one sentence's ties; see the module comment. */
export function addTieObjects(ctx: SentenceContext): void {
  retypePartHosts(ctx);
  addWhoseLeaders(ctx);
  addCollectiveObjects(ctx);
}
