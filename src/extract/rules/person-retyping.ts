import { type Chunk, retypeFreshName, type SentenceContext } from "./sentence-context.js";

/**
 * A name the recogniser took for an organisation met nowhere else in the report, standing where only
 * a person's name can ("named … as 22-year-old Mevlüt Mert Altıntaş", "the gunman, Man Haron Monis,
 * 50,"), is a person's name. Only a new name of two words or more, tied to nothing as an organisation,
 * is retyped. Returns the retyped chunk, or undefined.
 */
export function personNamedAt(ctx: SentenceContext, k: number): Chunk | undefined {
  const { graph } = ctx;
  const chunk = ctx.chunks.find((c) => c.kind === "name" && c.first === k && c.type === "organization");
  const org = chunk && graph.get(chunk.entity);
  if (!chunk || !org || chunk.end - chunk.first < 2) return;
  if (graph.byPredicate("member_of").some((s) => s.subject === org.key || s.object === org.key)) return;
  if (graph.entities.some((e) => e !== org && e.type === "organization" && e.name === org.name)) return;
  return retypeFreshName(ctx, chunk, "person") ? chunk : undefined;
}
