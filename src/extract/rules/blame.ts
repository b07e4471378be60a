import { blamedCollectiveAt } from "./blamed-collectives.js";
import { isPeopleWord } from "./group-edges.js";
import { BODY_NOUNS, EVENT_NOUNS } from "./lexicon.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";

/**
 * Blame and attribution that name an event's perpetrator (`perpetrated`), as news reports put an
 * authority's finding: "Authorities have blamed X, an al-Qaeda-linked group, for last week's attack",
 * "Officials attributed the café attack to a faction of X", "the bombing was blamed on X", "X, blamed
 * for the bombings, …", and with no event written, "Government officials blame X" in a report about
 * one attack; "Investigators suspect X", "accuse X of the attack", "bore the hallmarks of X" (hedged).
 * The sentence's source stays on the statement through its credibility; what the blamed
 * party says in reply ("X has denied any role") is the denial's own statement.
 */
export function addBlame(ctx: SentenceContext): void {
  const { words } = ctx;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const passive = w.endsWith("ed") && (BE.has(words[i - 1] ?? "") || words[i - 1] === ",");
    if (BLAMING.has(w)) {
      if (passive) {
        // "X was blamed for the bombing", "the bombing was blamed on X".
        const event = eventAt(ctx, i + 2);
        if (words[i + 1] === "for" && event) perpetrate(ctx, actorBefore(ctx, i), event, i);
        if (words[i + 1] === "on") perpetrate(ctx, actorAt(ctx, i + 2), eventBefore(ctx, i), i);
        continue;
      }
      // "…, an attack which police blamed on X": the relative pronoun stands for the event before it.
      if (words[i + 1] === "on") {
        perpetrate(ctx, actorAt(ctx, i + 2), relativeEvent(ctx, i), i);
        continue;
      }
      const event = eventAt(ctx, i + 1);
      if (event) {
        // "blamed the bombing on X"; the event's phrase may have run on over "on X".
        const on = onWithin(ctx, event);
        if (on !== undefined) perpetrate(ctx, actorAt(ctx, on + 1), event, i);
        continue;
      }
      const actor = actorAt(ctx, i + 1);
      if (actor) perpetrate(ctx, actor, chargeAfter(ctx, actor.end, "for") ?? reportEvent(ctx, actor), i);
    } else if (SUSPECTING.has(w) && !ARTICLES.has(words[i - 1] ?? "") && words[i - 1] !== "main") {
      // "Investigators suspect X", "Prosecutors accuse X of the attack": the charge after "of", else
      // the report's attack (the hedge is the verb's own, `credibility.ts`).
      const actor = actorAt(ctx, i + 1);
      if (!actor) continue;
      const charge = chargeAfter(ctx, actor.end, "of");
      if (charge) perpetrate(ctx, actor, charge, i);
      else if (SUSPECTING_ALONE.has(w)) perpetrate(ctx, actor, reportEvent(ctx, actor), i);
    } else if ((w === "work" || w === "handiwork") && words[i - 1] === "the" && words[i + 1] === "of") {
      // "The attack was the work of X": a finding, as firm as its source (common nouns: work-of-groups.ts).
      const actor = actorAt(ctx, i + 2);
      if (actor?.kind === "name") perpetrate(ctx, actor, eventBefore(ctx, i - 1), i);
    } else if (w === "hallmarks" && words[i + 1] === "of") {
      // "The attack bore the hallmarks of X": a likeness, graded as a hedge.
      perpetrate(ctx, actorAt(ctx, i + 2), eventBefore(ctx, i), i);
    } else if (ATTRIBUTING.has(w)) {
      // "attributed the café attack, in which 20 died, to a faction of X"; "was attributed to X".
      const event = passive ? eventBefore(ctx, i) : eventAt(ctx, i + 1);
      const to = passive ? i + 1 : event && toAfter(words, event.end);
      if (event && to !== undefined && words[to] === "to") perpetrate(ctx, actorAt(ctx, to + 1), event, i);
    }
  }
}

