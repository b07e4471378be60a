import type { EntityType } from "../../model/entity-types.js";
import { adverbialHost } from "./adverbial-participles.js";
import { addClaims, speakerOf } from "./claims.js";
import { addCustodySites } from "./custody-sites.js";
import { settledPlace } from "./home-towns.js";
import { ATTACKER_DESCRIPTIONS, REPORTING_VERBS } from "./lexicon.js";
import { readNumber } from "./numbers.js";
import { COMPANION_CUES, RELATION_PATTERNS, type RelationPattern } from "./patterns.js";
import {
  type Chunk,
  chunkAfter,
  chunkBefore,
  emit,
  matchesAt,
  nearestDate,
  type SentenceContext,
} from "./sentence-context.js";
import { spokenFor } from "./spokesmen.js";
import { participleHost } from "./tie-objects.js";
import { TIE_PATTERNS } from "./tie-patterns.js";

const TRIGGERS: readonly { words: string[]; patterns: RelationPattern[] }[] = (() => {
  const byTrigger = new Map<string, RelationPattern[]>();
  for (const p of [...RELATION_PATTERNS, ...TIE_PATTERNS])
    for (const t of p.triggers) byTrigger.set(t, [...(byTrigger.get(t) ?? []), p]);
  return [...byTrigger]
    .map(([t, patterns]) => ({ words: t.split(" "), patterns }))
    .sort((a, b) => b.words.length - a.words.length);
})();
const COMPANIONS = COMPANION_CUES.map((c) => c.split(" "));
/** How far a date may be from a trigger to date its statement. */
const DATE_REACH = 12;

/** Chunks coordinated with `chunk` by "and" or commas, on the side away from the trigger. */
function coordinated(
  ctx: SentenceContext,
  chunk: Chunk,
  types: readonly EntityType[],
  side: "before" | "after",
): Chunk[] {
  const out = [chunk];
  let edge = chunk;
  let conjoined = false;
  for (;;) {
    const link = side === "after" ? ctx.words[edge.end] : ctx.words[edge.first - 1];
    if (link !== "and" && link !== ",") break;
    if (link === "and") conjoined = true;
    // "Khan, 30, Tanweer, 22, and Hussain, 18, came from …": step back over each one's appositive.
    const apposed = (at: number) => ctx.appositives.find(([, close]) => close === at)?.[0];
    const before = apposed(edge.first) ?? (link === "and" ? apposed(edge.first - 1) : undefined);
    const next = ctx.chunks.find((c) =>
      side === "after"
        ? c.first === edge.end + 1 || (ctx.words[edge.end + 1] === "the" && c.first === edge.end + 2)
        : c.end === edge.first - 1 || (before !== undefined && c.end === before),
    );
    if (!next || !types.includes(next.type) || next.type !== chunk.type) break;
    out.push(next);
    edge = next;
  }
  // "lived in Aylesbury, Buckinghamshire": places joined by commas alone are a town and its county,
  // not a list ("in Madrid, Barcelona and Seville" has its "and").
  if (!conjoined && side === "after" && chunk.type === "location") return [chunk];
  return out;
}

/** Verbs by which an actor speaks for itself ("The Islamic State said … that it was behind …"). */
const SAYING = new Set(["said", "says", "announced", "stated", "declared", "insisted", "boasted", "told"]);
const AUXILIARIES = new Set(["had", "has", "have", "was", "were", "is", "are", "that"]);
/** The members an actor calls its own ("its fighters"). */
const MEMBER_NOUNS = new Set([
  "fighters",
  "soldiers",
  "members",
  "militants",
  "men",
  "operatives",
  "mujahideen",
]);

/**
 * "X said it was behind the attack", "X said through its agency that it carried out …": an actor
 * that says it perpetrated an attack claims it. The pronoun right before the trigger is the speaker,
 * the organisation or group that is the subject of the saying verb, whatever salience says.
 */
/** Forms of "be" that make a perpetration verb passive. */
const PASSIVE_BE = new Set(["was", "were", "been", "being", "is", "are"]);

/**
 * "Sunday's attacks were carried out in retaliation for the Christchurch shootings": a passive act
 * without its "by" has no actor before it; whoever the sentence named earlier ("told parliament
 * that …") did not do it.
 */
