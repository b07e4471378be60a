import type { DocumentEntity } from "./document-graph.js";
import { KNOWN_GROUPS } from "./lexicon.js";
import { readNumber } from "./numbers.js";
import { findPlace } from "./place-gazetteer.js";
import { type Chunk, emit, retypeFreshName, type SentenceContext } from "./sentence-context.js";

/**
 * Ties between people and the armed groups a report names in a noun phrase rather than a clause:
 * "three members of the banned Ansar al-Sharia" (a group of its members), "the Abu Sayyaf commander
 * Isnilon Hapilon", "Boko Haram's leader, Abubakar Shekau,", "X, a senior Ansar al-Sharia figure,",
 * "X, the head of Y's military wing,". The clauses ("belonged to", "a member of the X") are the
 * relation table's and the appositive rules'.
 */

const KNOWN = new Set(KNOWN_GROUPS);

/** Words a report puts between "of the" and a group's name: "members of the banned Ansar al-Sharia". */
const GROUP_EPITHETS = new Set([
  "banned",
  "outlawed",
  "proscribed",
  "jihadist",
  "militant",
  "islamist",
  "extremist",
  "radical",
  "armed",
  "separatist",
  "rebel",
  "shadowy",
  "little-known",
  "defunct",
  "now-defunct",
  "so-called",
  "terrorist",
]);

/** Bodies whose members are no membership the guide records: "members of Parliament". */
const NOT_MEMBERSHIPS = new Set(["parliament", "congress", "senate", "public", "press", "family"]);

/** Hedges between a copula and "members": "they were suspected members of …". */
const MEMBERSHIP_HEDGES = new Set([
  "suspected",
  "alleged",
  "presumed",
  "known",
  "active",
  "former",
  "senior",
]);

/** Words before "members" that make the phrase a predicate or a part of a person, not a group. */
const NOT_GROUP_OPENERS = new Set([
  "was",
  "were",
  "is",
  "are",
  "be",
  "been",
  "being",
  "became",
  "become",
  "as",
  "of",
  "among",
  "fellow",
]);

/**
 * Heads of a title that tie its holder to the group named in front: "the Abu Sayyaf commander X".
 * A founder leads what he founded, as the relation table's "founder of" says ("Boko Haram's founder").
 */
// "the group's spiritual guide" leads it as its spiritual leader does.
const LEADER_HEADS = new Set(["leader", "emir", "founder", "co-founder", "guide"]);
const MEMBER_HEADS = new Set([
  "commander",
  "chief",
  "figure",
  "militant",
  "fighter",
  "operative",
  "member",
  "ideologue",
  "recruiter",
  "bomb-maker",
]);
const SPOKESMAN_HEADS = new Set(["spokesman", "spokeswoman", "spokesperson"]);
/** A hedge or a time leaves a title whole: "a suspected Islamic State militant", "its longtime leader". */
const HEDGE_AND_TIME = ["suspected", "alleged", "longtime", "long-time", "late", "slain", "founding"];
/** Qualifiers inside such a title: "the group's military chief", "al-Qaeda's deputy leader". */
const TITLE_QUALIFIERS = new Set([
  "senior",
  "top",
  "military",
  "field",
  "regional",
  "local",
  "former",
  "supreme",
  "spiritual",
  "overall",
  "self-styled",
  "deputy",
  "chief",
  "key",
  "veteran",
  "notorious",
  "feared",
  "hardline",
  ...HEDGE_AND_TIME,
]);
/** Qualifiers that leave the holder a leader of the whole group. */
const LEADING_QUALIFIERS = new Set([
  "supreme",
  "overall",
  "top",
  "self-styled",
  "spiritual",
  "notorious",
  ...HEDGE_AND_TIME,
]);
/** What an armed group's part is called: "Ansar al-Sharia's military wing". */
const ARM_NOUNS = new Set(["wing", "arm", "branch", "faction", "cell", "unit", "brigade", "council"]);

/** Words that may follow the head of a title in apposition: "X, the Abu Sayyaf commander whom …". */
// "X, the Islamic State operative from Belgium who …": where he is from or posted ends the title too.
const APPOSITION_ENDS = new Set([",", ".", ";", ")", "and", "who", "whom", "whose", "from", "in", "based"]);

const TITLE_WORD = (w: string) =>
  LEADER_HEADS.has(w) || MEMBER_HEADS.has(w) || SPOKESMAN_HEADS.has(w) || TITLE_QUALIFIERS.has(w);

