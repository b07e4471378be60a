import { COMMON_CAPITALISED, MINISTRY_PORTFOLIOS, STATE_BODIES, STATE_BODY_COMPOUNDS } from "./lexicon.js";
import { isDemonym } from "./place-gazetteer.js";
import { matchesAt, type SentenceContext } from "./sentence-context.js";

/**
 * A state's bodies written as common nouns: "killed by police", "Turkish authorities", "Sri Lanka's
 * government", "the health ministry", "the air force". The annotation guide makes security forces,
 * ministries and parliaments organisations, and a country acting as a state one too; a trained name
 * finder sees none of these, as they are not capitalised names.
 */

/** Words that may stand between a country and its body: "Italian special police". */
const BODY_MODIFIERS = new Set(["special", "federal", "national", "local", "riot", "secret", "regular"]);

/** An adjective of nationality or region written like one ("Catalan", "Bangladeshi", "Swedish"). */
const ADJECTIVE_SHAPE = /^\p{Lu}\p{Ll}+(?:an|ish|ese|i)$/u;

/** Where the country in front of token `at` starts ("Turkish", "Sri Lanka's", "Bangladesh"), if any. */
function countryStart(ctx: SentenceContext, at: number): number | undefined {
  const { words, tokens } = ctx;
  const before = tokens[at - 1];
  if (!before) return undefined;
  if (/^['’]s$/.test(before.text)) {
    const owner = ctx.chunks.find((c) => c.kind === "name" && c.end === at - 1 && c.type === "location");
    return owner?.first;
  }
  const place = ctx.chunks.find((c) => c.kind === "name" && c.end === at && c.type === "location");
  if (place) return place.first;
  if (ctx.chunks.some((c) => c.first <= at - 1 && at - 1 < c.end)) return undefined;
  if (isDemonym(before.text) && /^\p{Lu}/u.test(before.text)) return at - 1;
  if (ADJECTIVE_SHAPE.test(before.text) && !COMMON_CAPITALISED.has(words[at - 1]!)) return at - 1;
  return undefined;
}

/** The state body whose head words start at token `i`, as [start, end) with its country's start, if any. */
function bodyAt(
  ctx: SentenceContext,
  i: number,
): { start: number; end: number; country: boolean } | undefined {
  const { words, tokens } = ctx;
  let end = 0;
  let alone = false;
  const portfolio = words[i + 1] === "ministry" && MINISTRY_PORTFOLIOS.has(words[i]!);
  if (portfolio) end = i + 2;
  for (const body of STATE_BODIES)
    if (!end && matchesAt(words, i, body.words)) [end, alone] = [i + body.words.length, body.alone];
  if (!end) return undefined;
  // "police officers", "the parliament building": the word modifies a noun and names no body.
  if (STATE_BODY_COMPOUNDS.has(words[end] ?? "")) return undefined;
  if (ctx.chunks.some((c) => c.first < end && i < c.end)) return undefined;
  let from = i;
  while (from > 0 && BODY_MODIFIERS.has(words[from - 1]!)) from--;
  const country = countryStart(ctx, from);
  if (country !== undefined) return { start: country, end, country: true };
  // "Metropolitan Police" is a name the finder missed, not "police" qualified by a word.
  const previous = tokens[from - 1]?.text ?? "";
  const capitalised = /^\p{Lu}/u.test(previous) && /\p{Ll}/u.test(previous);
  if (capitalised && !COMMON_CAPITALISED.has(words[from - 1]!)) return undefined;
  if (words[i] === "parliament" && ["the", "a"].includes(words[from - 1] ?? "")) return undefined;
  if (!alone && !portfolio) return undefined;
  return { start: from, end, country: false };
}

/**
 * Adds the state bodies of a sentence as organisations. A bare "police" in a report that has named a
 * police force ("New South Wales Police … police said") is that force.
 */
export function addStateBodies(ctx: SentenceContext): void {
  const { tokens, text, graph } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const body = bodyAt(ctx, i);
    if (!body) continue;
    const written = text.slice(tokens[body.start]!.start, tokens[body.end - 1]!.end).replace(/\s+/g, " ");
    // "Sri Lanka's government" is named "Sri Lanka government": the possessive names a place's
    // site too ("Kenya's Parliament" the building), and the mention keeps the words as written.
    const name = body.country ? written.replace(/['’]s(?=\s)/u, "") : written.toLowerCase();
    const named =
      name === "police"
        ? graph.latest("organization", (e) => /\bpolice$/i.test(e.name) && e.name.includes(" "))
        : undefined;
    const entity = named ?? graph.entity("organization", name, ctx.sentence.index);
    const start = tokens[body.start]!.start;
    graph.mention(entity, text, start, tokens[body.end - 1]!.end, "ORG", ctx.sentence.index);
    ctx.chunks.push({
      first: body.start,
      end: body.end,
      entity: entity.key,
      type: "organization",
      nominal: false,
      kind: "name",
    });
    i = body.end - 1;
  }
  widenOrganisationMentions(ctx);
}

/**
 * A named organisation is also written with its country or its kind: "Sri Lanka's Ministry of
 * Health", "the Moroccan interior ministry", "the Islamic State group". The wider phrase is a mention
 * of the same organisation, so that either spelling finds it.
 */
function widenOrganisationMentions(ctx: SentenceContext): void {
  const { tokens, text, graph, words } = ctx;
  for (const c of ctx.chunks) {
    if (c.kind !== "name" || c.type !== "organization") continue;
    const entity = graph.get(c.entity);
    if (!entity) continue;
    const from = countryStart(ctx, c.first) ?? c.first;
    const end = words[c.end] === "group" ? c.end + 1 : c.end;
    if (from === c.first && end === c.end) continue;
    graph.mention(entity, text, tokens[from]!.start, tokens[end - 1]!.end, "ORG", ctx.sentence.index);
  }
}