function passiveAct(words: readonly string[], trigger: number, predicate: string): boolean {
  // "was responsible for" is no passive: only a participle ("carried", "staged") after "be" is.
  return (
    predicate === "perpetrated" && PASSIVE_BE.has(words[trigger - 1] ?? "") && /ed$/.test(words[trigger]!)
  );
}

function claimant(ctx: SentenceContext, trigger: number): Chunk | undefined {
  const { words } = ctx;
  let p = trigger - 1;
  while (p > 0 && AUXILIARIES.has(words[p]!) && words[p] !== "that") p--;
  const own = ownMembers(words, p) ?? ownArm(ctx, p);
  if (own !== undefined) p = own;
  else if (words[p] !== "it" && words[p] !== "they") return undefined;
  const verb = words.slice(Math.max(0, p - 12), p).findLastIndex((w) => SAYING.has(w));
  if (verb < 0) return undefined;
  const at = Math.max(0, p - 12) + verb;
  const speaker = chunkBefore(ctx, at, ["organization", "group"]) ?? apposedSpeaker(ctx, at);
  return speaker && speaker.first < at ? speakerOf(ctx, speaker) : undefined;
}

/**
 * The organisation named in the apposition right before a saying verb: "A Kurdish militant group, the
 * Kurdistan Freedom Falcons (TAK), said …" (the subject itself is a common noun, no chunk).
 */
function apposedSpeaker(ctx: SentenceContext, at: number): Chunk | undefined {
  const { words, tokens } = ctx;
  return ctx.chunks
    .filter(
      (c) =>
        (c.type === "organization" || c.type === "group") &&
        c.kind === "name" &&
        c.end <= at &&
        at - c.end <= 4 &&
        tokens
          .slice(c.end, at)
          .every(
            (t, k) => /^[(),]$/.test(t.text) || (words[c.end + k - 1] === "(" && /^\p{Lu}+$/u.test(t.text)),
          ),
    )
    .sort((a, b) => b.end - a.end)[0];
}

/**
 * "its fighters", "one of its fighters", "their men" ending at token `p`: the speaker's own members,
 * whose act the speaker claims ("X said one of its fighters carried out the bombing"). Returns the
 * index of the possessive, or undefined.
 */
function ownMembers(words: readonly string[], p: number): number | undefined {
  if (!MEMBER_NOUNS.has(words[p] ?? "")) return undefined;
  const pronoun = p - 1;
  return words[pronoun] === "its" || words[pronoun] === "their" ? pronoun : undefined;
}

/**
 * "fighters of its Central Africa Province", "its West Africa branch" ending at token `p`: a part of
 * the speaker named with "its", whose act the speaker claims ("Islamic State said that fighters of its
 * Central Africa Province had carried out …"). Returns the index of the possessive, or undefined.
 */
function ownArm(ctx: SentenceContext, p: number): number | undefined {
  const arm = ctx.chunks.find(
    (c) => c.end === p + 1 && c.kind === "name" && (c.type === "organization" || c.type === "group"),
  );
  const mark = arm ? ctx.words[arm.first - 1] : undefined;
  return arm && (mark === "its" || mark === "their") ? arm.first - 1 : undefined;
}

/** "the Islamic State's Sinai Province", "Istanbul's Atatürk airport": the possessor is no argument. */
function possessor(ctx: SentenceContext, chunk: Chunk): boolean {
  const next = ctx.words[chunk.end] ?? "";
  return next === "'s" || next === "’s";
}

/**
 * "President X said the air force had struck camps in Libya": a speaker before the saying verb is
 * not the agent of the clause he reports.
 */
function speaks(ctx: SentenceContext, subject: Chunk, trigger: number): boolean {
  for (let v = subject.end; v < trigger; v++) {
    if (!SAYING.has(ctx.words[v]!) && ctx.words[v] !== "told") continue;
    if (chunkBefore(ctx, v, ["person", "organization", "group"])?.entity === subject.entity) return true;
  }
  return false;
}

/** Prepositions after an attack verb that make it intransitive: "the blasts struck at Atocha station". */
const INTRANSITIVE = new Set(["at", "in", "near", "on", "across", "inside"]);

/** Participles that put people in the vehicle or place an attack verb took ("a bus carrying …"). */
const CARRYING = new Set(["carrying", "transporting", "ferrying"]);

/**
 * What an attack verb attacked is its direct object: "opened fire on a bus carrying Coptic
 * Christians" attacked the bus, not a name inside the bus's own phrase; "struck at Atocha station"
 * says where, not what.
 */
