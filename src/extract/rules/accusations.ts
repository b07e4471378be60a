import { addBlame } from "./blame.js";
import { addFollowerGroups } from "./follower-groups.js";
import { type Chunk, emit, type SentenceContext } from "./sentence-context.js";

/**
 * Accusations and verdicts that name an event's perpetrator (`perpetrated`):
 * - "X, the 23-year-old suspected in the killings of …", "X, the militant accused of planning July's
 *   bombings", "X, whom they accuse of masterminding last month's massacre", "X is suspected of
 *   carrying out the attack" (hedged by "suspected", `credibility.ts`);
 * - "the court sentenced X to death for the bombing of …", "X was jailed for life over the attack",
 *   "convicted X of the bombing", "X was convicted of the attack", "found him guilty of murder over
 *   the siege";
 * - "X was the main suspect in Saturday's bombing" (a ranked suspect is still a suspect);
 * - "X, the commander who led the raid", "the general who ordered the strike", "X was already
 *   serving 40 years for the murder of …", "accused of being one of the organisers of …";
 * - blame and attribution (`blame.ts`).
 * Precision first: the event must follow the preposition directly (a determiner, a date or a gerund
 * of carrying out between), so "suspected of helping the attackers in the bombing" and "sentenced
 * for supplying explosives used in the attack" give nothing; the accused is the name the charge is
 * said of (right before it, or before an appositive that ends at it), never a name after a
 * preposition ("the brother of X, suspected of …").
 */
export function addAccusations(ctx: SentenceContext): void {
  const { words } = ctx;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "a 39-year-old man arrested over Friday's truck attack": held on suspicion of it.
    const held = HELD.has(w) && words[i + 1] === "over";
    if ((ACCUSING.has(w) && CHARGE_PREPOSITIONS.has(words[i + 1] ?? "")) || held) {
      const event = eventAfter(ctx, i + 2);
      const accused = event && accusedBefore(ctx, i);
      if (event && accused) perpetrate(ctx, accused, event, i);
    } else if (ACCUSING.has(w) && !RANKED_SUSPECT.has(words[i - 1] ?? "")) {
      // "Police suspect Hassan Dahir of carrying out the bombing", "accused Boko Haram of the attack".
      const accused = accusedAfter(ctx, i + 1);
      const event = accused && eventAfter(ctx, accused.end + 1);
      if (accused && event) perpetrate(ctx, accused, event, i);
    } else if (VERDICTS.has(w)) {
      const passive = BE.has(words[i - 1] ?? "");
      const accused = passive ? accusedBefore(ctx, i) : sentencedAfter(ctx, i + 1);
      if (!accused) continue;
      const event = verdictEvent(ctx, passive ? i + 1 : accused.end, w === "convicted");
      if (event) perpetrate(ctx, accused, event, i);
    } else if (LEADING.has(w)) {
      // "Shamil Basayev, the field commander who led the raid", "the general who ordered the
      // strike": the act must follow the verb directly ("led the investigation into the attack" gives
      // nothing, nor "led to").
      const event = eventAfter(ctx, i + 1);
      const accused = event && accusedBefore(ctx, i);
      if (event && accused) perpetrate(ctx, accused, event, i);
    } else if (w === "serving" && !SERVING_NOT.has(words[i + 1] ?? "")) {
      // "Ulemek was already serving 40 years for the murder of …": a sentence being served.
      const accused = accusedBefore(ctx, i);
      const event = accused && verdictEvent(ctx, i + 1, false);
      if (accused && event) perpetrate(ctx, accused, event, i);
    } else if (
      w === "guilty" &&
      (words[i - 1] === "pleaded" || words[i - 1] === "pled") &&
      words[i + 1] === "to"
    ) {
      // "Gendron pleaded guilty to the killing of 10 people at a supermarket": his own admission.
      const accused = accusedBefore(ctx, i - 1);
      const event = accused && eventAfter(ctx, i + 2);
      if (accused && event) perpetrate(ctx, accused, event, i);
    } else if (w === "guilty") {
      // "X was found guilty of …", "found him guilty of terrorism and murder over the siege".
      const found = words[i - 1] === "found" ? i - 1 : words[i - 2] === "found" ? i - 2 : -1;
      if (found < 0) continue;
      const accused = found === i - 1 ? accusedBefore(ctx, found) : sentencedAfter(ctx, found + 1);
      const event = accused && guiltyOf(ctx, i + 1);
      if (accused && event) perpetrate(ctx, accused, event, i);
    }
  }
  addFollowerGroups(ctx);
  addBlame(ctx);
}

