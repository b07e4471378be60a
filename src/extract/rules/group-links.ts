import type { DocumentEntity } from "./document-graph.js";
import { KNOWN_GROUPS } from "./lexicon.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";
import { addTieObjects } from "./tie-objects.js";

/**
 * Ties between collectives, and between people and collectives, that a report gives in a noun phrase
 * rather than a clause:
 * - an apposed parent: "JNIM, al-Qaeda's alliance in the Sahel,", "Al-Shabaab, the al-Qaeda affiliate"
 *   (affiliated_with the parent);
 * - a "-linked" compound: "X, an al-Qaeda-linked group", "the al-Qaeda-linked X" (affiliated_with);
 * - a participle with an adjunct before its agent: "the Pakistani Taliban, led since August by X"
 *   (leader_of; the plain "led by" is the relation table's);
 * - a described member: "an IS fighter", "a Pakistani Taliban commander" (member_of).
 */

const KNOWN = new Set(KNOWN_GROUPS);

/** Heads that make the apposed phrase a part or partner of the parent named in it. */
const PARENT_HEADS = new Set([
  "affiliate",
  "alliance",
  "ally",
  "franchise",
  "offshoot",
  "branch",
  "wing",
  "arm",
  "chapter",
  "proxy",
]);
/** Words that may stand between the parent and the head: "al-Qaeda's main ally", "its armed wing". */
const HEAD_QUALIFIERS = new Set([
  "main",
  "local",
  "regional",
  "official",
  "armed",
  "military",
  "political",
  "militant",
  "closest",
  "strongest",
  "newest",
  "former",
]);
/** The second half of a compound that links its first half to the thing described. */
const LINK_SUFFIX = /^(.+)-(?:linked|affiliated|allied|aligned|backed)$/;
/** Heads of a described member: "an IS fighter", "a Pakistani Taliban commander". */
const MEMBER_NOUNS = new Set([
  "fighter",
  "militant",
  "commander",
  "operative",
  "member",
  "jihadist",
  "gunman",
]);
const ARTICLES = new Set(["a", "an", "the"]);