function directObject(ctx: SentenceContext, after: number, object: Chunk): boolean {
  if (INTRANSITIVE.has(ctx.words[after] ?? "") && ctx.words[after - 1] !== "on") return false;
  const gap = ctx.words.slice(after, object.first);
  const article = gap.findIndex((w) => w === "a" || w === "an" || w === "the");
  if (article < 0 || article === gap.length - 1) return true;
  // "opened fire on a bus carrying Coptic Christians": the people in the vehicle were attacked too.
  const carrier = gap.findIndex((w) => CARRYING.has(w));
  return (
    (object.type === "group" || object.type === "person") &&
    article === 0 &&
    carrier > 0 &&
    carrier === gap.length - 1 &&
    carrier <= 3
  );
}

/** Verbs of a parenthetical source inside a verb phrase ("was led, investigators believe, by …"). */
const BELIEFS = new Set(["believe", "believed", "say", "said", "think", "suspect", "suspected", "added"]);

/** The token after a parenthetical ", investigators believe," that opens at `at`, or undefined. */
function afterParenthetical(words: readonly string[], at: number): number | undefined {
  if (words[at] !== ",") return undefined;
  const close = words.indexOf(",", at + 1);
  if (close < 0 || close - at > 5 || !BELIEFS.has(words[close - 1]!)) return undefined;
  return close + 1;
}

/**
 * The trigger at token `i` and where it ends: the words in sequence, or split by a parenthetical
 * source ("was led, investigators believe, by a local imam").
 */
function triggerAt(
  words: readonly string[],
  i: number,
): { found: (typeof TRIGGERS)[number]; after: number } | undefined {
  const resume = afterParenthetical(words, i + 1);
  const split =
    resume === undefined
      ? undefined
      : TRIGGERS.find(
          (t) => t.words.length > 1 && t.words[0] === words[i] && matchesAt(words, resume, t.words.slice(1)),
        );
  if (split && resume !== undefined) return { found: split, after: resume + split.words.length - 1 };
  const found = TRIGGERS.find((t) => matchesAt(words, i, t.words));
  return found && { found, after: i + found.words.length };
}

/**
 * "The Islamic State's Sinai Province, which has fought the Egyptian army …, has taken
 * responsibility": a subject found inside a relative clause that closes before the trigger is not
 * the subject; the noun phrase the clause hangs on is.
 */
function outsideRelative(
  ctx: SentenceContext,
  s: Chunk,
  trigger: number,
  types: readonly EntityType[],
): Chunk | undefined {
  const { words } = ctx;
  for (let a = s.first - 1; a >= 1; a--) {
    if (words[a] !== "which" && words[a] !== "who" && words[a] !== "whose") continue;
    if (words[a - 1] !== ",") return s;
    const close = words.indexOf(",", s.end);
    if (close < 0 || close >= trigger) return s;
    const head = ctx.chunks
      .filter((c) => c.end === a - 1 && types.includes(c.type))
      .sort((x, y) => x.first - y.first)[0];
    return head ?? s;
  }
  return s;
}

/** "The cell … was made up of …, and was led by X": the subject of a coordinated verb opens the sentence. */
function sentenceSubject(
  ctx: SentenceContext,
  trigger: number,
  types: readonly EntityType[],
): Chunk | undefined {
  let p = trigger - 1;
  while (p > 0 && AUXILIARIES.has(ctx.words[p]!)) p--;
  if (ctx.words[p] !== "and") return undefined;
  return ctx.chunks
    .filter((c) => c.first <= 2 && types.includes(c.type))
    .sort((a, b) => a.first - b.first || b.end - a.end)[0];
}

/** Words after which "the leader of X" is predicated of the subject ("X, the leader of", "is the leader of"). */
const PREDICATING = new Set([
  ",",
  "is",
  "was",
  "became",
  "becomes",
  "as",
  "be",
  "been",
  "named",
  "appointed",
  "elected",
  "(",
  "—",
]);
const DETERMINERS = new Set(["the", "a", "an", "its", "their"]);

/**
 * "pledged allegiance to the leader of Islamic State, Abu Bakr al-Baghdadi", "killed the leader of
 * the cell": a "leader of" phrase that is the object of a verb or a preposition is someone else, not
 * the subject before it. Only a copula, an apposition's comma or "as" predicates it of the subject.
 */