const ACCUSING = new Set(["suspected", "accused", "accuse", "accuses", "suspect"]);
const CHARGE_PREPOSITIONS = new Set(["of", "in", "over"]);
/** Arrests that name their cause with "over": a suspicion of the act, hedged like "suspected". */
const HELD = new Set(["arrested", "detained", "held", "charged"]);
const VERDICTS = new Set(["sentenced", "jailed", "convicted", "imprisoned", "indicted"]);
const ACQUITTAL = new Set(["acquitted", "acquit", "acquits", "cleared", "exonerated"]);
/** Verbs of leading or ordering an act, which make its perpetrator. */
const LEADING = new Set(["led", "ordered", "commanded"]);
/** "serving as", "serving in the army": no sentence. */
const SERVING_NOT = new Set(["as", "in", "with", "on", "under", "at"]);
const BE = new Set(["was", "were", "is", "are", "been", "be"]);
/** Gerunds that say the accused did the act itself, not that they helped someone who did. */
const DOING = new Set([
  "carrying",
  "masterminding",
  "planning",
  "staging",
  "orchestrating",
  "committing",
  // Who ordered or organised an attack carried it out as much as who fired: "suspected of ordering
  // the March 20 attack", "accused of organising the assassination".
  "ordering",
  "organising",
  "organizing",
  "plotting",
  "leading",
  "perpetrating",
]);
/** Nouns of the accused's part in "accused of being one of the organisers of the attack". */
const PART_NOUNS = new Set([
  "organiser",
  "organisers",
  "organizer",
  "organizers",
  "mastermind",
  "masterminds",
  "planner",
  "planners",
  "perpetrator",
  "perpetrators",
  "leader",
  "leaders",
]);
const DOING_PARTICLES = new Set(["out"]);
/** What may stand between a verdict's "for" / "over" and the event: the charge, not an act of help. */
const CHARGE_WORDS = new Set([
  "terrorist",
  "terrorism",
  "offences",
  "offenses",
  "murder",
  "murders",
  "his",
  "her",
  "their",
  "role",
  "part",
  "in",
  "over",
  "during",
]);
const ARTICLES = new Set(["the", "a", "an", "last", "this", "'s", "’s"]);
/** Words that end the search for a verdict's charge. */
const VERDICT_STOPS = new Set([";", ":", "but", "after", "while", "who", "which", "said", "and", "because"]);
const PREPOSITIONS = new Set(["of", "by", "with", "from", "to", "for", "against", "in", "at", "on", "near"]);
const ACCUSED_TYPES = new Set(["person", "group", "organization"]);
/** Words of a ranked suspect: "the main suspect in", "a prime suspect in". */
const RANKED_SUSPECT = new Set(["the", "a", "main", "prime", "chief", "principal", "leading", "key"]);
/** Words of a verdict's charges before the event: "guilty of terrorism and murder over the siege". */
const GUILT_CHARGES = new Set([...CHARGE_WORDS, "and", "of", "crimes", "charges"]);
/** Words between an accused and the charge: "X is widely suspected of", "X, whom police accuse of". */
const LINKS = new Set([
  "is",
  "was",
  "are",
  "were",
  "been",
  "being",
  "also",
  "widely",
  "now",
  "long",
  "who",
  "already",
]);

function perpetrate(ctx: SentenceContext, accused: Chunk, event: Chunk, trigger: number): void {
  if (ctx.graph.get(accused.entity)?.type === "event") return;
  // "The court acquitted X, an Egyptian accused of being one of the masterminds": cleared of it.
  const near = [
    ...ctx.words.slice(Math.max(0, accused.first - 3), accused.first),
    ...ctx.words.slice(accused.end, accused.end + 3),
  ];
  if (near.some((w) => ACQUITTAL.has(w))) return;
  emit(ctx, { subject: accused.entity, predicate: "perpetrated", object: event.entity }, trigger);
}

/**
 * The accused named right after a verb of accusing, with "of" after it: "Hassan Dahir" in "police
 * suspect Hassan Dahir of …"; never "suspected Boko Haram militants", which has no "of".
 */
function accusedAfter(ctx: SentenceContext, at: number): Chunk | undefined {
  const named = ctx.chunks.find((c) => c.first === at && c.kind === "name" && ACCUSED_TYPES.has(c.type));
  return named && ctx.words[named.end] === "of" ? named : undefined;
}

/** The event chunk that starts at `from`, after an optional gerund of doing and articles or a date. */
function eventAfter(ctx: SentenceContext, from: number): Chunk | undefined {
  const { words, tokens } = ctx;
  let k = beingOf(words, from);
  if (DOING.has(words[k] ?? "")) {
    k++;
    if (DOING_PARTICLES.has(words[k] ?? "")) k++;
  }
  for (let n = 0; n <= 3; n++, k++) {
    // "for the August 3, 2019, attack": a date written before the head is stepped over, unless the
    // event's phrase starts with it ("Saturday's shooting").
    const date = ctx.dates.find((d) => d.start === tokens[k]?.start);
    if (date && !ctx.chunks.some((c) => c.type === "event" && c.first === k)) {
      while (k < words.length && tokens[k]!.end <= date.end) k++;
      if (words[k] === ",") k++;
    }
    const at = k;
    const event = ctx.chunks.find((c) => c.type === "event" && c.first === at);
    if (event) return event;
    const w = words[k];
    const capitalised = /^[A-Z0-9]/.test(tokens[k]?.text ?? "");
    if (w === undefined || !(ARTICLES.has(w) || capitalised)) return undefined;
  }
  return undefined;
}