/**
 * The person's name after a group title in a span a recogniser took whole: in "Abu Sayyaf commander
 * Isnilon Hapilon" (a known group ending at `from`), "Isnilon Hapilon". Lowercase title words, then
 * at least two capitalised words; otherwise undefined.
 */
export function personAfterGroupTitle(
  text: string,
  from: number,
  to: number,
): { start: number; end: number; text: string } | undefined {
  const m =
    /^(\s+(?:[\p{Ll}-]+\s+)+)(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|(?:al|el|bin|ibn|ben|abu)(?:-\p{Lu}[\p{L}'’-]*)?))+)$/u.exec(
      text.slice(from, to),
    );
  if (!m) return undefined;
  if (!m[1]!.trim().split(/\s+/).every(TITLE_WORD)) return undefined;
  const start = from + m[1]!.length;
  return { start, end: to, text: m[2]! };
}

/** Whether an organisation is an armed group the lexicon knows (not a ministry or a parliament). */
function armedGroup(entity: DocumentEntity | undefined): entity is DocumentEntity {
  if (entity?.type !== "organization") return false;
  return KNOWN.has(entity.name.toLowerCase().replace(/^the\s+/, ""));
}

const nameAt = (ctx: SentenceContext, test: (c: Chunk) => boolean) =>
  ctx.chunks.find((c) => c.kind === "name" && test(c));

/**
 * "three members of the banned Ansar al-Sharia", "members of the outlawed X": a group named by the
 * phrase, each of whom is a member of the organisation. A copula or "one of" in front makes it a
 * predicate about someone else ("he was one of the members of …"), left to the relation table.
 */
function addMemberGroups(ctx: SentenceContext): void {
  const { words, tokens, text, graph } = ctx;
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== "members" || words[i + 1] !== "of") continue;
    let j = i + 2;
    if (words[j] === "the") j++;
    while (GROUP_EPITHETS.has(words[j] ?? "")) j++;
    const org = nameAt(ctx, (c) => c.first === j && c.type === "organization");
    if (!org || !/^\p{Lu}/u.test(tokens[org.first]!.text)) continue;
    if (org.end - org.first === 1 && NOT_MEMBERSHIPS.has(words[org.first]!)) continue;
    if (ctx.chunks.some((c) => c.kind !== "name" && c.first <= i && i < c.end)) continue;
    let start = i;
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (readNumber(words, k)?.end === i) start = k;
    // "they were members of …", "one of the members of …", "were suspected members of …": said of
    // someone else.
    let o = words[i - 1] === "the" ? i - 2 : i - 1;
    while (o > 0 && MEMBERSHIP_HEDGES.has(words[o]!)) o--;
    const opener = words[o];
    if (start === i && NOT_GROUP_OPENERS.has(opener ?? "")) continue;
    if (start > 0 && ["one", "each", "none"].includes(words[start] ?? "")) continue;
    const written = text.slice(tokens[start]!.start, tokens[org.end - 1]!.end).replace(/\s+/g, " ");
    const name = written.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
    const group = graph.entity("group", name, ctx.sentence.index);
    const [from, stop] = [tokens[start]!.start, tokens[org.end - 1]!.end];
    graph.mention(group, text, from, stop, "GROUP", ctx.sentence.index, true);
    // Counted, a name, as counted-groups.ts keeps its groups: the count says nothing of what they
    // did ("killing eight members of the Revolutionary Guards"). Uncounted, a group phrase, as
    // groups.ts keeps "fighters of the X", which may be the actor of its clause.
    const kind = start < i ? "name" : "group";
    ctx.chunks.push({ first: start, end: org.end, entity: group.key, type: "group", nominal: true, kind });
    emit(ctx, { subject: group.key, predicate: "member_of", object: org.entity }, i);
  }
}

/** A title read off the words before or after a person's name. */
interface GroupTitle {
  org: string;
  /** First and last-but-one token of the post as written ("deputy leader", "Abu Sayyaf commander"). */
  roleFirst: number;
  head: number;
  qualifiers: string[];
  /** Whether the title names the group with a possessive ("Boko Haram's leader"). */
  possessive: boolean;
}

/**
 * The group title ending at token `head` (its head noun): qualifiers, then the group, named in front
 * ("Abu Sayyaf commander") or with a possessive ("Boko Haram's leader", "the group's military chief").
 */