function leaderPhraseOfSubject(ctx: SentenceContext, subject: Chunk, trigger: number): boolean {
  const { words } = ctx;
  let k = trigger - 1;
  while (k >= subject.end && !DETERMINERS.has(words[k]!) && !PREDICATING.has(words[k]!) && trigger - k <= 4)
    k--;
  if (k < subject.end) return true;
  if (DETERMINERS.has(words[k]!)) k--;
  return k < subject.end || PREDICATING.has(words[k]!) || words[k] === "who";
}

/** Words that may stand between a collective and a passive "led by" that is said of it. */
const PASSIVE_LINKS = new Set([
  ",",
  "which",
  "that",
  "who",
  "was",
  "is",
  "were",
  "are",
  "has",
  "have",
  "been",
  "now",
  "then",
  "once",
  "also",
  "reportedly",
  "allegedly",
]);

function target(chunk: Chunk, pattern: RelationPattern, ctx: SentenceContext): string {
  if (pattern.namedPlace && chunk.anchor) {
    const anchor = ctx.graph.get(chunk.anchor);
    if (anchor && pattern.object.includes(anchor.type)) return anchor.key;
  }
  return chunk.entity;
}

/**
 * Applies the relation table to one sentence. At each token the longest trigger wins ("claimed by"
 * over "claimed"); a trigger inside an event or group phrase belongs to that phrase and is skipped.
 */