const BLAMING = new Set(["blamed", "blame", "blames", "blaming"]);
/** Verbs that name a suspect in the active: "Police suspect X", "accuse X of the bombing". */
const SUSPECTING = new Set(["suspect", "suspects", "accuse", "accuses"]);
/** Of those, the ones that charge the report's attack with no "of": "Investigators suspect X." */
const SUSPECTING_ALONE = new Set(["suspect", "suspects"]);
const ATTRIBUTING = new Set(["attributed", "attribute", "attributes", "attributing"]);
const BE = new Set(["was", "were", "is", "are", "been", "being", "be"]);
const ACTOR_TYPES = new Set(["organization", "group", "person"]);
/** Words that may open an actor's phrase: "the", "a faction of", "members of". */
const ARTICLES = new Set(["the", "a", "an"]);
/** A part of an organisation stands for it: "a faction of X", "members of X", "the armed wing of X". */
const PARTS = new Set([
  "faction",
  "wing",
  "branch",
  "cell",
  "members",
  "militants",
  "fighters",
  "affiliate",
  "splinter",
  "armed",
]);
/** How far an apposition after the actor or event may reach before "for" or "to" (", an al-Qaeda-linked group,"). */
const APPOSITION_REACH = 10;

function perpetrate(
  ctx: SentenceContext,
  actor: Chunk | undefined,
  event: Chunk | string | undefined,
  trigger: number,
): void {
  if (!actor || event === undefined) return;
  const object = typeof event === "string" ? event : event.entity;
  if (ctx.graph.get(actor.entity)?.type === "event") return;
  emit(ctx, { subject: actor.entity, predicate: "perpetrated", object }, trigger);
}

/**
 * The event chunk at `k`, after articles and the site it happened at ("the bus station bombing"); a
 * possessive date is the phrase's own ("last week's attack" starts at "last").
 */
function eventAt(ctx: SentenceContext, k: number): Chunk | undefined {
  for (let at = k; at <= k + 4; at++) {
    const event = ctx.chunks.find((c) => c.type === "event" && c.kind === "event" && c.first === at);
    if (event) return event;
    const site = ctx.chunks.some(
      (c) => c.first <= at && at < c.end && (c.type === "facility" || c.type === "location"),
    );
    if (!ARTICLES.has(ctx.words[at] ?? "") && !site) return undefined;
  }
  return undefined;
}

/** Words that close a clause between an event and a passive "was blamed on" said of another subject. */
const CLAUSE_BREAKS = new Set([";", ":", "and", "but", "after", "before", "while", "when", "said"]);

/**
 * The subject of a passive "was blamed on", "was attributed to": the latest event phrase before `k`
 * in the same clause ("The bombing of Kano airport was blamed on X": the phrase may stop short of the
 * site's last word).
 */
function eventBefore(ctx: SentenceContext, k: number): Chunk | undefined {
  // "the bombing in Quetta bore the hallmarks of X": a phrase that ran on over the verb is still the subject.
  const over = ctx.chunks.find(
    (c) => c.type === "event" && c.kind === "event" && c.first < k && c.end > k && k - c.first <= 8,
  );
  if (over && !ctx.words.slice(over.first, k).some((w) => CLAUSE_BREAKS.has(w))) return over;
  const event = ctx.chunks
    .filter((c) => c.type === "event" && c.kind === "event" && c.end <= k && k - c.end <= 8)
    .sort((a, b) => b.end - a.end)[0];
  if (!event || ctx.words.slice(event.end, k).some((w) => CLAUSE_BREAKS.has(w))) return undefined;
  return event;
}

/** The organisation, group or person at `k`, past an article and a part ("a faction of X"). */
function actorAt(ctx: SentenceContext, k: number): Chunk | undefined {
  const { words } = ctx;
  let at = k;
  if (ARTICLES.has(words[at] ?? "")) at++;
  const own = ctx.chunks
    .filter((c) => (c.first === at || c.first === k) && ACTOR_TYPES.has(c.type))
    .sort((a, b) => b.end - a.end)[0];
  if (own) return own;
  // "the Pakistani Taliban": a people's adjective in front of the name.
  if (isPeopleWord(ctx.tokens[at]?.text ?? "")) {
    const named = ctx.chunks.find((c) => c.first === at + 1 && c.kind === "name" && ACTOR_TYPES.has(c.type));
    if (named) return named;
  }
  // "the Basque separatist group ETA": a description of up to three words ends in a group noun.
  for (let noun = at; noun <= at + 3; noun++) {
    if (!BODY_NOUNS.has(words[noun] ?? "")) continue;
    const named = ctx.chunks.find((c) => c.first === noun + 1 && ACTOR_TYPES.has(c.type));
    if (named) return named;
  }
  // "a faction of X", "the armed wing of X": one or two words of a part, then "of".
  for (let of = at + 1; of <= at + 2; of++) {
    if (words[of] !== "of" || !words.slice(at, of).every((w) => PARTS.has(w))) continue;
    return actorAt(ctx, of + 1);
  }
  // "blamed on jihadists linked to al-Qaeda", "on Baloch separatists": an unnamed collective.
  return blamedCollectiveAt(ctx, k);
}

