/**
 * Entity resolution (src/resolve/index.ts) and analysis (src/analyze/index.ts) are being built beside
 * the API. Their routes load them on first use, so the server starts and serves everything else
 * until they land; a request that needs a missing one gets a clear TESSERA_INTERNAL error.
 */
import { TesseraError } from "../errors/errors.js";
import type { EntityRef, EntitySummary, TimeInterval } from "../model/index.js";
import type { Database } from "../store/database.js";

export interface MergeRecord {
  id: string;
  keep: unknown;
  merged: unknown;
  by: string;
  reason: string | null;
  score: number | null;
  features: unknown;
  at: string;
  undoneAt: string | null;
}

export interface ReviewPair {
  id: string;
  score: number;
  a: EntitySummary;
  b: EntitySummary;
  features: unknown;
  evidence: { entityId: string; documentId: string; quote: string }[];
}

export interface ResolutionModule {
  listReviewQueue(db: Database, options: { limit: number; offset: number }): Promise<ReviewPair[]>;
  mergeEntities(
    db: Database,
    keepId: string,
    mergeId: string,
    options: { by: string; reason?: string },
  ): Promise<MergeRecord>;
  splitEntity(db: Database, entityOrMergeId: string, options: { by: string }): Promise<{ restored: unknown }>;
  markDistinct(db: Database, a: string, b: string, options: { by: string }): Promise<unknown>;
  addAlias(db: Database, entityId: string, name: string, options: { by: string }): Promise<unknown>;
  mergeHistory(db: Database, entityId: string): Promise<MergeRecord[]>;
}

export interface Conflict {
  subject: EntityRef;
  predicate: string;
  values: { value: unknown; statements: string[]; sources: unknown[]; evidence: unknown[] }[];
}

export interface Path {
  nodes: EntityRef[];
  edges: { from: string; to: string; predicate: string; statements: string[] }[];
  length: number;
}

export interface AnalysisModule {
  findConflicts(
    db: Database,
    options: { entityId?: string; limit?: number; offset?: number },
  ): Promise<Conflict[]>;
  corroboration(
    db: Database,
    statementIds: string[],
  ): Promise<Map<string, { sources: unknown[]; independent: number; singleSource: boolean }>>;
  findCopresence(
    db: Database,
    options: { entityId?: string; placeId?: string; from?: string; to?: string; limit?: number },
  ): Promise<unknown[]>;
  findPaths(db: Database, fromId: string, toId: string, options: { maxHops?: number; k?: number }): Promise<Path[]>;
  neighborhood(
    db: Database,
    entityId: string,
    options: { hops?: number; limit?: number },
  ): Promise<{ nodes: (EntityRef & { hops: number })[]; edges: Path["edges"] }>;
  timeline(
    db: Database,
    entityId: string,
  ): Promise<{ statement: unknown; time: TimeInterval; label: string }[]>;
  listPlaces(db: Database): Promise<
    {
      id: string;
      name: string;
      type: string;
      lat: number | null;
      lon: number | null;
      parentId: string | null;
      countryCode: string | null;
    }[]
  >;
}

async function load<T>(specifier: string, what: string): Promise<T> {
  try {
    return (await import(specifier)) as T;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_MODULE_NOT_FOUND" && String((error as Error).message).includes(specifier.slice(3))) {
      throw new TesseraError("TESSERA_INTERNAL", `${what} is not available in this build of Tessera`);
    }
    throw error;
  }
}

// Held in variables so the compiler does not require the modules to exist yet.
const RESOLVE = "../resolve/index.js";
const ANALYZE = "../analyze/index.js";

export const loadResolution = () => load<ResolutionModule>(RESOLVE, "entity resolution");
export const loadAnalysis = () => load<AnalysisModule>(ANALYZE, "analysis");

/** Whether a module has landed, for the UI to show or hide its views. */
export async function available(loader: () => Promise<unknown>): Promise<boolean> {
  try {
    await loader();
    return true;
  } catch {
    return false;
  }
}