export function addRelations(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  for (let i = 0; i < words.length; i++) {
    const at = triggerAt(words, i);
    if (!at) continue;
    const { found, after } = at;
    // "killed 12 members of the presidential guard": a count of people, not a membership.
    if (found.words[0]!.startsWith("member") && readNumber(words, i - 1) !== undefined) continue;
    if (
      ctx.chunks.some(
        (c) => (c.kind === "group" || c.kind === "event" || c.kind === "name") && c.first <= i && i < c.end,
      )
    )
      continue;
    for (const pattern of found.patterns) {
      let subjects: Chunk[] = [];
      let objects: Chunk[] = [];
      if (pattern.order === "subject-trigger-object") {
        const before =
          participleHost(ctx, i, pattern.subject) ??
          adverbialHost(ctx, i, pattern.subject) ??
          (pattern.predicate === "claimed_responsibility_for"
            ? spokenFor(ctx, i, pattern.subject)
            : undefined) ??
          chunkBefore(ctx, i, pattern.subject);
        const s = before && outsideRelative(ctx, before, i, pattern.subject);
        let o = chunkAfter(ctx, after, pattern.object, pattern.window);
        // "lived in the Paris suburb of Saint-Denis": the suburb, not the city that names it.
        if (o && (pattern.namedPlace || pattern.predicate === "resident_of")) o = settledPlace(ctx, o);
        // "The Islamic State said … that it was behind the bombing": the speaker, whatever "it" found.
        const speaker = pattern.predicate === "perpetrated" && o ? claimant(ctx, i) : undefined;
        if (speaker && o) [subjects, objects] = [[speaker], coordinated(ctx, o, pattern.object, "after")];
        else if (passiveAct(words, i, pattern.predicate)) continue;
        else {
          if (s && (possessor(ctx, s) || speaks(ctx, s, i))) continue;
          // "attacked Istanbul's Atatürk airport": the thing possessed, if the rules found it, else nothing.
          if (o && possessor(ctx, o))
            o = ctx.chunks.find((c) => c.first === o!.end + 1 && pattern.object.includes(c.type));
          if (o && pattern.predicate === "attacked" && !directObject(ctx, after, o)) continue;
          if (pattern.predicate === "leader_of" && o) {
            // "led a splinter faction of Jemaah Islamiyah": who leads a part of X does not lead X.
            if (words.slice(after, o.first).includes("of")) continue;
            const noun = found.words.at(-1) === "of";
            // "a former commander of the Red Berets": he led it once (appositives.ts gives member_of).
            if (noun && (words[i - 1] === "former" || words[i - 1] === "ex-")) continue;
            const leads = o;
            // "the leader of Islamic State, Abu Bakr al-Baghdadi": the name apposed to the phrase.
            const named = noun
              ? ctx.chunks.find((c) => c.kind === "name" && c.type === "person" && c.first === leads.end + 1)
              : undefined;
            if (named && words[o.end] === ",") {
              emit(ctx, { subject: named.entity, predicate: "leader_of", object: o.entity }, i);
              continue;
            }
            if (s && noun && !leaderPhraseOfSubject(ctx, s, i)) continue;
          }
          if (s && o)
            [subjects, objects] = [
              coordinated(ctx, s, pattern.subject, "before"),
              coordinated(ctx, o, pattern.object, "after"),
            ];
        }
      } else if (pattern.order === "object-trigger-subject") {
        let o = chunkBefore(ctx, i, pattern.object);
        // "a raid on the cell's hideout led by a police colonel": "led by" is said of the noun right
        // before it, not of a collective further back.
        if (
          o &&
          pattern.predicate === "leader_of" &&
          words.slice(o.end, i).some((w) => !PASSIVE_LINKS.has(w))
        )
          o = undefined;
        o ??= sentenceSubject(ctx, i, pattern.object);
        // The agent of "carried out by" is not a source past a comma: "by a former pupil, police said"
        // is not the police's act ("by a local imam, Abdelbaki Es Satty" is an apposition).
        const s = chunkAfter(ctx, after, pattern.subject, pattern.window);
        const source =
          s && words.slice(after, s.first).includes(",") && REPORTING_VERBS.has(words[s.end] ?? "");
        const agent = source ? undefined : s;
        if (agent && o) [subjects, objects] = [coordinated(ctx, agent, pattern.subject, "after"), [o]];
      } else {
        const s = chunkAfter(ctx, after, pattern.subject, 6);
        const o = s && chunkAfter(ctx, s.end, pattern.object, 4);
        if (s && o && words.slice(s.end, o.first).includes("for")) [subjects, objects] = [[s], [o]];
      }
      if (subjects.length === 0) continue;
      const predicate =
        pattern.predicate === "perpetrated" &&
        pattern.order === "subject-trigger-object" &&
        claimant(ctx, i) !== undefined
          ? "claimed_responsibility_for"
          : pattern.predicate;
      // "Both had travelled to Libya": an anaphor for several entities gives each of them.
      const each = (chunks: Chunk[]) =>
        chunks.flatMap((c) => [
          c,
          ...(c.others ?? []).map((entity) => ({ ...c, entity, others: undefined })),
        ]);
      [subjects, objects] = [each(subjects), each(objects)];
      // A date inside an event phrase dates the event ("the March attack"), not this statement.
      const date = nearestDate(
        ctx,
        i,
        ctx.chunks.filter((c) => c.kind === "event"),
      );
      const near =
        date &&
        Math.abs(date.start - ctx.tokens[i]!.start) <
          ctx.tokens
            .slice(Math.max(0, i - DATE_REACH), i + DATE_REACH)
            .reduce((n, t) => n + t.text.length + 1, 0);
      // "told reporters on Thursday that he had been a member of …": the telling's date, not the tie's.
      // A claim is dated by its saying ("said on Saturday that it had carried out …").
      const told =
        date !== undefined &&
        predicate !== "claimed_responsibility_for" &&
        date.start < ctx.tokens[i]!.start &&
        ctx.tokens.slice(0, i).some((t, k) => t.start >= date.end && words[k] === "that");
      const time = near && !told ? date.time : undefined;
      const objectEnd = Math.max(...objects.map((o) => o.end));
      // "trained … at the same time as the two men who attacked the Bardo Museum": they did too.
      for (let k = objectEnd; k < Math.min(words.length, objectEnd + 4); k++) {
        const cue = COMPANIONS.find((c) => matchesAt(words, k, c));
        if (!cue) continue;
        const companion = chunkAfter(ctx, k + cue.length, pattern.subject, 4);
        if (companion) subjects.push(companion);
        break;
      }
      for (const s of subjects) {
        for (const o of objects) {
          const object = target(o, pattern, ctx);
          const proposal = {
            subject: s.entity,
            predicate,
            object,
            ...(time ? { time } : {}),
          };
          if (!emit(ctx, proposal, i)) continue;
          const subject = graph.get(s.entity);
          if (subject?.type === "person" && (predicate === "perpetrated" || predicate === "attacked")) {
            for (const d of ATTACKER_DESCRIPTIONS) subject.descriptors.add(d);
          }
        }
      }
    }
  }
  addClaims(ctx);
  addCustodySites(ctx);
}