/**
 * The token of "on" with an actor after it further along the event's phrase ("blamed the bombing of a
 * bus in Quetta on X", where the phrase runs on over "on X"), within its clause, or undefined.
 */
function onWithin(ctx: SentenceContext, event: Chunk): number | undefined {
  const { words } = ctx;
  for (let k = event.first + 1; k < Math.min(words.length, event.first + 12); k++) {
    if (CLAUSE_ENDS.has(words[k]!)) return undefined;
    if (words[k] === "on" && actorAt(ctx, k + 1)) return k;
  }
  return undefined;
}

/** The actor whose clause a passive "was blamed" or an apposed ", blamed for" is said of. */
function actorBefore(ctx: SentenceContext, k: number): Chunk | undefined {
  let end = k;
  while (BE.has(ctx.words[end - 1] ?? "") || ctx.words[end - 1] === ",") end--;
  return ctx.chunks
    .filter((c) => c.end === end && ACTOR_TYPES.has(c.type))
    .sort((a, b) => a.first - b.first)[0];
}

/** The token of `link` after `from`, over an apposition closed by a comma, or undefined. */
function toAfter(words: readonly string[], from: number): number | undefined {
  if (words[from] !== ",") return from;
  const close = words.indexOf(",", from + 1);
  if (close < 0 || close - from > APPOSITION_REACH) return undefined;
  return close + 1;
}

/** The event of "… for E" after the actor, over an apposition ("X, an al-Qaeda-linked group, for E"). */
function chargeAfter(ctx: SentenceContext, from: number, link: string): Chunk | undefined {
  const at = toAfter(ctx.words, from);
  if (at === undefined || ctx.words[at] !== link) return undefined;
  return eventAt(ctx, at + 1);
}

/** Words after a blamed actor that close the clause: what follows is no charge of its own. */
const CLAUSE_ENDS = new Set([";", ".", ",", "but", "and", "although", "though", "while"]);

/**
 * "Government officials blame X; the group has not commented": with no charge written, the blame is
 * for the report's attack, when the sentence or else the whole report speaks of one event only.
 */
function reportEvent(ctx: SentenceContext, actor: Chunk): string | undefined {
  const { words, graph } = ctx;
  if (actor.type === "person") return undefined;
  const next = words[actor.end];
  if (next !== undefined && !CLAUSE_ENDS.has(next)) return undefined;
  // "X, which has fought the government for a decade, …": the apposition is no charge either.
  const own = [...new Set(ctx.eventCues.map((c) => c.entity))];
  if (own.length === 1) return own[0];
  if (own.length > 1) return undefined;
  const events = graph.entities.filter((e) => e.type === "event" && !e.provisional);
  return events.length === 1 ? events[0]!.key : undefined;
}

/** Who may stand between a relative pronoun and its verb of blame: "which police blamed on X". */
const BLAMERS = new Set([
  "police",
  "officials",
  "authorities",
  "the",
  "security",
  "local",
  "government",
  "army",
  "military",
  "military's",
  "investigators",
  "residents",
  "witnesses",
  "they",
]);

/**
 * The event a relative clause of blame is said of: "…, an attack which police blamed on X" — the
 * event phrase right before "which" or "that", with only the blamers between the pronoun and the verb.
 */
function relativeEvent(ctx: SentenceContext, verb: number): string | undefined {
  const { words } = ctx;
  let k = verb - 1;
  while (k > verb - 4 && BLAMERS.has(words[k] ?? "")) k--;
  if (k === verb - 1 || (words[k] !== "which" && words[k] !== "that")) return undefined;
  const own = ctx.chunks.find((c) => c.type === "event" && c.kind === "event" && c.end === k);
  if (own) return own.entity;
  // "A car bomb killed nine soldiers …, an attack which …": an apposed event noun renames the
  // sentence's one event.
  if (!EVENT_NOUNS.has(words[k - 1] ?? "") || !ARTICLES.has(words[k - 2] ?? "") || words[k - 3] !== ",")
    return undefined;
  const events = [...new Set(ctx.eventCues.map((c) => c.entity))];
  return events.length === 1 ? events[0] : undefined;
}
