import type { Token } from "../text/tokens.js";
import { type TypedName, titleAt, typeName } from "./entity-typing.js";
import { HONORIFICS } from "./lexicon.js";
import { repairPersonSpans } from "./name-spans.js";
import type { NamedSpan } from "./named-span.js";
import { countryOfDemonym, findPlace, isDemonym } from "./place-gazetteer.js";
import { type RoleTitle, roleTitleBefore } from "./role-titles.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";

/** Titles whose holder heads a state: "Tunisian President X" is head of state of Tunisia. */
const HEAD_OF_STATE = /^(?:president|king|emir)$/i;

/**
 * Where a person's name really starts once the titles written in front of it are counted: a trained
 * model tags "Habib Essid" in "Prime Minister Habib Essid" (CoNLL leaves titles out of PER spans),
 * but the title is the role. Only capitalised titles directly before the span are taken.
 */
function titleStart(tokens: readonly Token[], first: number): number {
  let start = first;
  for (;;) {
    let found = 0;
    for (let k = Math.max(0, start - 4); k < start && !found; k++)
      if (/^\p{Lu}/u.test(tokens[k]!.text) && titleAt(tokens, k, start) === start - k) found = start - k;
    if (!found && start > 0 && HONORIFICS.has(tokens[start - 1]!.text.toLowerCase())) found = 1;
    if (!found) break;
    start -= found;
  }
  // "Tunisian President …": the demonym tells whose title it is.
  if (start < first && start > 0 && isDemonym(tokens[start - 1]!.text)) start--;
  return start;
}

