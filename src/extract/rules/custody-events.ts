import type { DateMention } from "./dates.js";
import type { DocumentEntity } from "./document-graph.js";
import { BACKGROUND } from "./event-places.js";
import { settlementOf } from "./event-references.js";
import { actingForce, forceAt } from "./force-actions.js";
import { type Chunk, chunkAfter, chunkBefore, emit, type SentenceContext } from "./sentence-context.js";

/**
 * Verbs by which the state takes someone into custody or passes sentence, and the kind of event the
 * annotation guide makes of each ("was arrested on Thursday in Shelby", "A court in Salé on Friday
 * sentenced X to death"). "convicted" and "charged" are left out: reports give them as background
 * ("had been convicted last year of …") far more often than as the news of the day.
 */
const CUSTODY_VERBS: ReadonlyMap<string, "arrest" | "sentencing" | "burial"> = new Map([
  ["arrested", "arrest"],
  ["detained", "arrest"],
  ["sentenced", "sentencing"],
  // "Bhutto was buried on Friday in the family mausoleum": the guide counts a dated burial as an
  // event of its own, read like an arrest (a dated passive with a person before it).
  ["buried", "burial"],
]);
/**
 * Nouns for one unnamed person taken into custody: "a man arrested on Tuesday near the border", "A
 * foreign man was arrested on Saturday in a flat …". Plurals ("two men", "20 people") are sweeps.
 */
const ONE_PERSON = new Set(["man", "woman", "suspect", "teenager", "youth", "boy", "girl", "person"]);
/**
 * What a court does in the news of the day, and the event the guide makes of it ("A federal grand
 * jury on Wednesday indicted X", "The High Court on Wednesday acquitted four men", "The court on
 * Friday found X sane"): taken only with a court as the verb's subject, since "was convicted last
 * year" in passing is background. "found", "ruled", "declared" and "decided" give the verdict itself.
 */
const COURT_VERBS: ReadonlyMap<string, string> = new Map([
  ["convicted", "conviction"],
  ["acquitted", "acquittal"],
  ["cleared", "acquittal"],
  ["indicted", "indictment"],
  ["jailed", "sentencing"],
  ["found", "verdict"],
  ["ruled", "verdict"],
  ["declared", "verdict"],
  ["decided", "verdict"],
]);
/** Words between a court and its verb that show the verb is not the court's: "the court said that police arrested …". */
const NOT_COURT_SUBJECT = new Set([
  ";",
  "that",
  "which",
  "who",
  "said",
  "says",
  "and",
  "but",
  "was",
  "were",
  "is",
  "are",
]);
/** Nouns a later sentence refers to a court's act by: "called the verdict unacceptable", "will appeal the ruling". */
const RULING_NOUNS = new Set(["verdict", "ruling", "judgment", "judgement"]);
const PASSIVE = new Set(["was", "were", "been", "being", "is"]);
/** Words that open another clause or an adjunct about something else: the date or place after them is not the act's. */
const CLAUSE_STOPS = new Set([
  ",",
  ";",
  ":",
  "for",
  "over",
  "after",
  "before",
  "since",
  "which",
  "who",
  "that",
  "when",
  "where",
  "while",
  "said",
  "says",
  "say",
  "was",
  "were",
  "is",
  "are",
  "has",
  "had",
  "and",
  "but",
]);
/** Words right before a date that tie it to the act: "on Thursday", "late on Monday", "yesterday". */
const DATE_LINKS = new Set(["on", "late", "early", "overnight"]);
const BARE_DATES = /^(?:yesterday|today|tonight)$/;
/** Prepositions that put the act at a place: "in Marseille", "at a checkpoint", "aboard a flight", "near the border". */
const PLACE_LINKS = new Set(["in", "at", "near", "outside", "aboard", "inside"]);
/** Nouns for the body that passes a sentence, whose own place is where it sat: "a court in Salé", "A Paris court". */
const COURT_HEADS = new Set(["court", "jury", "tribunal", "judge"]);

