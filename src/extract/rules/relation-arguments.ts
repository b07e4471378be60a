// A relation's arguments: the ones coordinated with it, a possessor that is none, an attack's direct object.
import type { EntityType } from "../../model/entity-types.js";
import type { RelationPattern } from "./patterns.js";
import type { Chunk, SentenceContext } from "./sentence-context.js";

/** Chunks coordinated with `chunk` by "and" or commas, on the side away from the trigger. */
export function coordinated(
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

/** "the Islamic State's Sinai Province", "Istanbul's Atatürk airport": the possessor is no argument. */
export function possessor(ctx: SentenceContext, chunk: Chunk): boolean {
  const next = ctx.words[chunk.end] ?? "";
  return next === "'s" || next === "’s";
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
export function directObject(ctx: SentenceContext, after: number, object: Chunk): boolean {
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

export function target(chunk: Chunk, pattern: RelationPattern, ctx: SentenceContext): string {
  if (pattern.namedPlace && chunk.anchor) {
    const anchor = ctx.graph.get(chunk.anchor);
    if (anchor && pattern.object.includes(anchor.type)) return anchor.key;
  }
  return chunk.entity;
}
