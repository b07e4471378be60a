import type { Credibility } from "../../model/grades.js";
import type { DocumentGraph } from "./document-graph.js";
import { type Chunk, chunkBefore, emit, type SentenceContext } from "./sentence-context.js";

/**
 * Claims of responsibility that name no attack in their own sentence: "The Islamic State said … that
 * the man who drove a truck into the crowd was one of its soldiers" (he is a member; the group
 * claims what he carried out), "Islamic State's Sinai affiliate said it had brought the plane down"
 * (the report's one attack). Both are settled at the end of the report, when its perpetrators and
 * events are known.
 */
interface PendingClaim {
  claimant: string;
  /** The member whose attacks the claimant claims; none: the report's one event. */
  member?: string;
  sentence: number;
  credibility: Credibility;
}

const pending = new WeakMap<DocumentGraph, PendingClaim[]>();
/** Verbs by which an actor speaks of an attack or an attacker as its own ("called him one of its soldiers"). */
const SAYING = new Set([
  "said",
  "says",
  "announced",
  "stated",
  "declared",
  "insisted",
  "boasted",
  "claimed",
  "called",
  "described",
]);
/** Attack verbs that, said of the speaker's own men, claim the report's attack ("said its fighters had targeted …"). */
const OWN_ATTACKS = new Set([
  "targeted",
  "attacked",
  "stormed",
  "bombed",
  "struck",
  "downed",
  "perpetrated",
  "staged",
  // "said its fighters had seized Palma", "said its fighters ambushed the convoy"
  "seized",
  "ambushed",
  "raided",
  "overran",
  "killed",
]);
const MEMBER_NOUNS = new Set(["soldiers", "fighters", "members", "militants", "followers", "operatives"]);
const AUXILIARIES = new Set(["had", "has", "have", "was", "were", "is", "are"]);
/** Heads of an outlet that speaks for an organisation ("its Amaq news agency"). */
const OUTLET_HEADS = new Set(["agency", "outlet", "mouthpiece"]);

/**
 * "Islamic State's Amaq agency says …": an outlet that speaks for its owner; the owner is the speaker.
 */
export function ownerOfOutlet(ctx: SentenceContext, speaker: Chunk): Chunk | undefined {
  if (!OUTLET_HEADS.has(ctx.words[speaker.end] ?? "") && !OUTLET_HEADS.has(ctx.words[speaker.end + 1] ?? ""))
    return undefined;
  const mark = ctx.words[speaker.first - 1];
  if (mark !== "'s" && mark !== "’s") return undefined;
  return ctx.chunks.find(
    (c) => c.end === speaker.first - 1 && (c.type === "organization" || c.type === "group"),
  );
}

/** The organisation or group that is the subject of the saying verb before token `at`. */
function speaker(ctx: SentenceContext, at: number): Chunk | undefined {
  const verb = ctx.words.slice(0, at).findLastIndex((w) => SAYING.has(w));
  if (verb < 0) return undefined;
  return speakerOf(ctx, chunkBefore(ctx, verb, ["organization", "group"]));
}

/**
 * Who speaks, given the chunk nearest before the saying verb: the owner of an outlet ("Islamic
 * State's Amaq agency says"), the name an appositive describes ("Jamaat-ul-Ahrar, a faction of the
 * Pakistani Taliban, said": not the Taliban), else the chunk itself.
 */
export function speakerOf(ctx: SentenceContext, by: Chunk | undefined): Chunk | undefined {
  if (!by) return undefined;
  const owner = ownerOfOutlet(ctx, by);
  if (owner) return owner;
  const { words } = ctx;
  // "Islamic State's regional affiliate, known as Islamic State Khorasan, said": the possessed arm.
  if (words[by.end] === "'s" || words[by.end] === "’s") {
    const as = words.indexOf("as", by.end);
    const named =
      as > 0 && as - by.end < 8 && words[as - 1] === "known"
        ? ctx.chunks.find((c) => c.first === as + 1)
        : undefined;
    if (named && (named.type === "organization" || named.type === "group")) return named;
  }
  for (let q = by.first - 1; q >= Math.max(0, by.first - 8); q--) {
    if (words[q] === "," && ["a", "an", "the"].includes(words[q + 1] ?? ""))
      return ctx.chunks.find((c) => c.end === q && (c.type === "organization" || c.type === "group")) ?? by;
    if (words[q] === "," || words[q] === "said" || words[q] === "says") break;
  }
  return by;
}

/** Whether an act of carrying out an attack starts at `k`: "carried out", "brought the plane down". */
function carriesOut(words: readonly string[], k: number): boolean {
  const w = words[k] ?? "";
  if (w === "carried" && words[k + 1] === "out") return true;
  if (w === "brought" || w === "shot") return words.slice(k + 1, k + 5).includes("down");
  return OWN_ATTACKS.has(w);
}

function remember(
  ctx: SentenceContext,
  claim: Omit<PendingClaim, "sentence" | "credibility">,
  at: number,
): void {
  if (ctx.stance.negated(at) || ctx.stance.unasserted(at) || ctx.stance.disavows()) return;
  const list = pending.get(ctx.graph) ?? [];
  list.push({ ...claim, sentence: ctx.sentence.index, credibility: ctx.stance.credibility(at) });
  pending.set(ctx.graph, list);
}

