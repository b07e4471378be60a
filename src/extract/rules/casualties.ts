import {
  countBefore,
  counterfactual,
  cueWordBefore,
  FILLER,
  NOT_VICTIMS,
  ONE,
  plausible,
  REACH,
  singleVictim,
  withPlus,
} from "./casualty-counts.js";
import { MORE_CASUALTY_PATTERNS } from "./casualty-cues.js";
import { eventFor } from "./casualty-events.js";
import { ATTACKER_NOUNS, breakdownAfter, victimsOf } from "./casualty-splits.js";
import { ATTACKER_DESCRIPTIONS, BODY_NOUNS, GROUP_NOUNS } from "./lexicon.js";
import { type Count, readCount, sharesLowerBound } from "./numbers.js";
import { CASUALTY_PATTERNS } from "./patterns.js";
import { emit, matchesAt, type SentenceContext } from "./sentence-context.js";
import { objectVictim, oneVictim, ordinalVictim } from "./single-victims.js";

const TRIGGERS = [...CASUALTY_PATTERNS, ...MORE_CASUALTY_PATTERNS].flatMap((p) =>
  p.triggers.map((t) => ({ pattern: p, words: t.split(" ") })),
);

/** Common nouns of armed bodies that keep a tally over years. */
const GROUP_HEADS: ReadonlySet<string> = new Set([...BODY_NOUNS, "militia", "outfit"]);

/**
 * Whether the cue at `i` tells what a group or person has killed over the years, not what an event
 * killed: "ETA, which has killed more than 800 people since 1968", "the militia, which has killed
 * hundreds". A relative clause in the perfect whose antecedent is no event ("The conflict, which has
 * killed 3,000" is the conflict's toll).
 */
function groupsTally(ctx: SentenceContext, i: number): boolean {
  const { words } = ctx;
  if (!/^(?:has|have|had)$/.test(words[i - 1] ?? "") || !/^(?:which|who)$/.test(words[i - 2] ?? ""))
    return false;
  const comma = words[i - 3] === "," ? i - 3 : i - 2;
  // "The Basque separatist group, which has killed …": a body's common noun, named or not.
  if (GROUP_HEADS.has(words[comma - 1] ?? "") || GROUP_NOUNS.has(words[comma - 1] ?? "")) return true;
  const antecedent = ctx.chunks.find((c) => c.end === comma);
  // "The insurgency in Cabo Delgado, which has killed …": a place after a preposition ends a longer
  // phrase, whose head is what the clause is about.
  if (!antecedent || antecedent.type === "event") return false;
  return !/^(?:in|at|near|of|from|on)$/.test(words[antecedent.first - 1] ?? "");
}

/**
 * Casualty figures: "the death toll … rose to 39", "left 20 tourists and a security guard dead" (21),
 * "38 holidaymakers were killed", "wounding 39". A revision ("rose to") is the same predicate with the
 * later figure; which figure stands is for conflict detection across statements to decide.
 */
export function addCasualties(ctx: SentenceContext): void {
  const { words } = ctx;
  for (let i = 0; i < words.length; i++) {
    for (const { pattern, words: trigger } of TRIGGERS) {
      if (!matchesAt(words, i, trigger)) continue;
      if (pattern.after && !cueWordBefore(words, pattern.after, i)) continue;
      if (counterfactual(words, i) || groupsTally(ctx, i)) continue;
      let count: Count | undefined;
      let at = i;
      if (pattern.count === "count-first") {
        for (let s = Math.max(0, i - REACH); s < i && !count; s++) {
          count = countBefore(words, s, i);
          if (count) at = s;
        }
        // "A French soldier was killed": one victim, not an attacker ("a gunman was killed by police").
        if (!count && (pattern.predicate === "wounded" || pattern.predicate === "killed")) {
          count = singleVictim(words, i) ?? ordinalVictim(words, i);
          const head = count && words[count.end - 1];
          // "A woman was killed in the street and a man in a kebab shop": one of several, no toll.
          const more = words
            .slice(i + 1, i + 12)
            .some((w, k, rest) => w === "and" && ONE.has(rest[k + 1] ?? ""));
          if (
            pattern.predicate === "killed" &&
            head &&
            (ATTACKER_DESCRIPTIONS.has(head) || NOT_VICTIMS.has(head) || more)
          )
            count = undefined;
          if (count) at = i;
        }
      } else {
        const from = i + trigger.length;
        const c =
          readCount(words, from) ??
          oneVictim(words, trigger, from) ??
          objectVictim(words, trigger, from, (w) => ATTACKER_NOUNS.has(w) || NOT_VICTIMS.has(w));
        // "the killings of seven people in Toulouse and Montauban": a count after "of" is the toll only
        // inside an event phrase that goes on past it to its place (not "blaming it for the killings
        // of two opposition politicians, …", nor "the first killing of a serving US ambassador").
        const ofPhrase = trigger[trigger.length - 1] === "of";
        if (ofPhrase && !ctx.chunks.some((e) => e.type === "event" && e.first <= i && c && e.end > c.end))
          continue;
        const victims = c && victimsOf(words, from, c.end);
        const read = c && victims !== undefined ? { ...c, value: victims } : c;
        if (read && (victims !== undefined || plausible(words, read, from))) {
          if (!pattern.completion) count = read;
          else {
            let k = read.end;
            while (FILLER.has(words[k] ?? "")) k++;
            // "claimed 12 lives": the completing word may be the count's own noun.
            if (
              pattern.completion.includes(words[k] ?? "") ||
              pattern.completion.includes(words[read.end - 1]!)
            )
              count = read;
          }
        }
      }
      if (!count) continue;
      const event = eventFor(ctx, at, pattern.count !== "count-first", i + trigger.length);
      if (!event) continue;
      ctx.eventCues.push({ entity: event.key, at: i });
      emit(
        ctx,
        {
          subject: event.key,
          predicate: pattern.predicate,
          value: withPlus(words, count),
          bound:
            count.bound === "exact" && at !== i && sharesLowerBound(words, at) ? "at_least" : count.bound,
        },
        i,
      );
      const split = pattern.count === "count-after" ? breakdownAfter(words, count) : undefined;
      if (split) emit(ctx, { subject: event.key, predicate: pattern.predicate, ...split }, i);
    }
  }
}
