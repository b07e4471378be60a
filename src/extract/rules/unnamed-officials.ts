import { placeOfPost, possessorBefore } from "./fronted-titles.js";
import { ROLE_TITLE_BODIES, ROLE_TITLE_HEADS } from "./lexicon.js";
import { isDemonym } from "./place-gazetteer.js";
import { isTitleWord } from "./role-titles.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";

/**
 * Heads of a post held by one person that the report may leave unnamed: the title heads less those
 * that are also common words of another sense ("general", "attorney", "justice"), and "official".
 */
const OFFICIAL_HEADS: ReadonlySet<string> = new Set(
  [...ROLE_TITLE_HEADS, "official", "envoy", "consul"].filter(
    (w) => w !== "general" && w !== "attorney" && w !== "justice",
  ),
);
/** "officer" is a post only with the body it serves in front: "a police officer", not "a press officer". */
const SERVICE_HEADS = new Set(["officer"]);
/** Words inside an unnamed official's post that are no title words of their own. */
const POST_WORDS = new Set(["ministry", "department", "off-duty", "senior", "top", "local", "former"]);
/** Words after the head that keep the phrase a person's: the verb of a report, a place, punctuation. */
const AFTER = new Set([
  ",",
  ".",
  ";",
  ":",
  "—",
  ")",
  "at",
  "in",
  "who",
  "said",
  "says",
  "say",
  "told",
  "tells",
  "had",
  "has",
  "was",
  "is",
  "were",
  "and",
  "shot",
  "hurt",
  "would",
  "will",
  "could",
]);
/** Words before the article that make the phrase a predicate or a role, not a new person. */
const PREDICATIVE = new Set(["was", "is", "were", "are", "became", "become", "been", "be", "as", "named"]);
/** Nouns that stand for the report's place in a possessive: "the city's mayor". */
const PLACE_NOUNS = new Set(["city", "country", "state", "province", "region", "town", "county"]);

/** Whether a word after the head continues a person's phrase: see `AFTER`, or a past-tense verb. */
const endsPhrase = (word: string | undefined): boolean =>
  word === undefined || AFTER.has(word) || /^[a-z]+ed$/.test(word);

/** The post phrase that ends with the head at `head`: where it starts and what owns it. */
function postBefore(ctx: SentenceContext, head: number): { start: number; owner?: Chunk } | undefined {
  const { words } = ctx;
  let start = head;
  let owner: Chunk | undefined;
  for (;;) {
    const named = owner
      ? undefined
      : ctx.chunks.find(
          (c) => c.kind === "name" && c.end === start && (c.type === "organization" || c.type === "location"),
        );
    if (named) {
      [owner, start] = [named, named.first];
      continue;
    }
    const w = words[start - 1] ?? "";
    if (start === 0 || !(isTitleWord(w) || POST_WORDS.has(w))) break;
    start--;
  }
  if (SERVICE_HEADS.has(words[head]!)) {
    const served = words.slice(start, head).some((w) => ROLE_TITLE_BODIES.has(w) || w === "security");
    if (!served) return undefined;
  }
  // "Turkish police officer": a people's adjective tells whose it is, not a body it serves.
  if (start > 0 && /^\p{Lu}/u.test(ctx.tokens[start - 1]!.text) && isDemonym(ctx.tokens[start - 1]!.text))
    start--;
  // "an off-duty Turkish police officer": what qualifies the man may stand before the people.
  while (start > 0 && POST_WORDS.has(words[start - 1]!)) start--;
  return { start, ...(owner ? { owner } : {}) };
}

/**
 * Officials the report knows only by their post, as the annotation guide counts an unnamed individual
 * a person: "Turkey's ambassador said …", "a government official said", "a ministry spokesman says",
 * "An investigating judge at the Federal Court of Justice ordered …". The post's owner, when the report
 * names it in the possessive or after "at", gives official_of with the post as role. A bare "the
 * spokesman" is left alone (it usually points back to someone named), and plurals ("officials",
 * "police") are collectives, not people.
 */
