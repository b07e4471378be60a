import { isTesseraError } from "../errors/errors.js";
import type { EntityType } from "../model/index.js";
import { validateStatement } from "../model/validate-statement.js";
import type { Queryable } from "../store/database.js";
import { stableId } from "../store/ids.js";
import { insertDocument } from "../store/repositories/documents.js";
import { insertMentions } from "../store/repositories/entities.js";
import { recordPlaces } from "../store/repositories/places.js";
import { upsertSource } from "../store/repositories/sources.js";
import { type DocumentStatement, recordStatements } from "../store/repositories/statements.js";
import type { Analysis, Pipeline } from "./pipeline.js";
import type { PreparedReport } from "./prepare-report.js";

export interface StoredReport {
  id: string;
  entities: number;
  statements: number;
  /** Statements the extractor produced that the declared model refuses (kept out, counted). */
  rejected: number;
}

/** The store stage: writes one analysed report. Call it inside the document's transaction. */
export async function storeReport(
  tx: Queryable,
  report: PreparedReport,
  analysis: Analysis,
  pipeline: Pipeline,
): Promise<StoredReport> {
  const source = report.source ? await upsertSource(tx, report.source, report.reliability) : null;
  const id = stableId("doc", report.contentHash);
  await insertDocument(
    tx,
    {
      id,
      sourceId: source?.id ?? null,
      title: report.title,
      text: report.text,
      url: report.url,
      published: report.published,
      language: report.language,
      contentHash: report.contentHash,
      marking: report.marking,
      format: report.format,
      origin: report.origin,
    },
    analysis.sentences,
  );
  const { extraction, sentences } = analysis;
  const entityIds = await pipeline.resolver.resolve(tx, extraction);
  const types = new Map<string, EntityType>(extraction.entities.map((e) => [e.key, e.type]));
  await insertMentions(
    tx,
    id,
    extraction.mentions.map((m) => ({ ...m, entityId: entityIds.get(m.entity)! })),
  );
  // Places get their gazetteer facts (country, coordinates) for the place hierarchy (issue 5).
  await recordPlaces(
    tx,
    extraction.entities.flatMap((e) => {
      const entityId = entityIds.get(e.key);
      return entityId ? [{ entityId, name: e.name, type: e.type }] : [];
    }),
  );
  let stored = 0;
  let rejected = 0;
  const batch: DocumentStatement[] = [];
  for (const s of extraction.statements) {
    const sentence = sentences[s.sentence];
    const subjectId = entityIds.get(s.subject);
    const objectId = s.object === undefined ? null : entityIds.get(s.object);
    if (!sentence || !subjectId || objectId === undefined) {
      rejected++;
      continue;
    }
    try {
      validateStatement({
        predicate: s.predicate,
        subjectType: types.get(s.subject)!,
        objectType: s.object === undefined ? null : types.get(s.object)!,
        value: s.value ?? null,
      });
    } catch (error) {
      if (!isTesseraError(error)) throw error;
      rejected++;
      continue;
    }
    batch.push({
      statement: {
        subjectId,
        predicate: s.predicate,
        objectId,
        value: s.value ?? null,
        bound: s.bound ?? "exact",
        role: s.role ?? null,
        time: s.time ?? null,
      },
      evidence: {
        documentId: id,
        sentence: sentence.index,
        start: sentence.start,
        end: sentence.end,
        quote: report.text.slice(sentence.start, sentence.end),
        credibility: s.credibility,
        marking: report.marking,
      },
    });
    stored++;
  }
  await recordStatements(tx, batch);
  return { id, entities: new Set(entityIds.values()).size, statements: stored, rejected };
}
