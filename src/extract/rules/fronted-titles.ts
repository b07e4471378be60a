import { addApposedPosts } from "./apposed-posts.js";
import { MILITARY_RANKS, ROLE_TITLE_BODIES } from "./lexicon.js";
import { bodyOfTitle } from "./names.js";
import { findPlace } from "./place-gazetteer.js";
import { type RoleTitle, roleTitleBefore, type TitleContext } from "./role-titles.js";
import { type Chunk, emit, retypeFreshName, type SentenceContext } from "./sentence-context.js";

/** Titles whose holder heads a state: "Turkey's president, X," is head of state of Turkey. */
const HEAD_OF_STATE = /^(?:president|king|emir)$/i;
/** Words before a fronted title that make the phrase an adjunct, its comma the end of an opening clause. */
const ADJUNCT_BEFORE = new Set(["to", "by", "from", "with", "for", "about", "against", "as", "of", "than"]);

/** Common nouns for a place or body that own a fronted title in the possessive: "the country's interior minister". */
const OWNER_NOUNS = new Set([
  "country",
  "state",
  "province",
  "region",
  "city",
  "nation",
  "government",
  "army",
]);
/** Ranks written between a fronted title's comma and the name ("…, Colonel X,", "…, Commander X,"). */
const RANKS = new Set([...MILITARY_RANKS, "commander"]);

/** What the sentence has named before a title: organisations and places ending at a token. */
export function titleContext(ctx: SentenceContext): TitleContext {
  const ending = (type: Chunk["type"]) => (end: number) =>
    ctx.chunks.find((c) => c.kind === "name" && c.type === type && c.end === end)?.first;
  return { organisationEndingAt: ending("organization"), placeEndingAt: ending("location") };
}

/** The body after a title written with "of" or "for" and ending at token `end`: "minister of Hesse". */
function bodyAfterTitle(ctx: SentenceContext, end: number): { link: number; body: Chunk } | undefined {
  const body = ctx.chunks.find(
    (c) => c.kind === "name" && c.end === end && (c.type === "location" || c.type === "organization"),
  );
  // "Inspector-General of Police": a service's common noun is part of the title, not a named body.
  if (!body || (body.end - body.first === 1 && ROLE_TITLE_BODIES.has(ctx.words[body.first]!)))
    return undefined;
  const link = ctx.words[body.first - 1] === "the" ? body.first - 2 : body.first - 1;
  return ctx.words[link] === "of" || ctx.words[link] === "for" ? { link, body } : undefined;
}

/**
 * Where "in" opens the place a post is held in, when that place ends at token `end`: the "in" of
 * "ambassador in Washington", else undefined.
 */
export function placeOfPost(ctx: SentenceContext, end: number): number | undefined {
  const place = ctx.chunks.find((c) => c.kind === "name" && c.end === end && c.type === "location");
  return place && ctx.words[place.first - 1] === "in" ? place.first - 1 : undefined;
}

/**
 * A place or organisation written in the possessive right before token `at` ("Rajasthan's"): a name
 * the sentence has, else a place the gazetteer knows, which is then named here.
 */
