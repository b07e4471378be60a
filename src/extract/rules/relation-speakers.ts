// Speakers in a relation's sentence: one that claims an act through "it", one that only reports a clause.
import { speakerOf } from "./claims.js";
import { type Chunk, chunkBefore, type SentenceContext } from "./sentence-context.js";

/** Verbs by which an actor speaks for itself ("The Islamic State said … that it was behind …"). */
const SAYING = new Set(["said", "says", "announced", "stated", "declared", "insisted", "boasted", "told"]);
export const AUXILIARIES = new Set(["had", "has", "have", "was", "were", "is", "are", "that"]);
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
export function claimant(ctx: SentenceContext, trigger: number): Chunk | undefined {
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

/**
 * "President X said the air force had struck camps in Libya": a speaker before the saying verb is
 * not the agent of the clause he reports.
 */
export function speaks(ctx: SentenceContext, subject: Chunk, trigger: number): boolean {
  for (let v = subject.end; v < trigger; v++) {
    if (!SAYING.has(ctx.words[v]!) && ctx.words[v] !== "told") continue;
    if (chunkBefore(ctx, v, ["person", "organization", "group"])?.entity === subject.entity) return true;
  }
  return false;
}
