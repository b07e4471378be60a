import type { EntityType } from "../../model/entity-types.js";
import { TARGET_HEADS } from "./lexicon.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";
import { targetPhrase } from "./target-phrases.js";

const TARGET_TYPES: readonly EntityType[] = ["facility", "group", "person"];
/** Words that may open an unnamed target's phrase after "and". */
const OPENERS = new Set(["a", "an", "the", "two", "three", "four", "five", "several", "dozens"]);

/**
 * The target coordinated after the target chunk `c` ("… the police station and a gendarmerie post"):
 * a chunk the rules found, after an article if any, or an unnamed target phrase, made an entity here.
 */
function nextTarget(ctx: SentenceContext, c: Chunk): Chunk | undefined {
  const { words, tokens, text, graph } = ctx;
  const and = words[c.end] === "," && words[c.end + 1] === "and" ? c.end + 1 : c.end;
  if (words[and] !== "and") return undefined;
  const from = ["the", "a", "an"].includes(words[and + 1] ?? "") ? and + 2 : and + 1;
  const found = ctx.chunks
    .filter((x) => (x.first === from || x.first === and + 1) && TARGET_TYPES.includes(x.type))
    .sort((a, b) => b.end - a.end)[0];
  if (found) return found.type === c.type || found.kind === "name" ? found : undefined;
  // "… and a police post", "… and worshippers", not "… and killed 12 soldiers": no verb opens it.
  const opener = words[and + 1] ?? "";
  if (!OPENERS.has(opener) && !/^\d+$/.test(opener) && !TARGET_HEADS.has(opener)) return undefined;
  const phrase = targetPhrase(ctx, and + 1);
  if (!phrase || phrase.type !== c.type) return undefined;
  if (ctx.chunks.some((x) => x.first < phrase.end && phrase.first < x.end)) return undefined;
  const surface = text.slice(tokens[phrase.first]!.start, tokens[phrase.end - 1]!.end).replace(/\s+/g, " ");
  const entity = graph.entity(phrase.type, surface, ctx.sentence.index, true);
  const label = phrase.type === "facility" ? "FAC" : phrase.type === "group" ? "GROUP" : "PER";
  graph.mention(
    entity,
    text,
    tokens[phrase.first]!.start,
    tokens[phrase.end - 1]!.end,
    label,
    ctx.sentence.index,
    true,
  );
  const chunk: Chunk = {
    first: phrase.first,
    end: phrase.end,
    entity: entity.key,
    type: phrase.type,
    nominal: true,
    kind: "description",
  };
  ctx.chunks.push(chunk);
  return chunk;
}

/**
 * Targets listed after one that an attacker attacked: "Jihadists attacked an army base and a police
 * post", "stormed the police station, the court and the town hall". Each further target of the same
 * kind (a site after a site, people after people) was attacked by the same attacker.
 */
export function addTargetLists(ctx: SentenceContext): void {
  const attacks = ctx.graph
    .inSentence(ctx.sentence.index)
    .filter((s) => s.predicate === "attacked" && s.object !== undefined);
  for (const s of attacks) {
    let c = ctx.chunks.find((x) => x.entity === s.object && TARGET_TYPES.includes(x.type));
    for (let n = 0; c && n < 4; n++) {
      const next = nextTarget(ctx, c);
      if (!next || next.entity === s.subject) break;
      emit(ctx, { subject: s.subject, predicate: "attacked", object: next.entity }, c.end);
      c = next;
    }
  }
}