export function addUnnamedOfficials(ctx: SentenceContext): void {
  const { words, tokens, text, graph } = ctx;
  for (let head = 0; head < words.length; head++) {
    const w = words[head]!;
    if (!OFFICIAL_HEADS.has(w) && !SERVICE_HEADS.has(w)) continue;
    const next = tokens[head + 1];
    if (next && (/^\p{Lu}/u.test(next.text) || isTitleWord(words[head + 1]!) || /^['’]s?$/.test(next.text)))
      continue;
    if (!endsPhrase(words[head + 1])) continue;
    // "The Paris prosecutor, François Molins,": the post of a person named next (fronted-titles.ts).
    // "Haiti's ambassador in Washington, X,": the same, with the place the post is held in.
    const place = words[head + 1] === "in" ? ctx.chunks.find((c) => c.first === head + 2) : undefined;
    const comma = place && placeOfPost(ctx, place.end) === head + 1 ? place.end : head + 1;
    if (words[comma] === "," && ctx.chunks.some((c) => c.type === "person" && c.first === comma + 1))
      continue;
    const post = postBefore(ctx, head);
    if (!post) continue;
    const { start } = post;
    let owner = post.owner;
    let opening = start;
    const possessor = possessorBefore(ctx, start);
    if (possessor) {
      owner ??= possessor;
      opening = possessor.first;
    } else if (
      words[start - 1] === "'s" &&
      PLACE_NOUNS.has(words[start - 2] ?? "") &&
      words[start - 3] === "the"
    )
      opening = start - 3;
    const article = words[opening - 1];
    const determined = article === "a" || article === "an" || article === "the" || article === "one";
    if (!possessor && opening === start && !determined) continue;
    // "the spokesman", "the federal prosecutor": a definite post with no owner named points back to
    // someone the report has named, or stands for the office.
    if (article === "the" && !possessor && opening === start && !post.owner) continue;
    const beforeAt = (determined ? opening - 1 : opening) - 1;
    const before = words[beforeAt];
    if (before !== undefined && PREDICATIVE.has(before)) continue;
    // "Sean Collier, a police officer at …", "X, Kenya's interior minister,": an appositive describes
    // the person before it.
    if (before === "," && ctx.chunks.some((c) => c.type === "person" && c.end === beforeAt)) continue;
    if (ctx.chunks.some((c) => c !== owner && c !== possessor && c.first < head + 1 && opening < c.end))
      continue;
    // "An investigating judge at the Federal Court of Justice": the body after "at".
    if (!owner && words[head + 1] === "at") {
      const at = words[head + 2] === "the" ? head + 3 : head + 2;
      owner = ctx.chunks.find((c) => c.kind === "name" && c.type === "organization" && c.first === at);
    }
    // "the city's mayor" is named "city's mayor", as "a police spokesman" is "police spokesman".
    const from = words[opening] === "the" ? opening + 1 : opening;
    const name = text.slice(tokens[from]!.start, tokens[head]!.end).replace(/\s+/g, " ");
    const entity = graph.entity("person", name, ctx.sentence.index);
    entity.official = true;
    graph.mention(entity, text, tokens[opening]!.start, tokens[head]!.end, "PER", ctx.sentence.index, true);
    ctx.chunks.push({
      first: opening,
      end: head + 1,
      entity: entity.key,
      type: "person",
      nominal: true,
      kind: "description",
    });
    // A body written inside the post ("the Paris prosecutor", "an Interior Ministry spokesman") or a
    // people ("a Turkish officer") only qualifies it: the guide's reports give official_of where the
    // post is the owner's, "Turkey's ambassador", "a judge at the Federal Court of Justice".
    if (!owner || owner === post.owner) continue;
    const role = text.slice(tokens[start]!.start, tokens[head]!.end).replace(/\s+/g, " ");
    emit(ctx, { subject: entity.key, predicate: "official_of", object: owner.entity, role }, head);
  }
}
