import type { ExtractedStatement, Extraction } from "../extraction.js";
import { foldName, type GoldEntity, type GoldReport, type GoldStatement, type GoldTime } from "./eval-set.js";

/** A statement as scored: the extraction's, with each distinct fact once (two sentences, one fact). */
export interface ScoredStatement {
  statement: ExtractedStatement;
  subject: string;
  object?: string;
}

/** The folded names an extracted entity answers to: its canonical name and every mention's text. */
export function namesOf(extraction: Extraction): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const e of extraction.entities) names.set(e.key, new Set([foldName(e.name)]));
  for (const m of extraction.mentions) names.get(m.entity)?.add(foldName(m.text));
  return names;
}

/** Extracted statements, one per distinct (subject, predicate, object or value, bound, role, time). */
export function distinctStatements(extraction: Extraction): ScoredStatement[] {
  const byKey = new Map<string, ScoredStatement>();
  const names = new Map(extraction.entities.map((e) => [e.key, e.name]));
  for (const s of extraction.statements) {
    const key = JSON.stringify([s.subject, s.predicate, s.object, s.value, s.bound, s.role, s.time]);
    if (byKey.has(key)) continue;
    const scored: ScoredStatement = { statement: s, subject: names.get(s.subject) ?? s.subject };
    if (s.object !== undefined) scored.object = names.get(s.object) ?? s.object;
    byKey.set(key, scored);
  }
  return [...byKey.values()];
}

/** Whether an extracted entity stands for an annotated one: same type, and a name or mention folds equal. */
function sameEntity(
  gold: string,
  goldEntities: readonly GoldEntity[],
  key: string,
  extraction: Extraction,
  names: Map<string, Set<string>>,
): boolean {
  const annotated = goldEntities.find((e) => e.text === gold);
  const extracted = extraction.entities.find((e) => e.key === key);
  if (!extracted) return false;
  if (annotated && annotated.type !== extracted.type) return false;
  // An implicit entity ("was captured") has no text to match: any extracted entity of its type will do.
  if (annotated?.implicit) return true;
  const known = names.get(key);
  if (!known) return false;
  if (known.has(foldName(gold))) return true;
  // An event phrase's edges (dates, possessives, articles) are not scored: "last week's attack on the
  // Bardo Museum" is found by a mention "attack on the Bardo Museum" inside it.
  const padded = ` ${foldName(gold)} `;
  return extracted.type === "event" && [...known].some((n) => n !== "" && padded.includes(` ${n} `));
}

const DAYS_IN_MONTH = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The interval a date value covers at its precision: "2015-01" is 2015-01-01 to 2015-01-31. */
export function intervalOf(value: string): { from: string; to: string } {
  const [y, m, d] = value.split("-").map(Number);
  if (d !== undefined) return { from: value, to: value };
  if (m !== undefined) {
    const mm = String(m).padStart(2, "0");
    return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${DAYS_IN_MONTH(y!, m)}` };
  }
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/**
 * Times agree when their intervals overlap and they were stated at the same precision. An annotated
 * "week" ("last week") has no precision of its own in the model: it matches an interval of exactly
 * that week. Open annotated ends ("from December") reach to either side without limit.
 */
export function sameTime(
  gold: GoldTime,
  extracted: { from: string; to: string; precision: string } | undefined,
): boolean {
  if (!extracted) return false;
  if (gold.precision === "week") return extracted.from === gold.from && extracted.to === gold.to;
  if (gold.precision !== extracted.precision) return false;
  const from = gold.from ?? "0000-01-01";
  const to = gold.to ?? "9999-12-31";
  return extracted.from <= to && from <= extracted.to;
}

export interface MatchOptions {
  /** Leave out the time and the role: "did it find the fact at all". */
  lenient?: boolean;
}

/**
 * Whether an extracted statement is the annotated one. Subject and object by name (see `sameEntity`);
 * numbers exactly, with the same bound (no bound is "exact"); dates by interval overlap at the same
 * precision; role text and other literals by folded equality. An annotated `time` must be matched
 * unless lenient; an extracted time the annotation lacks is not held against it.
 */
export function matches(
  gold: GoldStatement,
  scored: ScoredStatement,
  report: GoldReport,
  extraction: Extraction,
  names: Map<string, Set<string>>,
  options: MatchOptions = {},
): boolean {
  const s = scored.statement;
  if (s.predicate !== gold.predicate) return false;
  if (!sameEntity(gold.subject, report.entities, s.subject, extraction, names)) return false;
  if (gold.object !== undefined) {
    if (s.object === undefined || !sameEntity(gold.object, report.entities, s.object, extraction, names))
      return false;
  } else if (gold.value !== undefined) {
    if (typeof gold.value === "number") {
      if (s.value !== gold.value || (s.bound ?? "exact") !== (gold.bound ?? "exact")) return false;
    } else if (gold.predicate === "occurred_on") {
      const time = gold.time ?? { ...intervalOf(gold.value), precision: gold.precision ?? "day" };
      const extracted =
        s.time ??
        (typeof s.value === "string"
          ? { ...intervalOf(s.value), precision: precisionOf(s.value) }
          : undefined);
      if (!sameTime({ ...time, precision: time.precision }, extracted)) return false;
      return true;
    } else if (typeof s.value !== "string") return false;
    else if (
      gold.predicate === "holds_position"
        ? !sameRole(gold.value, s.value)
        : foldName(s.value) !== foldName(gold.value)
    )
      return false;
  }
  if (options.lenient) return true;
  if (gold.role !== undefined && (s.role === undefined || !sameRole(gold.role, s.role))) return false;
  if (gold.time && !sameTime(gold.time, s.time ?? undefined)) return false;
  return true;
}

/** Words that change a post, not only say whose it is: "deputy spokesman" is not "spokesman". */
const RANK_WORDS = new Set([
  "deputy",
  "vice",
  "assistant",
  "acting",
  "former",
  "ex",
  "interim",
  "associate",
  "junior",
  "under",
  "co",
  "and",
  "or",
  "not",
]);

/**
 * Whether two role texts name the same post: folded equal, or one is a run of the other's words and
 * the other's extra words (three at most) only say whose the post is or where ("US Secretary of
 * State" is "Secretary of State"; "Erie County Sheriff" is "Sheriff"), never its rank ("deputy", "former") or a second post
 * ("communication minister and government spokesman").
 */
export function sameRole(gold: string, extracted: string): boolean {
  const a = foldName(gold).split(" ");
  const b = foldName(extracted).split(" ");
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.join(" ") === long.join(" ")) return true;
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.some((w, k) => long[i + k] !== w)) continue;
    const extra = [...long.slice(0, i), ...long.slice(i + short.length)];
    return extra.length <= 3 && !extra.some((w) => RANK_WORDS.has(w));
  }
  return false;
}

function precisionOf(value: string): "day" | "month" | "year" {
  const parts = value.split("-").length;
  return parts === 3 ? "day" : parts === 2 ? "month" : "year";
}

/** Whether an extracted entity is one of the annotated entities (same type, folded name or mention). */
export function entityMatches(
  gold: GoldEntity,
  key: string,
  extraction: Extraction,
  names: Map<string, Set<string>>,
): boolean {
  const e = extraction.entities.find((x) => x.key === key);
  return e !== undefined && e.type === gold.type && (names.get(key)?.has(foldName(gold.text)) ?? false);
}