/** Verbs that, with "responsibility" or "credit" after them, claim an act ("claimed responsibility"). */
const CLAIM_VERBS = new Set([
  "claimed",
  "claims",
  "claiming",
  "took",
  "taken",
  "takes",
  "accepted",
  "admitted",
]);
/** Adverbs that make a claim a habit, not a claim of this act ("often claims responsibility"). */
const HABITUAL = new Set([
  "often",
  "usually",
  "regularly",
  "frequently",
  "routinely",
  "typically",
  "sometimes",
]);
/** Nouns that a claiming verb takes as the act's ownership. */
const CLAIM_NOUNS = new Set(["responsibility", "credit"]);

/**
 * A claim that names no act: "Al-Shabaab claimed responsibility in a statement", "a claim of
 * responsibility by Islamic State", "Responsibility was claimed by the Taliban". Gives the claimant
 * and the token the claim is read at; none where the act is named after it ("claimed responsibility
 * for the bombing" is the relation table's).
 */
export function bareClaimant(ctx: SentenceContext, i: number): Chunk | undefined {
  const { words } = ctx;
  const actors = ["organization", "group"] as const;
  if (!CLAIM_NOUNS.has(words[i] ?? "")) return undefined;
  // "claimed responsibility for such bombings": the object is named (the relation table's) or not this act.
  if (words[i + 1] === "for") return undefined;
  // "Al-Shabaab claimed responsibility", "The group, which claimed responsibility, said …", never a
  // habit ("often claims responsibility").
  if (CLAIM_VERBS.has(words[i - 1] ?? "")) {
    if (HABITUAL.has(words[i - 2] ?? "")) return undefined;
    const by = chunkBefore(ctx, i - 1, [...actors], 12);
    return by && by.end >= i - 6 ? speakerOf(ctx, by) : undefined;
  }
  // "a claim of responsibility by Islamic State", "responsibility was claimed by the Taliban"
  const by =
    words[i - 1] === "of" && (words[i - 2] === "claim" || words[i - 2] === "claims")
      ? i + 1
      : ["was", "has", "had"].includes(words[i + 1] ?? "")
        ? words.indexOf("by", i + 2)
        : -1;
  if (by < 0 || by > i + 4 || words[by] !== "by") return undefined;
  return ctx.chunks.find((c) => c.first === by + 1 && actors.includes(c.type as (typeof actors)[number]));
}

/** Reads the claim formulas of one sentence (after the relation table, before perpetrators are linked). */
export function addClaims(ctx: SentenceContext): void {
  const { words } = ctx;
  for (let i = 0; i < words.length; i++) {
    const claimant = bareClaimant(ctx, i);
    if (
      claimant &&
      !ctx.graph.inSentence(ctx.sentence.index).some((s) => s.predicate === "claimed_responsibility_for")
    )
      remember(ctx, { claimant: claimant.entity }, i);
  }
  for (let i = 0; i < words.length; i++) {
    // "… that X was one of its soldiers"
    if (
      words[i] === "one" &&
      words[i + 1] === "of" &&
      words[i + 2] === "its" &&
      MEMBER_NOUNS.has(words[i + 3] ?? "")
    ) {
      const member = chunkBefore(ctx, i, ["person", "group"]);
      const by = member && speaker(ctx, member.first);
      // "Amaq called him one of its soldiers": an official the report has quoted is not the one meant.
      if (!member || !by || ctx.graph.get(member.entity)?.official) continue;
      emit(ctx, { subject: member.entity, predicate: "member_of", object: by.entity }, i);
      remember(ctx, { claimant: by.entity, member: member.entity }, i);
    }
    // "X said it had brought the plane down", "X said its fighters had targeted the ministry": the
    // act with no attack named in the sentence.
    const own = words[i] === "its" && MEMBER_NOUNS.has(words[i + 1] ?? "");
    if ((words[i] === "it" || words[i] === "they" || own) && !ctx.chunks.some((c) => c.type === "event")) {
      let k = own ? i + 2 : i + 1;
      while (AUXILIARIES.has(words[k] ?? "")) k++;
      if (!carriesOut(words, k) || (!SAYING.has(words[i - 1] ?? "") && words[i - 1] !== "that")) continue;
      const by = speaker(ctx, i);
      if (by) remember(ctx, { claimant: by.entity }, k);
    }
  }
}

/** Settles the claims of a report at its end: a member's attacks, or the report's one event. */
export function resolveClaims(graph: DocumentGraph): void {
  const claims = pending.get(graph) ?? [];
  pending.delete(graph);
  const all = graph.entities.filter((e) => e.type === "event");
  const stated = all.filter((e) => !e.provisional);
  const events = stated.length > 0 ? stated : all;
  for (const c of claims) {
    const objects = c.member ? graph.perpetratedBy(c.member) : events.length === 1 ? [events[0]!.key] : [];
    for (const object of objects)
      graph.statement({
        subject: c.claimant,
        predicate: "claimed_responsibility_for",
        object,
        credibility: c.credibility,
        sentence: c.sentence,
      });
  }
}
