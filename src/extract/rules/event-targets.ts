import { addHostageSites } from "./hostage-sites.js";
import type { SentenceContext } from "./sentence-context.js";
import { emit } from "./sentence-context.js";
import { addTargetLists } from "./target-lists.js";

// What an event phrase says its event struck, with no attacker named: "the assassination of
// President X". `targets.ts` reads the verbs of an attack; this reads its nouns.

/**
 * Names `events.ts` gives an event after the person it struck ("the killing of Chokri Belaid" is
 * "killing of Chokri Belaid"). Kidnappings and abductions are left out: a hostage is held, not struck.
 */
const STRUCK = /^(?:murder|beheading|killings?|shootings?|stabbing|assassinations?) of (.+)$/;

/** Words that tell an event as the time of another: "after the killing of X". */
const ANCHORS = new Set(["after", "before", "since"]);

/**
 * The person an event phrase names as its victim: "the assassination of Serbian Prime Minister Zoran
 * Djindjic", "the murder of a former Serbian president, Ivan Stambolić" → attacked(the event → the
 * person). Only the phrase itself counts: the victim stands after its "of", within a few words. "X
 * was shot dead" also makes an event named after X, but the sets give that attack to whoever shot
 * him as often as to the event, so it is left alone.
 */
function namedVictims(ctx: SentenceContext): void {
  const { graph, words } = ctx;
  for (const chunk of ctx.chunks) {
    const event = chunk.type === "event" ? graph.get(chunk.entity) : undefined;
    const victim = event && STRUCK.exec(event.name)?.[1];
    if (!victim) continue;
    // "six months after the killing of X": an event told only as the time of another is background,
    // which the sets give no target.
    if ([words[chunk.first - 1], words[chunk.first - 2]].some((w) => w && ANCHORS.has(w))) continue;
    const of = words.indexOf("of", chunk.first);
    if (of < 0 || of >= chunk.end) continue;
    // "the murder of a former Serbian president, Ivan Stambolić": an apposition may give the name.
    const person = ctx.chunks.find(
      (c) => c.type === "person" && c.first > of && c.first <= of + 8 && graph.get(c.entity)?.name === victim,
    );
    if (!person || graph.has(chunk.entity, "attacked", person.entity)) continue;
    emit(ctx, { subject: chunk.entity, predicate: "attacked", object: person.entity }, chunk.first, true);
  }
}

/**
 * What the sentence's event phrases say their events attacked: the victims they are named after.
 * Runs after the events and the attackers of the sentence.
 */
export function attackEventTargets(ctx: SentenceContext): void {
  namedVictims(ctx);
  addHostageSites(ctx);
  addTargetLists(ctx);
}