/**
 * Whether one unnamed person is the one the arrest at `verb` takes: "a man arrested on Tuesday",
 * "A foreign man was arrested", an article at most three words before the noun.
 */
function unnamedTaken(words: readonly string[], verb: number, kind: string): boolean {
  if (kind !== "arrest") return false;
  const noun = PASSIVE.has(words[verb - 1] ?? "") ? verb - 2 : verb - 1;
  if (!ONE_PERSON.has(words[noun] ?? "")) return false;
  for (let k = noun - 1; k >= Math.max(0, noun - 3); k--) {
    if (words[k] === "a" || words[k] === "an") return true;
    if (!/^[\p{Ll}-]+$/u.test(words[k]!)) return false;
  }
  return false;
}

/** "of X" for a named person taken, else where or when: two unnamed arrests are two events. */
function custodyLabel(
  ctx: SentenceContext,
  taken: Chunk | undefined,
  place: Chunk | undefined,
  date: DateMention,
): string {
  const { graph, words } = ctx;
  if (taken) return `of ${graph.get(taken.entity)!.name}`;
  if (place)
    return `${words.slice(place.first - 2, place.first).includes("near") ? "near" : "in"} ${graph.get(place.entity)!.name}`;
  return `on ${date.value}`;
}

/** Whether no clause stop lies among the words [from, to). */
function open(words: readonly string[], from: number, to: number): boolean {
  return words.slice(from, to).every((w) => !CLAUSE_STOPS.has(w));
}

/**
 * The date of the act: one after the verb in its clause ("was arrested on Thursday morning", "was
 * sentenced to life in prison on Tuesday"), or one right before an active verb ("A court on Friday
 * sentenced …"). A date after "for", "over" or "after" belongs to the crime, not to the arrest.
 */
function actDate(ctx: SentenceContext, verb: number, links = DATE_LINKS): DateMention | undefined {
  const { words, tokens } = ctx;
  for (const date of ctx.dates) {
    const at = tokens.findIndex((t) => t.start >= date.start);
    if (at < 0) continue;
    // A date mention may begin at its preposition ("on Monday") or at the day itself.
    const linked = [words[at - 1], words[at]].some((w) => links.has(w ?? "")) || BARE_DATES.test(words[at]!);
    if (!linked) continue;
    if (at > verb && at - verb <= 14 && open(words, verb + 1, at)) return date;
    const before = at < verb && verb - at <= 5;
    if (before && open(words, at, verb) && !PASSIVE.has(words[verb - 1] ?? "")) return date;
  }
  return undefined;
}

/** The first named place or site after the verb in its clause that a locative preposition introduces. */
function actPlace(ctx: SentenceContext, from: number): Chunk | undefined {
  const { words } = ctx;
  for (let k = from; k < Math.min(words.length, from + 14); k++) {
    if (CLAUSE_STOPS.has(words[k]!)) return undefined;
    if (!PLACE_LINKS.has(words[k]!)) continue;
    const c = chunkAfter(ctx, k + 1, ["location", "facility"], 4);
    // "near the Cambodian border": the country's adjective does not place the act in the country.
    if (BORDERS.has(words[c?.end ?? -1] ?? "")) continue;
    if (c && (c.kind === "name" || c.kind === "site") && open(words, k + 1, c.first)) return c;
  }
  return undefined;
}
const BORDERS = new Set(["border", "frontier", "borders"]);

/**
 * Where the verb's clause goes on after an apposition on the one taken: "arrested Shoko Asahara, the
 * founder of the Aum Shinrikyo sect, at its compound in Kamikuishiki" resumes at "at". Only a
 * description opened by an article and closed by a comma within ten words counts.
 */
function pastApposition(words: readonly string[], taken: Chunk | undefined, from: number): number {
  if (!taken || words[taken.end] !== "," || !["the", "a", "an"].includes(words[taken.end + 1] ?? ""))
    return from;
  const close = words.indexOf(",", taken.end + 1);
  return close > 0 && close - taken.end <= 10 && PLACE_LINKS.has(words[close + 1] ?? "") ? close + 1 : from;
}