export function possessorBefore(ctx: SentenceContext, at: number): Chunk | undefined {
  if (!/^['’]s$/.test(ctx.tokens[at - 1]?.text ?? "")) return undefined;
  const named = ctx.chunks.find(
    (c) => c.kind === "name" && c.end === at - 1 && (c.type === "location" || c.type === "organization"),
  );
  const word = ctx.tokens[at - 2];
  if (named || !word || !/^\p{Lu}/u.test(word.text) || !findPlace(word.text)) return named;
  if (ctx.chunks.some((c) => c.first <= at - 2 && at - 2 < c.end)) return undefined;
  const place = ctx.graph.entity("location", word.text, ctx.sentence.index);
  ctx.graph.mention(place, ctx.text, word.start, word.end, "LOC", ctx.sentence.index);
  const chunk: Chunk = {
    first: at - 2,
    end: at - 1,
    entity: place.key,
    type: "location",
    nominal: false,
    kind: "name",
  };
  ctx.chunks.push(chunk);
  return chunk;
}

/**
 * The title written before a person's name set off by commas, when the title opens its noun phrase:
 * "Rajasthan's chief minister, X,", "The Paris prosecutor, X,", "The interior minister of Hesse, X,".
 */
function frontedTitle(
  ctx: SentenceContext,
  comma: number,
): { title: RoleTitle; owner?: Chunk; opening: number } | undefined {
  const after = bodyAfterTitle(ctx, comma);
  // "Haiti's ambassador in Washington, X,": where the post is held is no part of the title.
  const posted = after ? undefined : placeOfPost(ctx, comma);
  const title = roleTitleBefore(ctx.tokens, ctx.words, after?.link ?? posted ?? comma, titleContext(ctx));
  if (!title) return undefined;
  const possessor = possessorBefore(ctx, title.start);
  // "the country's interior minister, X,": a common noun's possessive opens the phrase, owning nothing named.
  const common =
    !possessor &&
    /^['’]s$/.test(ctx.tokens[title.start - 1]?.text ?? "") &&
    OWNER_NOUNS.has(ctx.words[title.start - 2] ?? "")
      ? title.start - 2
      : undefined;
  const opening = possessor ? possessor.first : (common ?? title.start);
  const before = ctx.words[opening - 1];
  // "A spokesman for the Interior Ministry, X,", "a senior security official, X,": an indefinite title
  // in apposition, when a body follows it or words qualify its head.
  const determined =
    before === "the" ||
    before === "its" ||
    before === "their" ||
    ((before === "a" || before === "an") && (after !== undefined || title.role.includes(" ")));
  if (!possessor && !determined && opening > 0 && before !== "," && before !== "and" && before !== "but")
    return undefined;
  // "According to the prosecutor, Smith, 25, was …": the comma closes an opening phrase.
  const outer = ctx.words[determined ? opening - 2 : opening - 1] ?? "";
  if (ADJUNCT_BEFORE.has(outer)) return undefined;
  // "A spokesman for Tehrik-e-Taliban Pakistan, X,": one speaks for a body, not a place no gazetteer knows.
  if (after && ctx.words[after.link] === "for" && after.body.type === "location") {
    const place = ctx.graph.get(after.body.entity);
    if (place && !findPlace(place.name)) retypeFreshName(ctx, after.body, "organization");
  }
  const owner = after?.body ?? possessor;
  return { title, ...(owner ? { owner } : {}), opening };
}

/**
 * Titles written first, with the name after them in commas: "Rajasthan's chief minister, Vasundhara
 * Raje, appealed for calm" gives holds_position "chief minister" and official_of Rajasthan with that
 * role; "The Paris prosecutor, X," gives the post "Paris prosecutor" and official_of Paris (role
 * "prosecutor"); "The German foreign minister, X," gives the post alone, as the annotation guide's
 * reports mostly do for a people's adjective; "The interior minister of Hesse, X," gives official_of
 * Hesse. The title is read by `roleTitleBefore`, as the one written right before a name.
 */
export function addFrontedTitles(ctx: SentenceContext): void {
  const { words, tokens, text, graph } = ctx;
  for (const person of ctx.chunks.filter((c) => c.kind === "name" && c.type === "person")) {
    // "Mali's defence minister, Colonel Sadio Camara,": a rank between the comma and the name.
    let comma = person.first - 1;
    while (comma > 0 && RANKS.has(words[comma]!) && person.first - comma < 3) comma--;
    if (words[comma] !== "," || words[person.end] !== ",") continue;
    const found = frontedTitle(ctx, comma);
    if (!found) continue;
    const { title, owner } = found;
    const entity = graph.get(person.entity);
    if (!entity) continue;
    entity.official = true;
    const at = person.first;
    emit(ctx, { subject: entity.key, predicate: "holds_position", value: title.role }, at);
    ctx.appositives.push([found.opening, person.end + 1]);
    const body = bodyOfTitle(ctx, title);
    if (body) {
      emit(ctx, { subject: entity.key, predicate: "official_of", object: body, role: title.bodyRole }, at);
      continue;
    }
    // "The Paris prosecutor": the place that starts the title owns the post written after it.
    const leading = ctx.chunks.find(
      (c) => c.kind === "name" && c.type === "location" && c.first === title.start && c.end < comma,
    );
    const place = owner ?? leading;
    if (!place || title.demonym !== undefined) continue;
    const role = owner
      ? title.role
      : text.slice(tokens[place.end]!.start, tokens[comma - 1]!.end).replace(/\s+/g, " ");
    if (place.type === "location" && HEAD_OF_STATE.test(role))
      emit(ctx, { subject: entity.key, predicate: "head_of_state_of", object: place.entity }, at);
    else emit(ctx, { subject: entity.key, predicate: "official_of", object: place.entity, role }, at);
  }
  addApposedPosts(ctx);
}