/**
 * Past the accused's part in "of being behind the attack", "of being one of the organisers of
 * last Wednesday's assassination", "of being the mastermind of": where the act's words begin.
 */
function beingOf(words: readonly string[], from: number): number {
  if (words[from] !== "being") return from;
  if (words[from + 1] === "behind") return from + 2;
  let k = from + 1;
  if (words[k] === "one" && words[k + 1] === "of") k += 2;
  if (words[k] === "the" || words[k] === "a" || words[k] === "an") k++;
  if (words[k] === "main" || words[k] === "chief") k++;
  return PART_NOUNS.has(words[k] ?? "") && words[k + 1] === "of" ? k + 2 : from;
}

/** A name, group or description chunk that ends right at `end` and is no adjunct. */
function accusedEndingAt(ctx: SentenceContext, end: number): Chunk | undefined {
  const c = ctx.chunks
    .filter((c) => c.end === end && ACCUSED_TYPES.has(c.type))
    .sort((a, b) => a.first - b.first)[0];
  if (!c) return undefined;
  return PREPOSITIONS.has(ctx.words[c.first - 1] ?? "") ? undefined : c;
}

/** Who a charge at `at` is said of: the chunk right before it (links aside) or before an appositive. */
function accusedBefore(ctx: SentenceContext, at: number): Chunk | undefined {
  const { words } = ctx;
  let j = at - 1;
  // "whom they accuse of", "whom police suspected of": the pronoun's antecedent carries the charge.
  if (words[j - 1] === "whom") j -= 2;
  // "X was the main suspect in …": the noun's own words go before the links.
  if (words[at] === "suspect") while (j >= 0 && RANKED_SUSPECT.has(words[j]!)) j--;
  while (j >= 0 && LINKS.has(words[j]!)) j--;
  if (words[j] === ",") j--;
  // "Patrick Crusius, 24, was sentenced …": an age in commas after the name.
  if (/^\d{1,2}$/.test(words[j] ?? "") && words[j - 1] === ",") j -= 2;
  const direct = accusedEndingAt(ctx, j + 1);
  if (direct) return direct;
  // "X, the 23-year-old suspected in …": an appositive noun phrase between the name and the charge.
  for (let k = j; k >= 0 && j - k < 12; k--) {
    const w = words[k]!;
    if (w === ",") {
      if (!["the", "a", "an"].includes(words[k + 1] ?? "")) return undefined;
      return accusedEndingAt(ctx, k);
    }
    // "the brother of a man suspected of …": the charge is said of someone else.
    if (w === "of" && ["the", "a", "an", "his", "her", "their", "one"].includes(words[k + 1] ?? ""))
      return undefined;
    if (PREPOSITIONS.has(w) && k === j) return undefined;
    // "X, a member of Islamic State suspected of …": another actor inside the stretch may be the one.
    const inside = ctx.chunks.filter((c) => c.first <= k && k < c.end);
    const actor = inside.some((c) => ACCUSED_TYPES.has(c.type) && c.kind !== "description");
    if (actor && !inside.some((c) => c.type === "location")) return undefined;
  }
  return undefined;
}

/** The person or group sentenced in "sentenced X …", "convicted X …", "jailed X …". */
function sentencedAfter(ctx: SentenceContext, from: number): Chunk | undefined {
  return ctx.chunks
    .filter((c) => c.first === from && ACCUSED_TYPES.has(c.type))
    .sort((a, b) => b.end - a.end)[0];
}

/** The event a verdict is for: "… to death for the bombing of …", "… for terrorist offences over …". */
function verdictEvent(ctx: SentenceContext, from: number, convicted: boolean): Chunk | undefined {
  const { words } = ctx;
  for (let k = from; k < Math.min(words.length, from + 20); k++) {
    const w = words[k]!;
    if (VERDICT_STOPS.has(w)) return undefined;
    // "convicted X of the bombing" right after the name; any other "of" ("a citizen of …") is no charge.
    const of = convicted && w === "of" && k === from;
    if (w !== "for" && w !== "over" && !of) continue;
    let m = k + 1;
    while (m < words.length && CHARGE_WORDS.has(words[m]!)) m++;
    return eventAfter(ctx, m);
  }
  return undefined;
}

/**
 * The event a guilty verdict is for: "of the bombing" right away, or after the charges, "of terrorism
 * and murder over the September 2004 siege".
 */
function guiltyOf(ctx: SentenceContext, from: number): Chunk | undefined {
  const { words } = ctx;
  if (words[from] !== "of") return undefined;
  const direct = eventAfter(ctx, from + 1);
  if (direct) return direct;
  let k = from + 1;
  while (k < words.length && words[k] !== "over" && words[k] !== "for" && GUILT_CHARGES.has(words[k]!)) k++;
  return words[k] === "over" || words[k] === "for" ? eventAfter(ctx, k + 1) : undefined;
}

/** Whether the sentence accuses someone of an act ("the 29-year-old suspected of carrying out …"). */
export function accuses(ctx: SentenceContext): boolean {
  return ctx.words.some((w, i) => ACCUSING.has(w) && CHARGE_PREPOSITIONS.has(ctx.words[i + 1] ?? ""));
}
