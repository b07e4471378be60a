/**
 * Entity resolution (src/resolve/index.ts) is being built beside the API. Its routes load it on first
 * use, so the server starts and serves everything else until it lands; a request that needs it gets
 * a clear TESSERA_INTERNAL error meanwhile.
 */
import { TesseraError } from "../errors/errors.js";
import type { EntitySummary } from "../model/index.js";
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

export const loadResolution = () => load<ResolutionModule>(RESOLVE, "entity resolution");

/** Whether a module has landed, for the UI to show or hide its views. */
export async function available(loader: () => Promise<unknown>): Promise<boolean> {
  try {
    await loader();
    return true;
  } catch {
    return false;
  }
}
