import type { Extraction, Extractor } from "../extraction.js";
import { splitSentences } from "../text/sentences.js";
import type { GoldReport, GoldStatement } from "./eval-set.js";
import { distinctStatements, entityMatches, matches, namesOf, type ScoredStatement } from "./match.js";

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** One line of the miss or error list: the report and the statement in words. */
export interface Finding {
  report: string;
  statement: string;
}

export interface EvalResult {
  reports: number;
  overall: Counts;
  /** Matched when the time and role are left out: how many facts were found with a wrong or no time. */
  lenient: Counts;
  predicates: Record<string, Counts>;
  entities: Record<string, Counts>;
  negatives: { total: number; extracted: number; list: Finding[] };
  /** Of the matched statements the report hedges, how many the extractor graded doubtful (4) or worse. */
  hedges: { hedged: number; graded: number; unhedgedGradedDoubtful: number };
  misses: Finding[];
  falsePositives: Finding[];
}

function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const round = (x: number) => Math.round(x * 10000) / 10000;
  return { tp, fp, fn, precision: round(precision), recall: round(recall), f1: round(f1) };
}

function describeGold(g: GoldStatement): string {
  const what =
    g.object ??
    (g.value === undefined ? "" : `${g.value}${g.bound && g.bound !== "exact" ? ` (${g.bound})` : ""}`);
  const time = g.time ? ` [${g.time.from ?? "…"}..${g.time.to ?? "…"} ${g.time.precision}]` : "";
  return `${g.predicate}(${g.subject} → ${what}${g.role ? `, role "${g.role}"` : ""})${time}`;
}

function describeExtracted(s: ScoredStatement): string {
  const x = s.statement;
  const what = s.object ?? `${x.value}${x.bound && x.bound !== "exact" ? ` (${x.bound})` : ""}`;
  const time = x.time ? ` [${x.time.from}..${x.time.to} ${x.time.precision}]` : "";
  return `${x.predicate}(${s.subject} → ${what}${x.role ? `, role "${x.role}"` : ""})${time}`;
}

interface Tally {
  tp: Map<string, number>;
  fp: Map<string, number>;
  fn: Map<string, number>;
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** Whether an annotation's subject or object is an implicit entity ("was captured"), matched by type alone. */
function mentionsImplicit(g: GoldStatement, report: GoldReport): boolean {
  return report.entities.some((e) => e.implicit && (e.text === g.subject || e.text === g.object));
}

/** Runs the extractor on one report as the ingestion pipeline would. */
export function extractReport(extractor: Extractor, report: GoldReport): Extraction {
  return extractor.extract({
    text: report.text,
    sentences: splitSentences(report.text),
    published: report.published,
    language: "en",
  });
}

/**
 * Scores an extractor against the hand-annotated evaluation set (test/fixtures/extract/README.md).
 * Each annotated statement takes at most one extracted statement, and each extracted fact (counted
 * once however many sentences state it) serves one annotation, or several that differ only by aliases
 * its entities answer to (the guide lists "A gunman" and "Omar Mateen" as separate entities). Optional annotations are
 * neither misses nor errors; an extracted statement an annotation lists as a negative is an error
 * and is also counted on its own.
 */
export function evaluateExtractor(extractor: Extractor, reports: readonly GoldReport[]): EvalResult {
  const strict: Tally = { tp: new Map(), fp: new Map(), fn: new Map() };
  const entities: Tally = { tp: new Map(), fp: new Map(), fn: new Map() };
  let lenientTp = 0;
  let lenientFp = 0;
  let lenientFn = 0;
  const misses: Finding[] = [];
  const falsePositives: Finding[] = [];
  const negativeList: Finding[] = [];
  let negativesTotal = 0;
  const hedges = { hedged: 0, graded: 0, unhedgedGradedDoubtful: 0 };

  for (const report of reports) {
    const extraction = extractReport(extractor, report);
    const names = namesOf(extraction);
    const extracted = distinctStatements(extraction);
    const pass = (lenient: boolean) => {
      const used = new Set<ScoredStatement>();
      const missed: GoldStatement[] = [];
      const pairs: [GoldStatement, ScoredStatement][] = [];
      const ordered = [...report.statements].sort(
        (a, b) => Number(a.optional ?? false) - Number(b.optional ?? false),
      );
      for (const g of ordered) {
        const fits = (s: ScoredStatement) => matches(g, s, report, extraction, names, { lenient });
        // A fact already credited may serve a second annotation that differs only by an alias the
        // extracted entity answers to ("A gunman" and "Omar Mateen" perpetrated the attack): the
        // guide lists aliases as separate entities, and coreference must not cost recall. An
        // annotation on an implicit entity takes a fact of its own.
        const found =
          extracted.find((s) => !used.has(s) && fits(s)) ??
          (mentionsImplicit(g, report) ? undefined : extracted.find((s) => used.has(s) && fits(s)));
        if (found) {
          used.add(found);
          if (!g.optional) pairs.push([g, found]);
        } else if (!g.optional) missed.push(g);
      }
      return { used, missed, pairs, errors: extracted.filter((s) => !used.has(s)) };
    };
    const result = pass(false);
    const loose = pass(true);
    lenientTp += loose.pairs.length;
    lenientFn += loose.missed.length;
    lenientFp += loose.errors.length;
    for (const [g, s] of result.pairs) {
      bump(strict.tp, g.predicate);
      const doubtful = s.statement.credibility >= 4;
      if (g.hedged) {
        hedges.hedged++;
        if (doubtful) hedges.graded++;
      } else if (doubtful) hedges.unhedgedGradedDoubtful++;
    }
    for (const g of result.missed) {
      bump(strict.fn, g.predicate);
      misses.push({ report: report.id, statement: describeGold(g) });
    }
    negativesTotal += report.negatives.length;
    for (const s of result.errors) {
      bump(strict.fp, s.statement.predicate);
      const negative = report.negatives.find((n) =>
        matches(n, s, report, extraction, names, { lenient: n.time === undefined }),
      );
      const finding = { report: report.id, statement: describeExtracted(s) };
      if (negative) negativeList.push(finding);
      falsePositives.push(negative ? { ...finding, statement: `NEGATIVE ${finding.statement}` } : finding);
    }
    // Entities: an annotated entity is found when an extracted one of its type answers to its text.
    for (const g of report.entities.filter((e) => !e.implicit)) {
      if (extraction.entities.some((e) => entityMatches(g, e.key, extraction, names)))
        bump(entities.tp, g.type);
      else bump(entities.fn, g.type);
    }
    for (const e of extraction.entities) {
      const known = report.entities.some((g) => !g.implicit && entityMatches(g, e.key, extraction, names));
      if (!known) bump(entities.fp, e.type);
    }
  }

  const table = (t: Tally): Record<string, Counts> => {
    const keys = [...new Set([...t.tp.keys(), ...t.fp.keys(), ...t.fn.keys()])].sort();
    return Object.fromEntries(
      keys.map((k) => [k, counts(t.tp.get(k) ?? 0, t.fp.get(k) ?? 0, t.fn.get(k) ?? 0)]),
    );
  };
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return {
    reports: reports.length,
    overall: counts(sum(strict.tp), sum(strict.fp), sum(strict.fn)),
    lenient: counts(lenientTp, lenientFp, lenientFn),
    predicates: table(strict),
    entities: table(entities),
    negatives: { total: negativesTotal, extracted: negativeList.length, list: negativeList },
    hedges,
    misses,
    falsePositives,
  };
}
