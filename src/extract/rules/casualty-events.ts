// The event a casualty figure belongs to: one in its sentence, the latest told, or one at the place after.
import type { DocumentEntity } from "./document-graph.js";
import { topicPlace } from "./event-places.js";
import { settlementBefore } from "./event-references.js";
import { canonicalPlace, eventAt } from "./events.js";
import { UNNAMED_FACILITY_HEADS } from "./lexicon.js";
import { ATTACK_VERBS } from "./patterns.js";
import { emit, type SentenceContext } from "./sentence-context.js";
import { anchoredAway, apart, clauseSplits } from "./toll-anchors.js";
import { eventForLoneToll } from "./toll-events.js";

const PLACE_LINKS = new Set(["in", "at", "near", "on"]);
const PLACE_ADJECTIVES = new Set([
  "central",
  "northern",
  "southern",
  "eastern",
  "western",
  "downtown",
  "coastal",
  // "in a historic Charleston church", "at the busy Zobe junction"
  "historic",
  "busy",
  "crowded",
]);
/** "A suicide bomber", "a gunman": an attacker brought in with an indefinite article starts a new attack. */
const NEW_ATTACKER = new Set([
  "bomber",
  "gunman",
  "gunmen",
  "attacker",
  "attackers",
  "militant",
  "militants",
]);

function newAttackerBefore(words: readonly string[], at: number): boolean {
  for (let k = 0; k < at; k++) {
    if (words[k] !== "a" && words[k] !== "an") continue;
    const next = words[k + 1] === "suicide" ? words[k + 2] : words[k + 1];
    if (NEW_ATTACKER.has(next ?? "")) return true;
  }
  return false;
}

/**
 * Whether the place at token `first` is where the figure's event happened: after "in", "at", "near",
 * "on", after an attack verb ("stormed the US diplomatic compound"), or after "the beach of the".
 */
function placeLink(words: readonly string[], first: number): boolean {
  let k = first - 1;
  // "killed 12 soldiers in the northern town of Boulkessi": the settlement's description is stepped over.
  k = settlementBefore(words, first) ?? k;
  if (PLACE_ADJECTIVES.has(words[k] ?? "")) k--;
  if (words[k] === "the" || words[k] === "a" || words[k] === "an") k--;
  if (words[k] === "of" && UNNAMED_FACILITY_HEADS.has(words[k - 1] ?? "")) {
    k -= 2;
    if (words[k] === "the") k--;
  }
  return PLACE_LINKS.has(words[k] ?? "") || ATTACK_VERBS.has(words[k] ?? "");
}

/** Finite verbs and clause breaks that end the phrase a figure's place is looked for in. */
const CLAUSE_VERBS = new Set(["was", "were", "is", "are", "has", "have", "had", ";"]);

/**
 * Whether a provisional event ("the attack", named by a bare noun) has already been told of: given a
 * figure, a place or a perpetrator. Such an event is the report's, and a toll in a sentence of its
 * own ("Fifty-three people were wounded.") is its too.
 */
function told(ctx: SentenceContext, event: DocumentEntity): boolean {
  const { graph } = ctx;
  return (
    graph.has(event.key, "killed") ||
    graph.has(event.key, "occurred_at") ||
    graph.byPredicate("perpetrated").some((s) => s.object === event.key)
  );
}

