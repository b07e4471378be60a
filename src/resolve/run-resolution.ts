import type { Database } from "../store/database.js";
import { listDistinctPairs, recordMerge, upsertReviewPairs } from "../store/repositories/merges.js";
import {
  documentTexts,
  loadResolutionInputs,
  type ResolutionInputs,
} from "../store/repositories/resolution-inputs.js";
import { listUserAliasGroups } from "../store/repositories/user-aliases.js";
import { FACT_PREDICATES, planContextPasses } from "./context-pass.js";
import { aliasIndex } from "./curated-aliases.js";
import { findReportAliases } from "./report-aliases.js";
import { resolveCandidates } from "./resolve-candidates.js";
import { type Candidate, pairKey } from "./score-pair.js";

export interface RunResolutionOptions {
  onProgress?: (done: number, total: number) => void;
  /** Who the merges are recorded as made by (default "resolver"). */
  by?: string;
}

export interface RunResolutionResult {
  merged: number;
  queued: number;
  compared: number;
}

const PLACE_TYPES = new Set(["location", "facility"]);
/** Co-mentions kept per entity: enough to tell contexts apart, bounded for very common entities. */
const MAX_NEIGHBOURS = 200;

/** Builds candidates from what the store holds: names, documents, co-mentions, places, roles, years. */
export function candidatesFromInputs(inputs: ResolutionInputs): Candidate[] {
  const typeOf = new Map(inputs.entities.map((e) => [e.id, e.type]));
  const names = new Map<string, Set<string>>();
  for (const e of inputs.entities) names.set(e.id, new Set([e.name]));
  for (const n of inputs.names) names.get(n.id)?.add(n.name);
  const docs = new Map<string, Set<string>>();
  const byDoc = new Map<string, string[]>();
  const mentions = new Map<string, number>();
  const nominal = new Map<string, number>();
  const years = new Map<string, [number, number]>();
  for (const s of inputs.sightings) {
    if (!docs.has(s.id)) docs.set(s.id, new Set());
    docs.get(s.id)!.add(s.document);
    const inDoc = byDoc.get(s.document);
    if (inDoc) inDoc.push(s.id);
    else byDoc.set(s.document, [s.id]);
    mentions.set(s.id, (mentions.get(s.id) ?? 0) + s.n);
    nominal.set(s.id, (nominal.get(s.id) ?? 0) + s.nominal);
    if (s.year !== null) {
      const y = years.get(s.id);
      years.set(s.id, y ? [Math.min(y[0], s.year), Math.max(y[1], s.year)] : [s.year, s.year]);
    }
  }
  const roles = new Map<string, string[]>();
  for (const r of inputs.roles) roles.set(r.id, [...(roles.get(r.id) ?? []), r.role]);
  return inputs.entities.map((e) => {
    const neighbours = new Set<string>();
    for (const d of docs.get(e.id) ?? []) {
      for (const other of byDoc.get(d) ?? []) {
        if (other !== e.id && neighbours.size < MAX_NEIGHBOURS) neighbours.add(other);
      }
    }
    const ns = [...neighbours];
    return {
      id: e.id,
      type: e.type,
      names: [e.name, ...[...names.get(e.id)!].filter((n) => n !== e.name)],
      mentions: mentions.get(e.id) ?? 0,
      neighbours: ns,
      places: ns.filter((n) => PLACE_TYPES.has(typeOf.get(n) ?? "")),
      roles: roles.get(e.id) ?? [],
      documents: [...(docs.get(e.id) ?? [])],
      years: years.get(e.id) ?? null,
      descriptionOnly: (mentions.get(e.id) ?? 0) > 0 && nominal.get(e.id) === mentions.get(e.id),
    };
  });
}

