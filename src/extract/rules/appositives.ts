import { ageOf } from "./descriptions.js";
import { DEMONYM_COUNTRIES, LEADER_ROLES, PERSON_DESCRIPTIONS, ROLE_NOUNS } from "./lexicon.js";
import { armOfGroupAt } from "./member-ties.js";
import { countryOfDemonym, findPlace, isDemonym } from "./place-gazetteer.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";

/** Words that show a comma-delimited phrase is a clause, not an appositive. */
const VERBS = new Set([
  "said",
  "says",
  "told",
  "was",
  "were",
  "is",
  "are",
  "had",
  "has",
  "have",
  "did",
  "killed",
  "added",
  "crossed",
  "trained",
]);
const ROLE_LINKS = new Set(["of", "for", "at", "in", "to", "with"]);
/** Posts at the head of a body: "the head of the FSB", "chairman of the council". */
const HEAD_POSTS = new Set(["head", "chief", "chairman", "director"]);
const ALIAS = [
  ["better", "known", "as"],
  ["also", "known", "as"],
  ["known", "as"],
  ["alias"],
  ["aka"],
  ["a.k.a."],
];

/** Words that open an appositive after a bare age (", 31, a Tunisian", ", 24, from Oueslatia"). */
const APPOSITIVE_OPENERS = new Set(["a", "an", "the", "from", "of"]);
/** Words after a number that make it a count, not an age ("X, 30 people were killed"). */
const COUNT_NOUNS = new Set(["people", "others", "other", "of", "percent", "per", "years", "were", "more"]);

/** The age in ", 24," after a name: a number a person may be, not followed by what it counts. */
export function bareAge(words: readonly string[], at: number): number | undefined {
  const w = words[at] ?? "";
  if (!/^\d{1,3}$/.test(w)) return undefined;
  const n = Number(w);
  if (n < 10 || n > 110) return undefined;
  return COUNT_NOUNS.has(words[at + 1] ?? "") ? undefined : n;
}

function closeOf(ctx: SentenceContext, from: number): number | undefined {
  for (let k = from; k < ctx.words.length && k - from <= 16; k++) {
    const w = ctx.words[k]!;
    if (w === "," || w === "who" || w === "which" || w === "." || w === ";") return k;
    if (VERBS.has(w)) return undefined;
  }
  return ctx.words.length - from <= 16 ? ctx.words.length : undefined;
}

/**
 * Appositives after a person: ", a 23-year-old student from Gaafour," gives age 23, resident_of
 * Gaafour and the descriptor "student"; ", secretary of state for the Interior Ministry," gives
 * holds_position "secretary of state" and official_of the ministry with that role; ", better known as
 * Abu Iyadh," makes the second name a mention of the first person. Records the appositive spans so
 * argument search can step over them.
 */
export function addAppositives(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  const people = ctx.chunks.filter((c) => c.type === "person").sort((a, b) => a.first - b.first);
  for (const person of people) {
    if (words[person.end] !== ",") continue;
    const from = person.end + 1;
    const opener = words[from] ?? "";
    const alias = ALIAS.find((a) => a.every((w, k) => words[from + k] === w));
    if (alias) {
      const other = ctx.chunks.find(
        (c) => c.kind === "name" && c.type === "person" && c.first === from + alias.length,
      );
      if (other && other.entity !== person.entity) {
        graph.merge(graph.get(other.entity)!, graph.get(person.entity)!);
        for (const c of ctx.chunks) if (c.entity === other.entity) c.entity = person.entity;
      }
      const close = closeOf(ctx, from + alias.length + 1);
      if (close !== undefined) ctx.appositives.push([person.end, close + 1]);
      continue;
    }
    // "Amri, 24, from Oueslatia", "Tamerlan Tsarnaev, 26, died": a bare age, the wire style.
    const bare = bareAge(words, from);
    if (bare !== undefined) {
      emit(ctx, { subject: person.entity, predicate: "age", value: bare }, from);
      // "the 31-year-old" later in the report is this person.
      graph.get(person.entity)?.descriptors.add(`${bare}-year-old`);
      let close = from;
      const next = words[from + 2] ?? "";
      if (words[from + 1] === "," && (APPOSITIVE_OPENERS.has(next) || ROLE_NOUNS.has(next))) {
        const end = closeOf(ctx, from + 2);
        if (end !== undefined) {
          readAppositive(ctx, person, from + 2, end);
          close = end;
        }
      } else if (words[from + 1] === ",") close = from + 1;
      ctx.appositives.push([person.end, close + 1]);
      continue;
    }
    const starts =
      opener === "a" ||
      opener === "an" ||
      opener === "the" ||
      ageOf(opener) !== undefined ||
      ROLE_NOUNS.has(opener) ||
      opener === "secretary";
    if (!starts) continue;
    const close = closeOf(ctx, from);
    if (close === undefined) continue;
    ctx.appositives.push([person.end, close + 1]);
    readAppositive(ctx, person, from, close);
  }
}