/** The country in "Tunisia's President …" or "Algerian …" right before token `at`, and its token. */
function countryBefore(tokens: readonly Token[], at: number): { country: string; cue: number } | undefined {
  const before = tokens[at - 1]?.text;
  const demonym = before && isDemonym(before) ? countryOfDemonym(before) : undefined;
  if (demonym) return { country: demonym, cue: at - 1 };
  if (before && /^['’]s$/.test(before) && at >= 2 && findPlace(tokens[at - 2]!.text) === "country")
    return { country: tokens[at - 2]!.text, cue: at - 2 };
  return undefined;
}

/** A name span placed on a sentence's tokens, [first, end), and typed: `from` is where its title starts. */
export interface PlacedName {
  first: number;
  end: number;
  from: number;
  typed: TypedName;
}

/**
 * Places one span on a sentence's tokens and types it, as `addNames` does: widened to token
 * boundaries, the possessive clitic left out, titles in front of a person's name counted in.
 * `words` are the sentence's lowercase token texts.
 */
export function placeName(
  tokens: readonly Token[],
  words: readonly string[],
  sentenceIndex: number,
  span: NamedSpan,
): PlacedName | undefined {
  const first = tokens.findIndex((t) => t.end > span.start);
  if (first < 0 || tokens[first]!.start >= span.end) return undefined;
  let end = first;
  while (end < tokens.length && tokens[end]!.start < span.end) end++;
  // The possessive clitic is not part of the name ("Tunisia's").
  while (end > first && /^['’]s?$|^[.,;:]$/.test(tokens[end - 1]!.text)) end--;
  if (end <= first) return undefined;
  // A dateline's outlet, "SOUSSE, June 27 (Maghreb Wire) -", is an organisation, never a person.
  const byline = sentenceIndex === 0 && words[first - 1] === "(" && words[end] === ")" && first < 8;
  const label = byline ? "ORG" : span.label;
  const from = label === "PER" || label === "MISC" ? titleStart(tokens, first) : first;
  const typed = typeName(tokens, from, end, from < first ? "PER" : label, words[from - 1], span.type);
  return typed ? { first, end, from, typed } : undefined;
}

/** "SOUSSE" → "Sousse", "PORT EL KANTAOUI" → "Port El Kantaoui": each word's first letter kept a capital. */
function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s/'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * The name of an entity written in capitals, as a dateline or heading writes it: the document's own
 * mixed-case spelling when it has one ("GAÂFOUR" → "Gaâfour"), else title case ("LONDON" → "London").
 * Names of three letters or fewer are acronyms ("USA", "UK") and stay.
 */
export function normalCaseName(name: string, text: string): string {
  if (/\p{Ll}/u.test(name) || name.replace(/[^\p{L}]/gu, "").length <= 3) return name;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "giu")))
    if (/\p{Ll}/u.test(m[0])) return m[0];
  return titleCase(name);
}

/**
 * Places the name finder's spans of one sentence on its tokens, types them, and turns titles into
 * roles: "President Beji Caid Essebsi" is the person "Beji Caid Essebsi" with holds_position
 * "President". A span that does not fall on token boundaries is widened to them. A place or person
 * written in capitals is named in normal case; the mention keeps the capitals.
 */
export function addNames(ctx: SentenceContext, spans: readonly NamedSpan[]): void {
  const { tokens, text, graph } = ctx;
  for (const span of repairPersonSpans(text, spans)) {
    const placed = placeName(tokens, ctx.words, ctx.sentence.index, span);
    if (!placed) continue;
    const { first, end, from, typed } = placed;
    if (ctx.chunks.some((c) => c.kind === "name" && c.first < end && first < c.end)) continue;
    let cue = from;
    const title =
      typed.type === "person" ? longerTitle(ctx, typed.first, typed.role ? from : undefined) : undefined;
    if (title) {
      typed.role = title.role;
      if (title.demonym !== undefined && !typed.country)
        typed.country = countryOfDemonym(tokens[title.demonym]!.text);
      cue = title.demonym ?? title.start;
    }
    if (typed.type === "person" && !typed.country) {
      const found = countryBefore(tokens, title ? title.start : typed.role ? from : typed.first);
      if (found) [typed.country, cue] = [found.country, found.cue];
    }
    const start = tokens[typed.first]!.start;
    const stop = tokens[typed.end - 1]!.end;
    const written = text.slice(start, stop).replace(/\s+/g, " ");
    const name =
      typed.type === "location" || typed.type === "person" ? normalCaseName(written, text) : written;
    const entity = graph.entity(typed.type, name, ctx.sentence.index);
    graph.mention(entity, text, start, stop, span.label, ctx.sentence.index);
    ctx.chunks.push({
      first: typed.first,
      end: typed.end,
      entity: entity.key,
      type: typed.type,
      nominal: false,
      kind: "name",
    });
    if (typed.role) entity.official = true;
    const at = typed.first;
    if (typed.role) emit(ctx, { subject: entity.key, predicate: "holds_position", value: typed.role }, at);
    const body = title && bodyOfTitle(ctx, title);
    if (body && title) {
      emit(ctx, { subject: entity.key, predicate: "official_of", object: body, role: title.bodyRole }, at);
      continue;
    }
    if (typed.type !== "person" || !typed.country) continue;
    // "Tunisian President X" heads the state; "Algerian Prime Minister X" serves it; "Algerian X" is one.
    const country = graph.entity("location", typed.country, ctx.sentence.index);
    graph.mention(country, text, tokens[cue]!.start, tokens[cue]!.end, "demonym", ctx.sentence.index, true);
    if (typed.role && HEAD_OF_STATE.test(typed.role))
      emit(ctx, { subject: entity.key, predicate: "head_of_state_of", object: country.key }, at);
    else if (typed.role)
      emit(ctx, { subject: entity.key, predicate: "official_of", object: country.key, role: typed.role }, at);
    else emit(ctx, { subject: entity.key, predicate: "nationality", object: country.key }, at);
  }
}

/**
 * The title in front of a person's name read as a noun phrase ("Charleston police chief", "Deputy
 * Interior Minister", "Attorney General"), when it says more than the capitalised title the typing
 * found (which starts at `found`).
 */
function longerTitle(ctx: SentenceContext, first: number, found: number | undefined): RoleTitle | undefined {
  const ending = (type: Chunk["type"]) => (end: number) =>
    ctx.chunks.find((c) => c.kind === "name" && c.type === type && c.end === end)?.first;
  const title = roleTitleBefore(ctx.tokens, ctx.words, first, {
    organisationEndingAt: ending("organization"),
    placeEndingAt: ending("location"),
  });
  if (!title) return undefined;
  const roleStart = title.demonym !== undefined ? title.demonym + 1 : title.start;
  return found === undefined || roleStart <= found ? title : undefined;
}

/**
 * The organisation a title names ("Interior Ministry spokesman", "Charleston police chief"): the
 * named one, or a new one of the place and the common noun, as `state-bodies.ts` names it. The
 * guide gives `official_of` only where the report names the body, so a bare "police chief" has none.
 */
export function bodyOfTitle(ctx: SentenceContext, title: RoleTitle): string | undefined {
  const { body } = title;
  if (!body) return undefined;
  if (body.named) return ctx.chunks.find((c) => c.kind === "name" && c.first === body.first)?.entity;
  const { tokens, text, graph } = ctx;
  const [start, stop] = [tokens[body.first]!.start, tokens[body.end - 1]!.end];
  const name = text
    .slice(start, stop)
    .replace(/\s+/g, " ")
    .replace(/['’]s(?=\s)/u, "");
  const entity = graph.entity("organization", name, ctx.sentence.index);
  graph.mention(entity, text, start, stop, "ORG", ctx.sentence.index);
  ctx.chunks.push({
    first: body.first,
    end: body.end,
    entity: entity.key,
    type: "organization",
    nominal: false,
    kind: "name",
  });
  return entity.key;
}
