import { possessorBefore } from "./fronted-titles.js";
import { ROLE_TITLE_HEADS } from "./lexicon.js";
import { isTitleWord } from "./role-titles.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/** Titles whose holder heads a state: "X, Turkey's president," is head of state of Turkey. */
const HEAD_OF_STATE = /^(?:president|king|emir)$/i;
/** Words that close an apposed post: the appositive's comma, or the sentence's end. */
const CLOSERS = new Set([",", ".", ";"]);

/**
 * A post written in the possessive after a person's name: "Fred Matiang'i, Kenya's interior minister,
 * said …" gives holds_position "interior minister" and official_of Kenya with that role; "X, Turkey's
 * president," heads Turkey. The title written first ("Kenya's interior minister, X,") is
 * `fronted-titles.ts`'s; an unnamed post ("Kenya's interior minister said") is `unnamed-officials.ts`'s.
 */
export function addApposedPosts(ctx: SentenceContext): void {
  const { words, tokens, text } = ctx;
  for (const person of ctx.chunks.filter((c) => c.kind === "name" && c.type === "person")) {
    if (words[person.end] !== ",") continue;
    const mark = tokens.findIndex(
      (t, k) => k > person.end + 1 && k <= person.end + 6 && /^['’]s$/.test(t.text),
    );
    if (mark < 0) continue;
    const owner = possessorBefore(ctx, mark + 1);
    if (!owner || owner.first !== person.end + 1) continue;
    let close = mark + 1;
    while (close < words.length && isTitleWord(words[close]!)) close++;
    if (close === mark + 1 || !ROLE_TITLE_HEADS.has(words[close - 1]!) || !CLOSERS.has(words[close] ?? "."))
      continue;
    const role = text.slice(tokens[mark + 1]!.start, tokens[close - 1]!.end).replace(/\s+/g, " ");
    const at = mark + 1;
    emit(ctx, { subject: person.entity, predicate: "holds_position", value: role }, at);
    if (owner.type === "location" && HEAD_OF_STATE.test(role))
      emit(ctx, { subject: person.entity, predicate: "head_of_state_of", object: owner.entity }, at);
    else emit(ctx, { subject: person.entity, predicate: "official_of", object: owner.entity, role }, at);
    ctx.graph.get(person.entity)!.official = true;
    ctx.appositives.push([person.end, close + 1]);
  }
}
