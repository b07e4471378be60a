import { titleContext } from "./fronted-titles.js";
import { MILITARY_RANKS } from "./lexicon.js";
import { bodyOfTitle } from "./names.js";
import { roleTitleBefore } from "./role-titles.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/** Ranks a report writes between a post and the name ("Army spokesman Colonel X", "Inspector X"). */
const RANK_WORDS = new Set([
  ...MILITARY_RANKS,
  "inspector",
  "lieutenant-colonel",
  "colonel-general",
  "major-general",
  "brigadier-general",
]);

/** Heads of posts a rank may follow: "police spokesman", "provincial police chief", "defence minister". */
const POSTS_BEFORE_RANK = new Set([
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "chief",
  "commander",
  "minister",
  "governor",
]);

/** Posts of one word that a rank may follow alone ("Spokesman Colonel X"); "Governor General" is one post. */
const SPOKES = new Set(["spokesman", "spokeswoman", "spokesperson"]);

/**
 * The post in a title that ends in a rank: "Army spokesman" of "Army spokesman Brigadier General",
 * "Police spokesman" of "Police spokesman Inspector". A post of one word is taken only when it is a
 * spokesman's ("Governor General", "Chief Inspector", "Attorney General" are single posts).
 */
export function postBeforeRank(role: string, rank: string): string | undefined {
  const words = role.split(/\s+/);
  const ranks = rank.split(/\s+/).length;
  const post = words.slice(0, words.length - ranks);
  if (post.length === 0 || words.slice(post.length).join(" ").toLowerCase() !== rank.toLowerCase())
    return undefined;
  const head = post[post.length - 1]!.toLowerCase();
  if (!POSTS_BEFORE_RANK.has(head) || (post.length === 1 && !SPOKES.has(head))) return undefined;
  return post.join(" ");
}

/**
 * A post and a rank written together before a name are two positions: "Army spokesman Colonel Ousmane
 * Traore said" gives holds_position "Army spokesman" and "Colonel"; "Provincial police chief General
 * Ghulam Sakhi" gives "Provincial police chief" and "General". The title the names rule read whole
 * ("Army spokesman Brigadier General") is split; a rank it read alone gets the post written before it.
 * "Attorney General Eric Holder" and "Chief Inspector Ann Lee" stay one post.
 */
export function addRankedPosts(ctx: SentenceContext): void {
  const { tokens, words, graph } = ctx;
  const held = graph.inSentence(ctx.sentence.index);
  for (const person of ctx.chunks.filter((c) => c.kind === "name" && c.type === "person")) {
    let r = person.first;
    while (r > 0 && RANK_WORDS.has(words[r - 1]!) && /^\p{Lu}/u.test(tokens[r - 1]!.text)) r--;
    if (r === person.first || r === 0) continue;
    const rank = tokens
      .slice(r, person.first)
      .map((t) => t.text)
      .join(" ");
    const posts = held.filter((s) => s.subject === person.entity && s.predicate === "holds_position");
    const whole = posts.find((s) => typeof s.value === "string" && postBeforeRank(s.value, rank));
    if (whole) {
      const post = postBeforeRank(String(whole.value), rank)!;
      whole.value = post;
      for (const s of held)
        if (s.subject === person.entity && s.predicate === "official_of" && s.role?.endsWith(` ${rank}`))
          s.role = s.role.slice(0, -rank.length - 1);
      emit(ctx, { subject: person.entity, predicate: "holds_position", value: rank }, person.first);
      continue;
    }
    if (!posts.some((s) => s.value === rank)) continue;
    // "Army spokesman Colonel X": the rank was read alone; the post is the title before it.
    const title = roleTitleBefore(tokens, words, r, titleContext(ctx));
    if (!title || !postBeforeRank(`${title.role} ${rank}`, rank)) continue;
    if (ctx.chunks.some((c) => c.kind === "name" && c.type === "person" && c.end === title.start)) continue;
    emit(ctx, { subject: person.entity, predicate: "holds_position", value: title.role }, person.first);
    const body = bodyOfTitle(ctx, title);
    if (body)
      emit(
        ctx,
        { subject: person.entity, predicate: "official_of", object: body, role: title.bodyRole },
        person.first,
      );
  }
}