const isPossessive = (w: string | undefined) => w !== undefined && /^['’]s?$/.test(w);

/** An organisation that is no state body: a known armed group, or any organisation apposed as a parent. */
function armedGroup(entity: DocumentEntity | undefined): boolean {
  return entity?.type === "organization" && KNOWN.has(entity.name.toLowerCase().replace(/^the\s+/, ""));
}

const namedAt = (ctx: SentenceContext, test: (c: Chunk) => boolean) =>
  ctx.chunks.find((c) => c.kind === "name" && test(c));

/**
 * "X, al-Qaeda's alliance in the Sahel,", "X, the al-Qaeda affiliate that …", "X, an offshoot of …"
 * is the relation table's. The host must be a named collective right before the comma.
 */
function addApposedParents(ctx: SentenceContext): void {
  const { words } = ctx;
  for (const host of ctx.chunks) {
    if (host.kind !== "name" || (host.type !== "organization" && host.type !== "group")) continue;
    if (words[host.end] !== ",") continue;
    let k = host.end + 1;
    if (ARTICLES.has(words[k] ?? "")) k++;
    const parent = namedAt(ctx, (c) => c.first === k && c.type === "organization");
    if (!parent || parent.entity === host.entity) continue;
    let h = isPossessive(words[parent.end]) ? parent.end + 1 : parent.end;
    // "Parent HEAD" without a possessive needs an article in front: "the al-Qaeda affiliate".
    if (h === parent.end && k === host.end + 1) continue;
    while (HEAD_QUALIFIERS.has(words[h] ?? "")) h++;
    if (!PARENT_HEADS.has(words[h] ?? "")) continue;
    emit(ctx, { subject: host.entity, predicate: "affiliated_with", object: parent.entity }, h, true);
  }
}

/** The organisation a compound's first half names: one the report has, or a known armed group. */
function linkedParent(ctx: SentenceContext, name: string, at: number): DocumentEntity | undefined {
  const folded = name.toLowerCase();
  const found = ctx.graph.latest("organization", (e) => e.name.toLowerCase() === folded);
  if (found) return found;
  if (!KNOWN.has(folded)) return undefined;
  const token = ctx.tokens[at]!;
  const entity = ctx.graph.entity("organization", name, ctx.sentence.index);
  ctx.graph.mention(entity, ctx.text, token.start, token.start + name.length, "ORG", ctx.sentence.index);
  return entity;
}

/**
 * "X, an al-Qaeda-linked militant leader," (the apposition's host) and "the al-Qaeda-linked X" (the
 * name right after): affiliated_with the compound's organisation.
 */
function addLinkedCompounds(ctx: SentenceContext): void {
  const { words, tokens } = ctx;
  for (let i = 0; i < words.length; i++) {
    const m = LINK_SUFFIX.exec(tokens[i]!.text);
    if (!m) continue;
    let subject: Chunk | undefined;
    if (ARTICLES.has(words[i - 1] ?? "") && words[i - 2] === ",")
      subject = namedAt(ctx, (c) => c.end === i - 2 && c.type !== "location" && c.type !== "event");
    subject ??= namedAt(
      ctx,
      (c) => c.first === i + 1 && (c.type === "person" || c.type === "organization" || c.type === "group"),
    );
    if (!subject) continue;
    const parent = linkedParent(ctx, m[1]!, i);
    if (!parent || parent.key === subject.entity) continue;
    emit(ctx, { subject: subject.entity, predicate: "affiliated_with", object: parent.key }, i, true);
  }
}

/** Words a passive participle may carry before its agent: "led since August by", "led until 2019 by". */
const ADJUNCT_OPENERS = new Set(["since", "until", "from", "for", "now", "then", "briefly", "jointly"]);

/** "the Pakistani Taliban, led since August by Hakimullah Mehsud,": an adjunct between "led" and "by". */
function addLedSince(ctx: SentenceContext): void {
  const { words } = ctx;
  for (let i = 1; i < words.length; i++) {
    if (!["led", "headed", "commanded", "founded"].includes(words[i]!) || words[i - 1] !== ",") continue;
    // The plain "X, led by Y" is the relation table's, unless X follows a preposition ("claimed by X,
    // led by Y"), where the table does not look for its object.
    const plain = words[i + 1] === "by";
    if (!plain && !ADJUNCT_OPENERS.has(words[i + 1] ?? "")) continue;
    const by = plain ? i + 1 : words.indexOf("by", i + 2);
    if (by < 0 || by > i + 5 || words.slice(i + 1, by).some((w) => w === "," || w === "and")) continue;
    const leader = namedAt(ctx, (c) => c.first === by + 1 && c.type === "person");
    const led = ctx.chunks.find(
      (c) => c.end === i - 1 && (c.type === "organization" || c.type === "group") && c.kind !== "event",
    );
    if (!leader || !led) continue;
    if (plain && !["by", "of", "to", "from", "with", "for", "against"].includes(words[led.first - 1] ?? ""))
      continue;
    // "since August": the leadership's start, the one time the phrase gives.
    const start = ctx.tokens[i]!.end;
    const since = ctx.dates.find((d) => d.start >= start && d.end <= ctx.tokens[by]!.start);
    const time = words[i + 1] === "since" && since ? { time: since.time } : {};
    emit(ctx, { subject: leader.entity, predicate: "leader_of", object: led.entity, ...time }, i);
  }
}

/** For an acronym ("IS"), the organisation the report spelled out earlier ("Islamic State"), else itself. */
function spelledOut(ctx: SentenceContext, key: string): string {
  const short = ctx.graph.get(key)?.name ?? "";
  if (!/^\p{Lu}{2,6}$/u.test(short)) return key;
  const initials = (name: string) =>
    name
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join("");
  const full = ctx.graph.latest(
    "organization",
    (e) => e.key !== key && e.name.includes(" ") && initials(e.name) === short,
  );
  return full?.key ?? key;
}

/**
 * "an IS fighter", "a Pakistani Taliban commander": a person described as one of a group's men is a
 * member of it. The person is the description the rules made of the phrase, or one made here.
 */
function addDescribedMembers(ctx: SentenceContext): void {
  const { words, tokens, text, graph } = ctx;
  for (const org of ctx.chunks.filter((c) => c.kind === "name" && c.type === "organization")) {
    const head = org.end;
    if (!MEMBER_NOUNS.has(words[head] ?? "") || !armedGroup(graph.get(org.entity))) continue;
    let open = org.first - 1;
    while (open >= 0 && /^\p{Lu}/u.test(tokens[open]!.text) && !ARTICLES.has(words[open]!)) open--;
    if (words[open] !== "a" && words[open] !== "an") continue;
    let person = ctx.chunks.find(
      (c) => c.type === "person" && c.kind !== "name" && c.first <= org.first && c.end === head + 1,
    );
    if (!person) {
      if (ctx.chunks.some((c) => c.first <= head && head < c.end && c !== org)) continue;
      const written = text.slice(tokens[open]!.start, tokens[head]!.end).replace(/\s+/g, " ");
      const entity = graph.entity("person", written, ctx.sentence.index);
      entity.described = words[head]!;
      graph.mention(entity, text, tokens[open]!.start, tokens[head]!.end, "PERSON", ctx.sentence.index, true);
      person = {
        first: open,
        end: head + 1,
        entity: entity.key,
        type: "person",
        nominal: true,
        kind: "description",
      };
      ctx.chunks.push(person);
    }
    emit(
      ctx,
      { subject: person.entity, predicate: "member_of", object: spelledOut(ctx, org.entity) },
      head,
      true,
    );
  }
}

/**
 * "The gunmen's leader, X,": the leader of a group the report describes rather than names. Named
 * groups' titles are member-ties.ts's.
 */
function addDescribedGroupLeaders(ctx: SentenceContext): void {
  const { words } = ctx;
  for (const group of ctx.chunks) {
    if (group.type !== "group" || group.kind === "name" || !isPossessive(words[group.end])) continue;
    const head = group.end + 1;
    if (!["leader", "ringleader", "commander"].includes(words[head] ?? "") || words[head + 1] !== ",")
      continue;
    const leader = namedAt(ctx, (c) => c.first === head + 2 && c.type === "person");
    if (!leader) continue;
    emit(ctx, { subject: leader.entity, predicate: "leader_of", object: group.entity }, head, true);
  }
}

/** Participles that tie the person before them to a collective: the relation table's triggers. */
const LINK_PARTICIPLES = [
  ["linked", "to"],
  ["tied", "to"],
  ["connected", "to"],
  ["affiliated", "with"],
];
const PERSON_NOUNS = new Set(["man", "woman", "person", "teenager", "youth", "boy", "girl"]);

/**
 * "a woman linked to the PKK": an indefinite person right before the participle is its subject, not
 * a collective further back ("one of the two bombers was a woman linked to …"). The person gets a
 * description entity, which the relation table then finds as the nearest subject.
 */
function addLinkedPeople(ctx: SentenceContext): void {
  const { words, tokens, text, graph } = ctx;
  for (let i = 2; i < words.length; i++) {
    if (!LINK_PARTICIPLES.some(([a, b]) => words[i] === a && words[i + 1] === b)) continue;
    const noun = i - 1;
    if (!PERSON_NOUNS.has(words[noun]!) || (words[noun - 1] !== "a" && words[noun - 1] !== "an")) continue;
    if (ctx.chunks.some((c) => c.first <= noun && noun < c.end)) continue;
    const written = text.slice(tokens[noun - 1]!.start, tokens[noun]!.end);
    const entity = graph.entity("person", written, ctx.sentence.index);
    entity.described = words[noun]!;
    graph.mention(
      entity,
      text,
      tokens[noun - 1]!.start,
      tokens[noun]!.end,
      "PERSON",
      ctx.sentence.index,
      true,
    );
    ctx.chunks.push({
      first: noun - 1,
      end: i,
      entity: entity.key,
      type: "person",
      nominal: true,
      kind: "description",
    });
  }
}

/** Adds the ties of one sentence's noun phrases; see the module comment. */
export function addGroupLinks(ctx: SentenceContext): void {
  addTieObjects(ctx);
  addApposedParents(ctx);
  addLinkedCompounds(ctx);
  addLedSince(ctx);
  addDescribedMembers(ctx);
  addDescribedGroupLeaders(ctx);
  addLinkedPeople(ctx);
}
