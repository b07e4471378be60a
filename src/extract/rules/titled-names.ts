import { ROLE_TITLE_HEADS } from "./lexicon.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/** Titles whose holder heads a state: "President X of Nigeria" is head of state of Nigeria. */
const HEAD_OF_STATE = /^(?:president|king|emir)$/i;
/** Common nouns that may follow the place a title is held in ("of Borno state"). */
const PLACE_NOUNS = new Set(["state", "province", "county", "district", "region", "city", "governorate"]);

/**
 * A title before a name, with the place or body after it: "Governor Babagana Zulum of Borno state
 * visited the scene" gives official_of Borno with the role "Governor"; "President X of Niger" heads
 * Niger. The name must carry the post right before it (holds_position already drawn in this sentence)
 * and "of" must follow it directly; "Governor X of Borno's ruling party" names no post in Borno.
 */
export function addTitledNames(ctx: SentenceContext): void {
  const { words } = ctx;
  const held = ctx.graph.inSentence(ctx.sentence.index).filter((s) => s.predicate === "holds_position");
  for (const person of ctx.chunks.filter((c) => c.kind === "name" && c.type === "person")) {
    if (words[person.end] !== "of" || !ROLE_TITLE_HEADS.has(words[person.first - 1] ?? "")) continue;
    const post = held.find((s) => s.subject === person.entity && typeof s.value === "string");
    if (!post) continue;
    const at = words[person.end + 1] === "the" ? person.end + 2 : person.end + 1;
    const body = ctx.chunks.find(
      (c) => c.kind === "name" && c.first === at && (c.type === "location" || c.type === "organization"),
    );
    if (!body) continue;
    const next = words[body.end] ?? "";
    if (
      next === "'s" ||
      next === "’s" ||
      (PLACE_NOUNS.has(next) && /^['’]s$/.test(words[body.end + 1] ?? ""))
    )
      continue;
    const role = String(post.value);
    if (body.type === "location" && HEAD_OF_STATE.test(role))
      emit(ctx, { subject: person.entity, predicate: "head_of_state_of", object: body.entity }, person.first);
    else
      emit(
        ctx,
        { subject: person.entity, predicate: "official_of", object: body.entity, role },
        person.first,
      );
  }
}