/** Where the court sat: "A federal jury in Charleston", "A Paris court", "…, sitting in Vladikavkaz,". */
function courtPlace(ctx: SentenceContext, verb: number): Chunk | undefined {
  const { words } = ctx;
  const start = Math.max(0, verb - 14);
  const court = words.slice(start, verb).findIndex((w) => COURT_HEADS.has(w));
  if (court < 0) return undefined;
  const from = start + court;
  // "in the Scottish city of Glasgow": the link stands before the settlement's description.
  const lead = (c: Chunk) =>
    [c.first - 5, c.first - 4, c.first - 3].find(
      (s) => words[s] === "the" && settlementOf(words, s) === c.first,
    ) ?? c.first;
  return ctx.chunks.find(
    (c) =>
      c.kind === "name" &&
      c.type === "location" &&
      c.end <= verb &&
      c.first >= from - 2 &&
      (words[lead(c) - 1] === "in" || COURT_HEADS.has(words[c.end] ?? "")),
  );
}

/**
 * The court whose act the verb at `verb` is: a court noun before it in the same clause, with only
 * its place, its date or an auxiliary between ("A special court in Jaipur had convicted",
 * "The Supreme Court of North Ossetia, sitting in Vladikavkaz, on Friday sentenced").
 */
function courtSubject(ctx: SentenceContext, verb: number): number | undefined {
  const { words } = ctx;
  if (PASSIVE.has(words[verb - 1] ?? "")) return undefined;
  for (let k = verb - 1; k >= Math.max(0, verb - 14); k--) {
    if (NOT_COURT_SUBJECT.has(words[k]!)) return undefined;
    if (COURT_HEADS.has(words[k]!.toLowerCase())) return k;
  }
  return undefined;
}

/** Per document, the court act last told with its date, which "the verdict" later refers to. */
const LAST_RULING = new WeakMap<object, DocumentEntity>();

/** "Judge X read the verdict", "called the ruling unacceptable": a mention of the court's dated act. */
function mentionRulings(ctx: SentenceContext): void {
  const act = LAST_RULING.get(ctx.graph);
  if (!act) return;
  const { words, tokens, text } = ctx;
  for (let i = 1; i < words.length; i++) {
    if (!RULING_NOUNS.has(words[i]!) || words[i - 1] !== "the") continue;
    const start = tokens[i - 1]!.start;
    ctx.graph.mention(act, text, start, tokens[i]!.end, "EVENT", ctx.sentence.index, true);
  }
}

/**
 * Dates an arrest or a sentence has taken: the attack its subject is suspected of is not dated by
 * them ("the man suspected of the shooting … was arrested on Friday").
 */
export const CUSTODY_DATES = new WeakSet<DateMention>();

/**
 * Arrests and sentences as events, as the annotation guide counts them: "X was arrested on Thursday
 * in Shelby", "a man arrested on Tuesday near the border", "Federal agents arrested X late on Monday
 * at JFK airport", "A court in Salé on Friday sentenced X to death", "X was sentenced to life in
 * prison on Tuesday". Only an act the clause dates is taken: an undated "was arrested at the scene"
 * or "the gunman detained after the attack" is told in passing, not as an event. An arrest is of one
 * person, named or "a man" (a plural "20 people had been arrested" is a sweep, not an event); two
 * unnamed arrests are told apart by place or date ("arrest in …"). A dated burial ("X was buried on
 * Friday in …") is read the same way. The arresting force, if
 * the clause names one, carried it out.
 *
 * The event is provisional (kept only with a statement) and background, so a later "the attack" or a
 * casualty figure never goes to it, and it is dated and placed here, not by the attack's rules.
 */
