import type { EntityType } from "../../model/entity-types.js";
import { type Chunk, chunkBefore, emit, type SentenceContext } from "./sentence-context.js";

// Where a person is held, told around the place rather than after a "held at": "was flown to Bamako,
// where he is being held", "was transferred to Evin prison", "served six years in Belmarsh prison".
// The relation table (`relation-patterns.ts`, `tie-patterns.ts`) has the plain "held at X".

const PEOPLE: readonly EntityType[] = ["person", "group"];
const PLACES: readonly EntityType[] = ["facility", "location"];
/** Participles of custody after "where he is …". */
const HELD = new Set(["held", "detained", "jailed", "imprisoned", "kept", "incarcerated", "interrogated"]);
/** Words between the person after "where" and the participle: "where he has since been held". */
const HELD_AUXILIARIES = new Set([
  "is",
  "was",
  "are",
  "were",
  "has",
  "have",
  "had",
  "been",
  "being",
  "since",
  "now",
  "still",
]);
/** Heads of a site that is a place of custody whatever verb brings a person there. */
const CUSTODY_HEADS = new Set(["prison", "prisons", "jail", "gaol", "penitentiary", "jails"]);
/** Verbs that bring a person to a place: a prison at their end is custody ("was transferred to Evin prison"). */
const BRINGING = [
  ["transferred", "to"],
  ["taken", "to"],
  ["sent", "to"],
  ["moved", "to"],
  ["flown", "to"],
  ["returned", "to"],
  ["sentenced", "to"],
];
/** A span of time served: "served six years in", "spent two years in". */
const SERVING = new Set(["served", "serving", "spent", "spending"]);
const SPANS = new Set(["years", "months", "weeks", "days", "year", "month", "decade", "decades"]);

/** "Bamako, where he is being held": the person after "where" is held at the place before it. */
function whereHeld(ctx: SentenceContext): void {
  const { words } = ctx;
  for (let w = 2; w < words.length; w++) {
    if (words[w] !== "where" || words[w - 1] !== ",") continue;
    const place = ctx.chunks
      .filter((c) => c.end === w - 1 && PLACES.includes(c.type))
      .sort((a, b) => a.first - b.first)[0];
    const held = ctx.chunks.find((c) => c.first === w + 1 && PEOPLE.includes(c.type));
    if (!place || !held) continue;
    let k = held.end;
    while (k < words.length && k - held.end < 4 && HELD_AUXILIARIES.has(words[k]!)) k++;
    if (k === held.end || !HELD.has(words[k] ?? "")) continue;
    emit(ctx, { subject: held.entity, predicate: "detained_at", object: place.entity }, k);
  }
}

/** Whether a chunk names a place of custody: its last word is a prison's head. */
function isCustodySite(ctx: SentenceContext, c: Chunk): boolean {
  if (c.type !== "facility") return false;
  const name = ctx.graph.get(c.entity)?.name.toLowerCase() ?? "";
  return CUSTODY_HEADS.has(name.split(/\s+/).at(-1) ?? "") || CUSTODY_HEADS.has(ctx.words[c.end - 1] ?? "");
}

/** "was transferred to Evin prison", "served six years in Belmarsh prison": a prison a person is brought to or serves in. */
function broughtToPrison(ctx: SentenceContext): void {
  const { words } = ctx;
  for (const site of ctx.chunks.filter((c) => isCustodySite(ctx, c))) {
    let k = site.first - 1;
    if (words[k] === "the" || words[k] === "a") k--;
    let verb: number | undefined;
    const bringing = BRINGING.find((b) => words[k - 1] === b[0] && words[k] === b[1]);
    if (bringing) verb = k - 1;
    else if (words[k] === "in" && SPANS.has(words[k - 1] ?? "")) {
      // "served six years in", "spent almost four years in"
      for (let v = k - 2; v >= Math.max(0, k - 5); v--)
        if (SERVING.has(words[v]!)) {
          verb = v;
          break;
        }
    }
    if (verb === undefined) continue;
    const subject = chunkBefore(ctx, verb, PEOPLE, 20);
    if (!subject || subject.entity === site.entity) continue;
    emit(ctx, { subject: subject.entity, predicate: "detained_at", object: site.entity }, verb);
  }
}

/** Adds the custody places of one sentence that the relation table's wordings miss. */
export function addCustodySites(ctx: SentenceContext): void {
  whereHeld(ctx);
  broughtToPrison(ctx);
}
