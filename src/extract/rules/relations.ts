import { adverbialHost } from "./adverbial-participles.js";
import { addClaims } from "./claims.js";
import { addCustodySites } from "./custody-sites.js";
import { settledPlace } from "./home-towns.js";
import { ATTACKER_DESCRIPTIONS, REPORTING_VERBS } from "./lexicon.js";
import { readNumber } from "./numbers.js";
import { COMPANION_CUES } from "./patterns.js";
import { coordinated, directObject, possessor, target } from "./relation-arguments.js";
import { claimant, speaks } from "./relation-speakers.js";
import {
  leaderPhraseOfSubject,
  outsideRelative,
  PASSIVE_LINKS,
  passiveAct,
  sentenceSubject,
} from "./relation-subjects.js";
import { triggerAt } from "./relation-triggers.js";
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

const COMPANIONS = COMPANION_CUES.map((c) => c.split(" "));
/** How far a date may be from a trigger to date its statement. */
const DATE_REACH = 12;

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