/** The event a casualty figure belongs to: one in the sentence, the latest in the document, or "<place> attack". */
export function eventFor(
  ctx: SentenceContext,
  at: number,
  verbFirst = false,
  cueEnd = at,
): DocumentEntity | undefined {
  // A pronoun or description standing for an earlier event ("… imposed after it") does not claim a
  // figure that a newly introduced attacker's clause gives ("a suicide bomber killed 12 …").
  const fresh = newAttackerBefore(ctx.words, at);
  // "… the hostage-taking at the Bataclan, where … dozens died; officials say the attacks …": an
  // event across a semicolon is another clause's.
  const sameClause = (c: { first: number }) =>
    !ctx.words.slice(Math.min(c.first, at), Math.max(c.first, at)).includes(";");
  // "…, killing at least 14 people, a day after a blast at the station killed 17": a figure after its
  // verb is the toll of the event that verb tells of, the subject before it, not the next event.
  const before = (c: { first: number }) => verbFirst && c.first < at;
  // "killed 12 people in Kidal, two years after the 2019 attack in Boulkessi": a past event named as
  // the time of the figure's own is not its event.
  // "Gunmen killed 12 people in Solhan and a bomb killed three in Gao": each conjunct its own attack.
  const splits = clauseSplits(ctx.words, ctx.chunks);
  const anchored = new Set(
    ctx.chunks
      .filter((c) => c.type === "event" && (anchoredAway(ctx.words, c, at) || apart(splits, c.first, at)))
      .map((c) => c.entity),
  );
  const inSentence = ctx.chunks
    .filter((c) => c.type === "event" && !(fresh && c.kind === "description") && !anchored.has(c.entity))
    .sort(
      (a, b) =>
        Number(sameClause(b)) - Number(sameClause(a)) ||
        Number(before(b)) - Number(before(a)) ||
        Math.abs(a.first - at) - Math.abs(b.first - at),
    )[0];
  if (inSentence) return ctx.graph.get(inSentence.entity);
  // "Local officials in Sabratha said more than 40 were killed", after a raid near Sabratha and a
  // mention of other attacks: the figure goes with the event at the place the sentence names.
  const named = new Set(
    ctx.chunks
      .filter(
        (c) =>
          (c.type === "location" || c.type === "facility") &&
          c.kind === "name" &&
          !apart(splits, c.first, at),
      )
      .map((c) => canonicalPlace(ctx.graph.get(c.entity)!.name)),
  );
  const there = ctx.graph.latest(
    "event",
    (e) => !e.provisional && e.place !== undefined && named.has(e.place) && !anchored.has(e.key),
  );
  if (there) return there;
  // "For Sousse, 38 victims is the figure we use": about a place with no event of its own here.
  if (topicPlace(ctx) !== undefined) return undefined;
  const latest = eventForLoneToll(ctx.graph, (e) => (!e.provisional || told(ctx, e)) && !anchored.has(e.key));
  if (latest && !fresh) return latest;
  // Only a place after the figure: "killed 38 people in Sousse", not "Officials in Tunis said … killed",
  // and before the clause's own verb: "suspected of shooting dead nine worshippers in a Charleston
  // church was arrested … in Shelby" was not an attack in Shelby.
  // The figure's own verb ("Two policemen were killed in Kidal") is no later clause's.
  const verb = ctx.words.findIndex((w, k) => k >= Math.max(at + 1, cueEnd) && CLAUSE_VERBS.has(w));
  const place = ctx.chunks
    .filter(
      (c) =>
        c.first > at &&
        (verb < 0 || c.first < verb) &&
        // "Two soldiers were killed on Friday, officials in Kidal said": a place past a comma after
        // the figure's own verb is the source's.
        (cueEnd <= at + 1 || !ctx.words.slice(cueEnd, c.first).includes(",")) &&
        (c.type === "location" || c.type === "facility") &&
        (c.kind === "name" || c.kind === "site") &&
        placeLink(ctx.words, c.first),
    )
    .sort((a, b) => a.first - b.first || b.end - a.end)[0];
  if (!place) return undefined;
  // An unnamed site names its event after the place it lies in ("beach at Port El Kantaoui").
  const event = eventAt(
    ctx.graph,
    canonicalPlace(ctx.graph.get(place.anchor ?? place.entity)!.name),
    "attack",
    ctx.sentence.index,
  );
  emit(ctx, { subject: event.key, predicate: "occurred_at", object: place.entity }, place.first);
  // The words that tell of it ("killed 12 members of the presidential guard on a bus in central
  // Tunis") are its mention: an event known only by its figure still shows where it was read.
  const from = /^(?:killed|killing|kills|kill)$/.test(ctx.words[at - 1] ?? "") ? at - 1 : at;
  ctx.graph.mention(
    event,
    ctx.text,
    ctx.tokens[from]!.start,
    ctx.tokens[place.end - 1]!.end,
    "EVENT",
    ctx.sentence.index,
    true,
  );
  return event;
}
