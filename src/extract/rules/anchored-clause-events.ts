import { ARMED_BANDS } from "./armed-bands.js";
import { cueEvent, placeAfter } from "./event-cues.js";
import { BACKGROUND } from "./event-places.js";
import { canonicalPlace, eventAt } from "./event-references.js";
import { GROUP_NOUNS } from "./lexicon.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/** Words that set a clause as the time of another: "two days after gunmen killed nine farmers in X". */
const ANCHORS = new Set(["after", "before", "since"]);
/** Finite verbs of an attack in such a clause, and the event noun each implies. */
const CLAUSE_VERBS: ReadonlyMap<string, string> = new Map([
  ["killed", "attack"],
  ["attacked", "attack"],
  ["stormed", "attack"],
  ["raided", "attack"],
  ["ambushed", "ambush"],
  ["abducted", "abduction"],
  ["kidnapped", "kidnapping"],
]);
/** Weapons that may be such a clause's subject: "a week after a bomb killed 12 in Gao". */
const WEAPONS = new Set(["bomb", "bombs", "bomber", "bombers", "gunman", "attacker", "grenade"]);

/**
 * An earlier attack told as the time of the sentence's own: "The attack came two days after gunmen
 * killed nine farmers in Konduga". The clause is an event of its own at its place, told in passing
 * (background), so that its figure ("nine") goes to it and not to the sentence's attack, and no later
 * toll or date takes it for the report's event.
 */
export function addAnchoredClauseEvents(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  for (let k = 1; k < words.length - 3; k++) {
    if (!ANCHORS.has(words[k]!)) continue;
    // The clause's subject, up to four words, then its verb: "gunmen", "a suicide bomber", "Boko Haram fighters".
    let v = k + 1;
    while (v < k + 6 && v < words.length && !CLAUSE_VERBS.has(words[v]!)) v++;
    const head = CLAUSE_VERBS.get(words[v] ?? "");
    if (!head) continue;
    const subject = words.slice(k + 1, v);
    const actor =
      subject.some((w) => GROUP_NOUNS.has(w) || ARMED_BANDS.has(w) || WEAPONS.has(w)) ||
      ctx.chunks.some((c) => c.first > k && c.end <= v && (c.type === "group" || c.type === "organization"));
    if (!actor || subject.some((w) => w === "," || w === ";" || w === "the")) continue;
    // The sentence's own event must come before the anchor: an anchor that opens the sentence is
    // left to the rules for fronted anchors.
    if (!ctx.chunks.some((c) => c.type === "event" && c.end <= k)) continue;
    const place = placeAfter(ctx, v + 1, 10);
    if (!place) continue;
    const named = graph.get(place.anchor ?? place.entity)!;
    const event = eventAt(graph, canonicalPlace(named.name), head, ctx.sentence.index, false);
    if (ctx.chunks.some((c) => c.type === "event" && c.entity === event.key && c.end <= k)) continue;
    BACKGROUND.add(event);
    // From the clause's subject: its figure after the verb goes to the event told before it.
    cueEvent(ctx, event, k + 1, place.end);
    emit(ctx, { subject: event.key, predicate: "occurred_at", object: place.entity }, v);
  }
}