function titleEndingAt(ctx: SentenceContext, head: number): GroupTitle | undefined {
  const { words, graph } = ctx;
  const noun = words[head] ?? "";
  if (!LEADER_HEADS.has(noun) && !MEMBER_HEADS.has(noun) && !SPOKESMAN_HEADS.has(noun)) return undefined;
  let k = head;
  while (k > 0 && TITLE_QUALIFIERS.has(words[k - 1]!)) k--;
  const qualifiers = words.slice(k, head);
  const possessive = /^['’]s?$/.test(words[k - 1] ?? "");
  const end = possessive ? k - 1 : k;
  const org = nameAt(ctx, (c) => c.end === end && c.type === "organization");
  if (org && armedGroup(graph.get(org.entity)))
    return { org: org.entity, roleFirst: possessive ? k : org.first, head, qualifiers, possessive };
  // "the group's military chief X": the armed group the report last named.
  if (possessive && words[end - 1] === "group" && words[end - 2] === "the") {
    const latest = graph.latest("organization", (e) => armedGroup(e));
    if (latest) return { org: latest.key, roleFirst: k, head, qualifiers, possessive };
  }
  return undefined;
}

/**
 * The statements a group title makes of its holder, as the guide records them: a leader leads the
 * group ("leader_of"); a deputy or a spokesman holds a post in it ("holds_position", "official_of");
 * a commander, a figure, a fighter is a member ("member_of"), with his post where he has one.
 */
function emitTitle(ctx: SentenceContext, person: Chunk, title: GroupTitle): void {
  const { tokens, text } = ctx;
  const noun = ctx.words[title.head]!;
  const subject = person.entity;
  const at = title.head;
  const role = text.slice(tokens[title.roleFirst]!.start, tokens[title.head]!.end).replace(/\s+/g, " ");
  const lesser = title.qualifiers.some((q) => !LEADING_QUALIFIERS.has(q));
  if (LEADER_HEADS.has(noun) && !lesser) {
    emit(ctx, { subject, predicate: "leader_of", object: title.org }, at);
    return;
  }
  // "ISIS spokesman X": a title the name rules read already (names.ts).
  if (SPOKESMAN_HEADS.has(noun) && !title.possessive) return;
  if (LEADER_HEADS.has(noun) || SPOKESMAN_HEADS.has(noun)) {
    emit(ctx, { subject, predicate: "holds_position", value: role }, at);
    emit(ctx, { subject, predicate: "official_of", object: title.org, role }, at);
    return;
  }
  emit(ctx, { subject, predicate: "member_of", object: title.org }, at);
  if (title.possessive && (noun === "commander" || noun === "chief"))
    emit(ctx, { subject, predicate: "holds_position", value: role }, at);
}

/**
 * "Abubakar Shekau, Boko Haram's longtime leader,": a possessive title apposed without an article.
 * Returns whether the apposition was one.
 */
function possessiveApposition(ctx: SentenceContext, person: Chunk): boolean {
  const { words } = ctx;
  const org = nameAt(ctx, (c) => c.first === person.end + 1 && c.type === "organization");
  if (!org || !/^['’]s?$/.test(words[org.end] ?? "")) return false;
  let h = org.end + 1;
  while (TITLE_QUALIFIERS.has(words[h] ?? "")) h++;
  if (!APPOSITION_ENDS.has(words[h + 1] ?? "")) return false;
  const title = titleEndingAt(ctx, h);
  if (!title || title.org !== org.entity) return false;
  emitTitle(ctx, person, title);
  return true;
}

/**
 * Titles of armed groups around a person's name: in front ("the al-Shabaab leader Ahmed Godane",
 * "Boko Haram's leader, Abubakar Shekau,") or in apposition after it ("X, a senior Ansar al-Sharia
 * figure,", "X, the Abu Sayyaf commander,").
 */
function addGroupTitles(ctx: SentenceContext): void {
  const { words } = ctx;
  for (const person of ctx.chunks.filter((c) => c.kind === "name" && c.type === "person")) {
    // In front: "the Abu Sayyaf commander X", "Boko Haram's leader, X,".
    const before = words[person.first - 1] === "," ? person.first - 2 : person.first - 1;
    const front = before >= 0 ? titleEndingAt(ctx, before) : undefined;
    if (front && (words[person.first - 1] !== "," || front.possessive)) {
      emitTitle(ctx, person, front);
      continue;
    }
    // After: "X, a senior Ansar al-Sharia figure," — the head closes the apposition.
    if (words[person.end] !== ",") continue;
    if (possessiveApposition(ctx, person)) continue;
    if (!["a", "an", "the"].includes(words[person.end + 1] ?? "")) continue;
    for (let h = person.end + 3; h < Math.min(words.length, person.end + 12); h++) {
      const next = words[h + 1];
      if (next !== undefined && !APPOSITION_ENDS.has(next)) continue;
      const after = titleEndingAt(ctx, h);
      // "X, the group's leader,": the possessive opens the apposition, with its article.
      if (
        after?.possessive &&
        words[after.roleFirst - 2] === "group" &&
        after.roleFirst - 3 === person.end + 1
      ) {
        emitTitle(ctx, person, after);
        break;
      }
      if (after && after.roleFirst > person.end + 1) {
        const from = person.end + 2;
        if (ctx.words.slice(from, after.roleFirst).every((w) => TITLE_QUALIFIERS.has(w)))
          emitTitle(ctx, person, {
            ...after,
            qualifiers: [...words.slice(from, after.roleFirst), ...after.qualifiers],
          });
      }
      break;
    }
  }
}

/**
 * "X, the head of Ansar al-Sharia's military wing,": a post in a part of the group, which makes him a
 * member of the group, not its leader. Returns whether the appositive at `from` (its first word after
 * the comma) is of that shape, so that the appositive rules leave it alone.
 */
export function armOfGroupAt(words: readonly string[], from: number, close: number): boolean {
  for (let k = from; k < close - 1; k++) {
    if (!/^['’]s?$/.test(words[k]!)) continue;
    let j = k + 1;
    while (j < close && TITLE_QUALIFIERS.has(words[j]!)) j++;
    if (ARM_NOUNS.has(words[j] ?? "")) return true;
  }
  return false;
}

function addArmPosts(ctx: SentenceContext): void {
  const { words, tokens, text, graph } = ctx;
  for (const person of ctx.chunks.filter((c) => c.kind === "name" && c.type === "person")) {
    if (words[person.end] !== "," || !["a", "an", "the"].includes(words[person.end + 1] ?? "")) continue;
    const from = person.end + 1;
    let close = from;
    while (close < words.length && ![",", ".", ";", "(", ")"].includes(words[close]!)) close++;
    if (!armOfGroupAt(words, from, close)) continue;
    const org = ctx.chunks.find(
      (c) => c.kind === "name" && c.type === "organization" && c.first > from && c.end < close,
    );
    if (!org || !/^['’]s?$/.test(words[org.end] ?? "") || !graph.get(org.entity)) continue;
    if (!["head", "chief", "commander", "leader", "emir"].includes(words[from + 1] ?? "")) continue;
    if (words[from + 2] !== "of") continue;
    const role = text.slice(tokens[from + 1]!.start, tokens[close - 1]!.end).replace(/\s+/g, " ");
    emit(ctx, { subject: person.entity, predicate: "member_of", object: org.entity }, from + 1);
    emit(ctx, { subject: person.entity, predicate: "holds_position", value: role }, from + 1);
  }
}

/** Clauses of membership whose object is a body of people, never a place: "belonged to the X". */
const MEMBERSHIP_CUES = [
  ["belonged", "to"],
  ["belonging", "to"],
  ["belongs", "to"],
  ["member", "of"],
  ["members", "of"],
];

/**
 * A name the recogniser took for a place, standing where only a body of people can ("had confessed to
 * belonging to the Zetas"), is an organisation's, when no gazetteer knows it as a place and the report
 * meets it here first. Retyped before the relation table reads the clause, which would otherwise reach
 * past it to the next organisation ("the Zetas, the armed wing of the Gulf cartel").
 */
function retypeMembershipObjects(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  for (let i = 0; i < words.length - 2; i++) {
    if (!MEMBERSHIP_CUES.some((cue) => cue[0] === words[i] && cue[1] === words[i + 1])) continue;
    const k = words[i + 2] === "the" ? i + 3 : i + 2;
    const chunk = ctx.chunks.find((c) => c.kind === "name" && c.first === k && c.type === "location");
    const place = chunk && graph.get(chunk.entity);
    if (chunk && place && !findPlace(place.name)) retypeFreshName(ctx, chunk, "organization");
    // "the attackers were members of Ansaroul Islam": no person has members (his own "'s" aside).
    const person = ctx.chunks.find((c) => c.kind === "name" && c.first === k && c.type === "person");
    if (person && words[i]!.startsWith("member") && !/^['’]s?$/.test(words[person.end] ?? ""))
      retypeFreshName(ctx, person, "organization");
  }
}

/** Adds the membership ties of one sentence's noun phrases; see the module comment. */
export function addMemberTies(ctx: SentenceContext): void {
  retypeMembershipObjects(ctx);
  addMemberGroups(ctx);
  addGroupTitles(ctx);
  addArmPosts(ctx);
}
