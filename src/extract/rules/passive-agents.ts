import { agentAfterBy } from "./force-actions.js";
import { isPeopleWord } from "./group-edges.js";
import { ATTACKER_DESCRIPTIONS, FORCE_BODY_HEADS, GROUP_NOUNS } from "./lexicon.js";
import { readNumber } from "./numbers.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";

/**
 * The agent of a passive verb of harm whose victims the sentence counts: "Two policemen were killed by
 * gunmen in Maiduguri", "Five civilians were shot dead by suspected Boko Haram fighters in Gwoza".
 * The casualty rules make the event from the figure; the agent after "by" carried it out.
 */

/** Passive participles of harm to victims, with the words that may close them ("shot dead"). */
const HARM_PARTICIPLES: ReadonlyMap<string, readonly string[]> = new Map([
  ["killed", []],
  ["shot", ["dead"]],
  ["gunned", ["down"]],
  ["murdered", []],
  ["massacred", []],
  ["slaughtered", []],
  ["beheaded", []],
  ["wounded", []],
  ["injured", []],
  ["abducted", []],
  ["kidnapped", []],
  ["hacked", ["to", "death"]],
  ["stabbed", ["to", "death"]],
  ["burned", ["to", "death"]],
]);
/** Auxiliaries of the passive: "were killed", "have been killed", "had been shot dead". */
const PASSIVE = new Set(["was", "were", "been"]);
/** Words allowed between the participle and its "by": "killed on Friday by", "shot dead overnight by". */
const BETWEEN_BY = new Set(["on", "overnight", "late", "early", "yesterday", "today", "and", "allegedly"]);
/** Day and time words between the participle and its "by": "killed on Friday by". */
const TIMES = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning|evening)$/;
/** Modifiers of attackers after "by": "by suspected militants", "by heavily armed gunmen". */
const MODIFIERS = new Set([
  "suspected",
  "unidentified",
  "unknown",
  "armed",
  "heavily",
  "masked",
  "alleged",
  "suicide",
  "islamist",
  "jihadist",
  "rebel",
]);
/** Attackers' plurals; "men" needs a count or a modifier ("by two men", "by armed men"). */
const ATTACKERS: ReadonlySet<string> = new Set([...GROUP_NOUNS, "bandits", "terrorists", "jihadis"]);

/** The index of "by" after the harm participle at `verb`, past its closing words and a time, or -1. */
function byAfter(words: readonly string[], verb: number): number {
  let k = verb + 1;
  for (const w of HARM_PARTICIPLES.get(words[verb]!) ?? []) {
    if (words[k] === w) k++;
  }
  // "were killed and six wounded by …": a second figure of the same act.
  if (words[k] === "and") {
    const count = readNumber(words, k + 1);
    if (count && HARM_PARTICIPLES.has(words[count.end] ?? "")) k = count.end + 1;
  }
  for (let n = 0; n < 3 && words[k] !== "by"; n++) {
    if (!BETWEEN_BY.has(words[k] ?? "") && !TIMES.test(words[k] ?? "")) return -1;
    k++;
  }
  return words[k] === "by" ? k : -1;
}

/**
 * The attackers named by a common noun after "by" ("by gunmen", "by suspected militants", "by
 * suspected Boko Haram fighters", "by two men"), added as a group chunk; an organisation's name in
 * front makes them its members. Returns undefined for anything else.
 */
function attackersAt(ctx: SentenceContext, at: number): Chunk | undefined {
  const { words, tokens, text, graph } = ctx;
  let k = at;
  if (words[k] === "the" || words[k] === "a") k++;
  const start = k;
  const count = readNumber(words, k);
  if (count) k = count.end;
  let modified = false;
  while (MODIFIERS.has(words[k] ?? "")) {
    k++;
    modified = true;
  }
  const org = ctx.chunks.find((c) => c.first === k && c.kind === "name" && c.type === "organization");
  if (org) k = org.end;
  else if (isPeopleWord(tokens[k]?.text ?? "") && ATTACKERS.has(words[k + 1] ?? "")) k++;
  const noun = words[k] ?? "";
  if (!ATTACKERS.has(noun)) return undefined;
  if (noun === "men" && !count && !modified) return undefined;
  const own = ctx.chunks.find((c) => c.type === "group" && c.first <= k && k < c.end);
  if (own) return own;
  if (ctx.chunks.some((c) => c !== org && c.first <= k && start < c.end)) return undefined;
  const from = count ? count.end : start;
  const written = text.slice(tokens[from]!.start, tokens[k]!.end).replace(/\s+/g, " ");
  const name = org ? written : written.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  const group = graph.entity("group", name, ctx.sentence.index);
  graph.mention(group, text, tokens[start]!.start, tokens[k]!.end, "GROUP", ctx.sentence.index, true);
  const chunk: Chunk = {
    first: start,
    end: k + 1,
    entity: group.key,
    type: "group",
    nominal: true,
    kind: "group",
  };
  ctx.chunks.push(chunk);
  if (org) emit(ctx, { subject: group.key, predicate: "member_of", object: org.entity }, k);
  return chunk;
}

/**
 * Links the agent after "by" of a passive verb of harm to the event the sentence tells of at that
 * verb: "Two policemen were killed by gunmen in Maiduguri on Friday" → perpetrated(gunmen → Maiduguri
 * attack). The event must have its cue within the passive clause (a casualty figure or an event told
 * by the verb). Not read: a security force as agent ("was shot dead by police" tells of an attacker
 * stopped, `force-actions.ts`), an attacker as victim ("the gunman was killed by …"), a weapon ("by a
 * roadside bomb" names no actor), a negated or unasserted clause (left to `emit`).
 */
export function addPassiveAgents(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  for (let i = 1; i < words.length; i++) {
    if (!HARM_PARTICIPLES.has(words[i]!)) continue;
    const aux = words[i - 1] === "dead" ? i - 2 : i - 1;
    if (!PASSIVE.has(words[aux] ?? "")) continue;
    const by = byAfter(words, i);
    if (by < 0) continue;
    // "the gunman was shot dead by …", "both attackers were killed by …": no victim of an attack.
    const subject = words.slice(Math.max(0, aux - 4), aux);
    if (
      subject.some(
        (w) => ATTACKER_DESCRIPTIONS.has(w) || GROUP_NOUNS.has(w) || w === "suspect" || w === "suspects",
      )
    )
      continue;
    if (
      ctx.chunks.some(
        (c) =>
          c.end <= aux &&
          c.end >= aux - 4 &&
          (c.type === "person" || c.type === "group") &&
          [...(graph.get(c.entity)?.descriptors ?? [])].some((d) => ATTACKER_DESCRIPTIONS.has(d)),
      )
    )
      continue;
    const agent = attackersAt(ctx, by + 1) ?? agentAfterBy(ctx, by);
    if (!agent || agent.type === "event") continue;
    if (agent.first > by + 6) continue;
    if (FORCE_BODY_HEADS.has(words[agent.end - 1] ?? "")) continue;
    const cues = ctx.eventCues.filter((c) => c.at >= aux - 8 && c.at <= by);
    const events = [...new Set(cues.map((c) => c.entity))];
    if (events.length !== 1) continue;
    emit(ctx, { subject: agent.entity, predicate: "perpetrated", object: events[0]! }, by);
  }
}