const PRONOUNS = new Set(["it", "they", "them", "he", "she", "him", "her"]);

function readAppositive(ctx: SentenceContext, person: Chunk, from: number, close: number): void {
  const { words, tokens, text, graph } = ctx;
  const entity = graph.get(person.entity);
  if (!entity) return;
  let k = from;
  if (["a", "an", "the"].includes(words[k]!)) k++;
  const age = ageOf(words[k] ?? "");
  if (age !== undefined) {
    entity.descriptors.add(words[k]!);
    emit(ctx, { subject: entity.key, predicate: "age", value: age }, k);
    k++;
  }
  for (let i = k; i < close; i++) {
    if (PERSON_DESCRIPTIONS.has(words[i]!)) entity.descriptors.add(words[i]!);
    // "the younger of two brothers suspected of …", "the eldest of the four bombers", "the only
    // surviving suspect from the group that …": one of a group of attackers is a member of it.
    if (words[i] === "of" || words[i] === "from") {
      const group = ctx.chunks.find(
        (c) => c.kind === "group" && (c.first === i + 1 || (c.first === i + 2 && words[i + 1] === "the")),
      );
      if (group) emit(ctx, { subject: entity.key, predicate: "member_of", object: group.entity }, i);
    }
    if (words[i] === "from") {
      const place = ctx.chunks.find(
        (c) => c.first === i + 1 && (c.type === "location" || c.type === "facility"),
      );
      if (place) emit(ctx, { subject: entity.key, predicate: "resident_of", object: place.entity }, i);
    }
  }
  // "the head of Ansar al-Sharia's military wing": a post in the group's arm (member-ties.ts).
  if (armOfGroupAt(words, from, close)) return;
  // The role: from the first word up to the link before an organisation ("… for the Interior Ministry").
  const roleAt = words.slice(k, close).findIndex((w) => ROLE_NOUNS.has(w));
  if (roleAt < 0) return;
  // "a Tunisian they describe as the leader of the cell": a pronoun is the speaker of a clause
  // inside the appositive, not the body the role belongs to.
  const org = ctx.chunks.find(
    (c) =>
      c.first >= k &&
      c.end <= close &&
      (c.type === "organization" || c.type === "group" || c.type === "location") &&
      c.kind !== "event" &&
      !PRONOUNS.has(words[c.first]!) &&
      // "head of a Jerusalem yeshiva": a town that only qualifies the body's noun is not the body.
      !(c.type === "location" && words[c.first - 1] === "a" && /^\p{Ll}/u.test(tokens[c.end]?.text ?? "")),
  );
  let roleEnd = close;
  // "… they describe as the leader of the cell": the role is what follows "as".
  const as = words.slice(k, k + roleAt).lastIndexOf("as");
  let roleStart = as < 0 ? k : k + as + 1;
  if (org && org.first > k + roleAt) {
    roleEnd = org.first;
    if (words[roleEnd - 1] === "the" || words[roleEnd - 1] === "a" || words[roleEnd - 1] === "an") roleEnd--;
    if (ROLE_LINKS.has(words[roleEnd - 1]!)) roleEnd--;
  } else if (org && org.end <= k + roleAt) {
    roleStart = org.end; // "a senior Ansar al-Sharia leader": the role is after the name
  }
  if (roleEnd <= roleStart) return;
  // "Francisco Tudela, President Alberto Fujimori's brother Pedro and …" lists people; in "Martine
  // Moïse, the president's widow," the post is her husband's: neither is a post she holds.
  const named = (c: Chunk) => c.type === "person" && /^\p{Lu}/u.test(tokens[c.first]!.text);
  if (ctx.chunks.some((c) => named(c) && c.first >= roleStart && c.first < roleEnd)) return;
  const possessed = /^['’]s$/.test(tokens[k + roleAt + 1]?.text ?? "");
  if (possessed && !words.slice(k + roleAt + 2, roleEnd).some((w) => ROLE_NOUNS.has(w))) return;
  // "Colin Powell, the US Secretary of State,": the country owns the post, which is written without it.
  const country = org ? undefined : countryOwning(ctx, roleStart, roleEnd);
  if (country) {
    const place = graph.entity("location", country, ctx.sentence.index);
    const cue = tokens[roleStart]!;
    graph.mention(place, text, cue.start, cue.end, "country", ctx.sentence.index, true);
    const post = text.slice(tokens[roleStart + 1]!.start, tokens[roleEnd - 1]!.end);
    entity.official = true;
    emit(ctx, { subject: entity.key, predicate: "holds_position", value: post }, k + roleAt);
    emit(ctx, { subject: entity.key, predicate: "official_of", object: place.key, role: post }, k + roleAt);
    return;
  }
  const role = text.slice(tokens[roleStart]!.start, tokens[roleEnd - 1]!.end);
  const head = words.slice(roleStart, roleEnd).find((w) => ROLE_NOUNS.has(w)) ?? "";
  if (head !== "member" && head !== "analyst" && head !== "researcher") entity.official = true;
  // "a leader of the leftist Popular Front", "an opposition member of the National Constituent
  // Assembly": a tie to the organisation (leader_of, member_of below), not a post of its own.
  const tie = org && (head === "member" || head === "leader") && org.first > k + roleAt;
  const orgEntity = org && graph.get(org.entity);
  // "Alexander Bortnikov, the head of the FSB,": a post that also leads the body — the post is
  // written with its body, and he is both its official and its leader.
  // "a former commander of the Red Berets": he led it once; the report's tie now is membership.
  const former = words[roleStart] === "former" || words[roleStart] === "ex-";
  if (
    org &&
    orgEntity &&
    former &&
    (HEAD_POSTS.has(head) || LEADER_ROLES.has(head)) &&
    org.first > k + roleAt &&
    orgEntity.type !== "location"
  ) {
    if (!tie) emit(ctx, { subject: entity.key, predicate: "holds_position", value: role }, k + roleAt);
    emit(ctx, { subject: entity.key, predicate: "member_of", object: org.entity }, k + roleAt);
    return;
  }
  if (org && orgEntity && HEAD_POSTS.has(head) && org.first > k + roleAt && orgEntity.type !== "location") {
    const post = text.slice(tokens[roleStart]!.start, tokens[org.end - 1]!.end);
    emit(ctx, { subject: entity.key, predicate: "holds_position", value: post }, k + roleAt);
    emit(ctx, { subject: entity.key, predicate: "official_of", object: org.entity, role }, k + roleAt);
    emit(ctx, { subject: entity.key, predicate: "leader_of", object: org.entity }, k + roleAt);
    return;
  }
  if (!tie)
    for (const post of postsOf(ctx, roleStart, roleEnd, role))
      emit(ctx, { subject: entity.key, predicate: "holds_position", value: post }, k + roleAt);
  if (!org) return;
  if (head === "member")
    emit(ctx, { subject: entity.key, predicate: "member_of", object: org.entity }, k + roleAt);
  else if (LEADER_ROLES.has(head) && orgEntity && orgEntity.type !== "location") {
    emit(ctx, { subject: entity.key, predicate: "leader_of", object: org.entity }, k + roleAt);
  } else emit(ctx, { subject: entity.key, predicate: "official_of", object: org.entity, role }, k + roleAt);
}

/**
 * The posts in a role: two when it joins two with "and" ("a lieutenant colonel and deputy commander of
 * the unit": "lieutenant colonel", "deputy commander of the unit"), as the annotation guide counts a
 * second post; else the role itself.
 */
function postsOf(ctx: SentenceContext, roleStart: number, roleEnd: number, role: string): string[] {
  const { words, tokens, text } = ctx;
  const and = words.indexOf("and", roleStart);
  if (and < 0 || and >= roleEnd - 1) return [role];
  const hasRole = (from: number, to: number) => words.slice(from, to).some((w) => ROLE_NOUNS.has(w));
  if (!hasRole(roleStart, and) || !hasRole(and + 1, roleEnd)) return [role];
  const part = (from: number, to: number) => text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  return [part(roleStart, and), part(and + 1, roleEnd)];
}

/**
 * The country named by the first word of a post ("the US Secretary of State", "the French interior
 * minister"), when a post follows it: the country's name, or undefined.
 */
function countryOwning(ctx: SentenceContext, roleStart: number, roleEnd: number): string | undefined {
  const word = ctx.tokens[roleStart]!.text;
  if (roleEnd - roleStart < 2 || !/^\p{Lu}/u.test(word) || ROLE_NOUNS.has(ctx.words[roleStart]!))
    return undefined;
  // "Secretary of State", "Minister of the Interior": the head need not be the last word.
  if (!ctx.words.slice(roleStart + 1, roleEnd).some((w) => ROLE_NOUNS.has(w))) return undefined;
  if (findPlace(word) === "country") return word;
  return (
    DEMONYM_COUNTRIES.get(ctx.words[roleStart]!) ?? (isDemonym(word) ? countryOfDemonym(word) : undefined)
  );
}