/** "X, also known as Y" and "X (Y)" pairs in the stored documents, between entities of one type. */
async function reportAliasPairs(
  db: Database,
  inputs: ResolutionInputs,
): Promise<Map<string, { evidence: string; nominal: boolean }>> {
  const typeOf = new Map(inputs.entities.map((e) => [e.id, e.type]));
  const byDoc = new Map<string, ResolutionInputs["mentionSpans"]>();
  for (const m of inputs.mentionSpans) {
    const list = byDoc.get(m.document);
    if (list) list.push(m);
    else byDoc.set(m.document, [m]);
  }
  const texts = await documentTexts(db, [...byDoc.keys()]);
  const pairs = new Map<string, { evidence: string; nominal: boolean }>();
  for (const [doc, spans] of byDoc) {
    const text = texts.get(doc) ?? "";
    for (const alias of findReportAliases(text, spans)) {
      const type = typeOf.get(alias.a);
      if (!type || type !== typeOf.get(alias.b)) continue;
      if (alias.pattern === "parenthesis" && PLACE_TYPES.has(type)) continue; // "Sousse (Tunisia)"
      const key = pairKey(alias.a, alias.b);
      const nominal = alias.nominal && (pairs.get(key)?.nominal ?? true);
      pairs.set(key, { evidence: `${doc}: "${text.slice(alias.start, alias.end)}"`, nominal });
    }
  }
  return pairs;
}

/**
 * One automatic resolution pass over the whole store: reads candidates through merges, plans with
 * `resolveCandidates`, merges what scores above the merge threshold (logged as made by `by`,
 * "resolver" by default) and queues what scores between the thresholds for review. Analysts'
 * "not the same" and earlier splits are constraints the plan cannot break. Idempotent: a second
 * pass over an unchanged store merges nothing.
 */
export async function runResolution(
  db: Database,
  options: RunResolutionOptions = {},
): Promise<RunResolutionResult> {
  const by = options.by ?? "resolver";
  const inputs = await loadResolutionInputs(db, { facts: FACT_PREDICATES });
  const candidates = candidatesFromInputs(inputs);
  const reported = await reportAliasPairs(db, inputs);
  const distinct = new Set((await listDistinctPairs(db)).map(([a, b]) => pairKey(a, b)));
  const plan = resolveCandidates(candidates, {
    curated: aliasIndex(await listUserAliasGroups(db)),
    distinct,
    reportAliases: new Set([...reported].filter(([, r]) => !r.nominal).map(([k]) => k)),
    weakReportAliases: new Set([...reported].filter(([, r]) => r.nominal).map(([k]) => k)),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  // Events and people known only by descriptions are matched on the graph the name pass made.
  const context = planContextPasses(inputs, plan.clusters, distinct);
  await db.transaction(async (tx) => {
    for (const m of plan.merges) {
      const evidence = reported.get(pairKey(m.a, m.b))?.evidence;
      const reason = evidence ? `a report says so: ${evidence}` : `automatic resolution, score ${m.score}`;
      await recordMerge(tx, { keepId: m.a, mergedId: m.b, by, reason, score: m.score, features: m.features });
    }
    for (const [what, m] of [
      ...context.events.merges.map((m) => ["date and place", m] as const),
      ...context.sites.merges.map((m) => ["the attack that happened there", m] as const),
      ...context.groups.merges.map((m) => ["the attack they carried out", m] as const),
      ...context.people.merges.map((m) => ["context", m] as const),
    ]) {
      const reason = `automatic resolution by ${what}, score ${m.score}`;
      await recordMerge(tx, { keepId: m.a, mergedId: m.b, by, reason, score: m.score, features: m.features });
    }
    await upsertReviewPairs(tx, [
      ...plan.reviews,
      ...context.events.reviews,
      ...context.sites.reviews,
      ...context.groups.reviews,
      ...context.people.reviews,
    ]);
  });
  return {
    merged:
      plan.merges.length +
      context.events.merges.length +
      context.sites.merges.length +
      context.groups.merges.length +
      context.people.merges.length,
    queued:
      plan.reviews.length +
      context.events.reviews.length +
      context.sites.reviews.length +
      context.groups.reviews.length +
      context.people.reviews.length,
    compared:
      plan.compared +
      context.events.compared +
      context.sites.compared +
      context.groups.compared +
      context.people.compared,
  };
}
