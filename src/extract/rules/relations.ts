import type { EntityType } from "../../model/entity-types.js";
import { ATTACKER_DESCRIPTIONS } from "./lexicon.js";
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

const TRIGGERS: readonly { words: string[]; patterns: RelationPattern[] }[] = (() => {
  const byTrigger = new Map<string, RelationPattern[]>();
  for (const p of RELATION_PATTERNS)
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
  for (;;) {
    const link = side === "after" ? ctx.words[edge.end] : ctx.words[edge.first - 1];
    if (link !== "and" && link !== ",") break;
    const next = ctx.chunks.find((c) =>
      side === "after"
        ? c.first === edge.end + 1 || (ctx.words[edge.end + 1] === "the" && c.first === edge.end + 2)
        : c.end === edge.first - 1,
    );
    if (!next || !types.includes(next.type) || next.type !== chunk.type) break;
    out.push(next);
    edge = next;
  }
  return out;
}

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
    const found = TRIGGERS.find((t) => matchesAt(words, i, t.words));
    if (!found) continue;
    // "killed 12 members of the presidential guard": a count of people, not a membership.
    if (found.words[0]!.startsWith("member") && readNumber(words, i - 1) !== undefined) continue;
    if (
      ctx.chunks.some(
        (c) => (c.kind === "group" || c.kind === "event" || c.kind === "name") && c.first <= i && i < c.end,
      )
    )
      continue;
    const after = i + found.words.length;
    for (const pattern of found.patterns) {
      let subjects: Chunk[] = [];
      let objects: Chunk[] = [];
      if (pattern.order === "subject-trigger-object") {
        const s = chunkBefore(ctx, i, pattern.subject);
        const o = chunkAfter(ctx, after, pattern.object, pattern.window);
        if (s && o)
          [subjects, objects] = [
            coordinated(ctx, s, pattern.subject, "before"),
            coordinated(ctx, o, pattern.object, "after"),
          ];
      } else if (pattern.order === "object-trigger-subject") {
        const o = chunkBefore(ctx, i, pattern.object);
        const s = chunkAfter(ctx, after, pattern.subject, pattern.window);
        if (s && o) [subjects, objects] = [coordinated(ctx, s, pattern.subject, "after"), [o]];
      } else {
        const s = chunkAfter(ctx, after, pattern.subject, 6);
        const o = s && chunkAfter(ctx, s.end, pattern.object, 4);
        if (s && o && words.slice(s.end, o.first).includes("for")) [subjects, objects] = [[s], [o]];
      }
      if (subjects.length === 0) continue;
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
      const time = near ? date.time : undefined;
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
            predicate: pattern.predicate,
            object,
            ...(time ? { time } : {}),
          };
          if (!emit(ctx, proposal, i)) continue;
          const subject = graph.get(s.entity);
          if (
            subject?.type === "person" &&
            (pattern.predicate === "perpetrated" || pattern.predicate === "attacked")
          ) {
            for (const d of ATTACKER_DESCRIPTIONS) subject.descriptors.add(d);
          }
        }
      }
    }
  }
}