export function addCustodyEvents(ctx: SentenceContext): void {
  addCourtActs(ctx);
  const { words } = ctx;
  for (let i = 1; i < words.length; i++) {
    const kind = CUSTODY_VERBS.get(words[i]!);
    if (!kind) continue;
    const passive = PASSIVE.has(words[i - 1] ?? "");
    // "a man arrested on Tuesday near …": a participle right after its noun phrase.
    const reduced = !passive && ctx.chunks.some((c) => c.end === i && c.type === "person");
    const taken =
      passive || reduced
        ? chunkBefore(ctx, passive ? i - 1 : i, ["person"], passive ? 30 : 0)
        : chunkAfter(ctx, i + 1, kind === "arrest" ? ["person"] : ["person", "group"], 3);
    const someone = taken ? undefined : unnamedTaken(words, i, kind);
    if (!taken && !someone) continue;
    if (kind === "burial" && !passive) continue;
    const date = actDate(ctx, i);
    if (!date) continue;
    const place =
      actPlace(ctx, passive || reduced ? i + 1 : pastApposition(words, taken, i + 1)) ??
      (kind === "sentencing" ? courtPlace(ctx, i) : undefined);
    const event = custodyEvent(ctx, `${kind} ${custodyLabel(ctx, taken, place, date)}`, i);
    CUSTODY_DATES.add(date);
    emit(ctx, { subject: event.key, predicate: "occurred_on", value: date.value, time: date.time }, i);
    if (place) emit(ctx, { subject: event.key, predicate: "occurred_at", object: place.entity }, i);
    if (kind !== "arrest") continue;
    // "Federal agents arrested …", "… was arrested by police …": the force carried the arrest out.
    const by = passive ? words.slice(i + 1, i + 5).indexOf("by") : -1;
    const force = by >= 0 ? forceAt(ctx, i + 2 + by) : reduced || passive ? undefined : actingForce(ctx, i);
    if (force) emit(ctx, { subject: force.entity, predicate: "perpetrated", object: event.key }, i);
  }
}

/**
 * A court's act as an event: "A federal grand jury in Pittsburgh on Wednesday indicted X" (the
 * indictment of X, in Pittsburgh), "The same jury convicted him in June", "The court on Friday found
 * X sane and sentenced him" (the verdict). Dated like an arrest, also by "in June"; placed where the
 * court sat. A sentence with a person sentenced is left to the custody rule above. A later "the
 * verdict" or "the ruling" in the report is a mention of the last such act.
 */
function addCourtActs(ctx: SentenceContext): void {
  const { words, graph } = ctx;
  mentionRulings(ctx);
  for (let i = 1; i < words.length; i++) {
    const sentencing = words[i] === "sentenced";
    const kind = COURT_VERBS.get(words[i]!) ?? (sentencing ? "sentencing" : undefined);
    if (!kind) continue;
    const court = courtSubject(ctx, i);
    if (court === undefined) continue;
    const taken = chunkAfter(ctx, i + 1, ["person", "group"], 3);
    if (sentencing && taken?.type === "person") continue;
    const date = actDate(ctx, i, COURT_DATE_LINKS);
    if (!date) continue;
    const place = courtPlace(ctx, i) ?? actPlace(ctx, i + 1);
    const who = taken && kind !== "verdict" ? ` of ${graph.get(taken.entity)!.name}` : "";
    const where = place ? ` in ${graph.get(place.entity)!.name}` : "";
    const event = custodyEvent(ctx, `${kind}${who || where}`, i);
    CUSTODY_DATES.add(date);
    emit(ctx, { subject: event.key, predicate: "occurred_on", value: date.value, time: date.time }, i);
    if (place) emit(ctx, { subject: event.key, predicate: "occurred_at", object: place.entity }, i);
    LAST_RULING.set(graph, event);
    // "found X sane and sentenced him": one verdict, not two.
    break;
  }
}

/** A court's act is also dated by a month or year after "in": "convicted him in June". */
const COURT_DATE_LINKS = new Set([...DATE_LINKS, "in"]);

function custodyEvent(ctx: SentenceContext, name: string, at: number): DocumentEntity {
  const { graph, tokens, text } = ctx;
  const event = graph.entity("event", name, ctx.sentence.index, true);
  BACKGROUND.add(event);
  graph.mention(event, text, tokens[at]!.start, tokens[at]!.end, "EVENT", ctx.sentence.index, true);
  return event;
}
