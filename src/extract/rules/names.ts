import { typeName } from "./entity-typing.js";
import type { NamedSpan } from "./named-span.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/** Titles whose holder heads a state: "Tunisian President X" is head of state of Tunisia. */
const HEAD_OF_STATE = /^(?:president|king|emir)$/i;

/**
 * Places the name finder's spans of one sentence on its tokens, types them, and turns titles into
 * roles: "President Beji Caid Essebsi" is the person "Beji Caid Essebsi" with holds_position
 * "President". A span that does not fall on token boundaries is widened to them.
 */
export function addNames(ctx: SentenceContext, spans: readonly NamedSpan[]): void {
  const { tokens, text, graph } = ctx;
  for (const span of spans) {
    const first = tokens.findIndex((t) => t.end > span.start);
    if (first < 0 || tokens[first]!.start >= span.end) continue;
    let end = first;
    while (end < tokens.length && tokens[end]!.start < span.end) end++;
    // The possessive clitic is not part of the name ("Tunisia's").
    while (end > first && /^['’]s?$|^[.,;:]$/.test(tokens[end - 1]!.text)) end--;
    if (end <= first || ctx.chunks.some((c) => c.kind === "name" && c.first < end && first < c.end)) continue;
    const typed = typeName(tokens, first, end, span.label, ctx.words[first - 1]);
    if (!typed) continue;
    const start = tokens[typed.first]!.start;
    const stop = tokens[typed.end - 1]!.end;
    const name = text.slice(start, stop).replace(/\s+/g, " ");
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
    if (typed.role) {
      entity.official = true;
      emit(ctx, { subject: entity.key, predicate: "holds_position", value: typed.role }, first);
      if (typed.country && HEAD_OF_STATE.test(typed.role)) {
        const country = graph.entity("location", typed.country, ctx.sentence.index);
        graph.mention(
          country,
          text,
          tokens[first]!.start,
          tokens[first]!.end,
          "demonym",
          ctx.sentence.index,
          true,
        );
        emit(ctx, { subject: entity.key, predicate: "head_of_state_of", object: country.key }, first);
      }
    }
  }
}
