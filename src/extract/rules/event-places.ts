import type { DocumentEntity } from "./document-graph.js";
import { canonicalPlace, settlementBefore, settlementOf } from "./event-references.js";
import { MORE_SITE_HEADS, UNNAMED_FACILITY_HEADS } from "./lexicon.js";
import { ATTACK_VERBS } from "./patterns.js";
import { findPlace } from "./place-gazetteer.js";
import type { Chunk, SentenceContext } from "./sentence-context.js";

/**
 * Events a report names only in passing, as history: "last year's attacks", "the 2003 bombings",
 * "since the bombings". A casualty figure with no event of its own does not go to one of them.
 */
export const BACKGROUND = new WeakSet<DocumentEntity>();

export function isBackground(event: DocumentEntity): boolean {
  return BACKGROUND.has(event);
}

/** Prepositions that put an event at the place after them: "tore through the X café", "outside the X". */
const SCENE_LINKS = new Set(["near", "in", "outside", "at", "on", "through", "into"]);
/** Adjectives allowed between the link and the place: "in central Stockholm", "at the busy X junction". */
const PLACE_ADJECTIVES = new Set([
  "central",
  "northern",
  "southern",
  "eastern",
  "western",
  "busy",
  "crowded",
]);

/** Parts of a town an event can happen in: "in the centre of Morelia". */
const INNER_PARTS = new Set(["centre", "center", "heart", "middle"]);

/**
 * The first named place (or named site) after an indefinite event's head, within its clause, that a
 * locative preposition introduces: "An explosion tore through the Argana café", "Explosions reported
 * outside the Stade de France", "Ten bomb blasts tore through four … trains in Madrid". A place after
 * a saying ("officials in Madrid said") is not reached: the clause ends at the comma.
 */
export function placeAfterHead(ctx: SentenceContext, from: number, reach = 10): Chunk | undefined {
  const { words } = ctx;
  const candidates = ctx.chunks
    .filter(
      (c) =>
        c.first >= from &&
        c.first - from <= reach &&
        (c.type === "location" || c.type === "facility") &&
        (c.kind === "name" || c.kind === "site"),
    )
    .sort((a, b) => a.first - b.first || b.end - a.end);
  for (const c of candidates) {
    if (words.slice(from, c.first).some((w) => CLAUSE_ENDS.has(w))) return undefined;
    // "tore through the Red Sea resort of Dahab": the settlement's description names the place after "of".
    const settled = words[c.first - 1] === "the" ? settlementOf(words, c.first - 1) : undefined;
    const town =
      settled === undefined
        ? undefined
        : candidates.find((t) => t.first === settled && t.type === "location");
    // "in the Hodan district of Mogadishu", "in the old city of Peshawar": a part of the town named with
    // its noun is the scene itself, the smallest place the words give.
    const part = settled !== undefined && settled - 2 < c.end;
    if (town && !part && SCENE_LINKS.has(words[c.first - 2] ?? "")) return town;
    if (c.type === "location" && findPlace(ctx.graph.get(c.entity)!.name) === "country") continue;
    // "at Moscow's Domodedovo airport": the town owns the site, and the site is the scene.
    if (c.type === "location" && /^['’]s$/.test(words[c.end] ?? "")) {
      // "in Mogadishu's Hodan district": a district the town owns is the scene as well.
      const site = candidates.find((s) => s.first === c.end + 1);
      if (site) return site;
    }
    // "on the northern town of Palma": the settlement's description is stepped over.
    let k = settlementBefore(words, c.first) ?? c.first - 1;
    if (words[k] === "the" || words[k] === "a" || words[k] === "an") k--;
    while (PLACE_ADJECTIVES.has(words[k] ?? "")) k--;
    if (words[k] === "the" || words[k] === "a" || words[k] === "an") k--;
    // "in the centre of Morelia", "in the heart of the old city": the town the part lies in.
    if (words[k] === "of" && INNER_PARTS.has(words[k - 1] ?? "") && words[k - 2] === "the") k -= 3;
    // "on an Islamic State training camp near Sabratah": an indefinite unnamed site gives way to
    // the named place after it (ACLED codes to the nearest named place).
    if (c.kind === "site" && /^an?$/.test(words[c.first - 1] ?? "") && c.anchor === undefined) continue;
    if (SCENE_LINKS.has(words[k] ?? "")) return c;
  }
  return undefined;
}
const CLAUSE_ENDS = new Set([
  ",",
  ";",
  ":",
  "—",
  "–",
  "(",
  "who",
  "which",
  "that",
  "but",
  "after",
  "before",
  "when",
  "since",
]);

/**
 * The named site an attack verb earlier in the sentence took, when the event phrase at `first`
 * follows it after a comma and a participle ("stormed the Holey Artisan Bakery, ending a siege").
 */
export function storming(ctx: SentenceContext, first: number): Chunk | undefined {
  const { words } = ctx;
  if (words[first - 2] !== "," || !/ing$/.test(words[first - 1] ?? "")) return undefined;
  return ctx.chunks.find(
    (c) =>
      c.end <= first - 2 &&
      c.type === "facility" &&
      (c.kind === "name" || c.kind === "site") &&
      ATTACK_VERBS.has(words[words[c.first - 1] === "the" ? c.first - 2 : c.first - 1] ?? ""),
  );
}

/**
 * "outside the café", "inside the hotel" right after an event's head: a site the report has named,
 * now known by its kind alone, is the latest named facility of the report.
 */
export function definiteSite(ctx: SentenceContext, headEnd: number): Chunk | undefined {
  const { words } = ctx;
  if (!DEFINITE_SITE_LINKS.has(words[headEnd] ?? "") || words[headEnd + 1] !== "the") return undefined;
  const kind = words[headEnd + 2] ?? "";
  if (!UNNAMED_FACILITY_HEADS.has(kind) && !MORE_SITE_HEADS.has(kind)) return undefined;
  const site = ctx.graph.latest("facility", (e) => !e.provisional);
  if (!site) return undefined;
  return {
    first: headEnd + 1,
    end: headEnd + 3,
    entity: site.key,
    type: "facility",
    nominal: true,
    kind: "site",
  };
}
const DEFINITE_SITE_LINKS = new Set(["outside", "inside", "at", "in", "near"]);

/**
 * The place a sentence says it is about when it opens on "For X," or "As for X," ("For Sousse, 38
 * victims is the figure we use"): its canonical name, else undefined. A figure or an attacker in such a
 * sentence belongs to the event at that place, never to the report's latest event elsewhere.
 */
export function topicPlace(ctx: SentenceContext): string | undefined {
  const { words } = ctx;
  const at = words[0] === "for" ? 1 : words[0] === "as" && words[1] === "for" ? 2 : -1;
  if (at < 0) return undefined;
  const place = ctx.chunks.find(
    (c) => c.first === at && (c.type === "location" || c.type === "facility") && c.kind === "name",
  );
  if (!place || words[place.end] !== ",") return undefined;
  return canonicalPlace(ctx.graph.get(place.entity)!.name);
}
