import { readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultPipeline } from "../ingest/default-pipeline.js";
import { type IngestResult, ingestReport } from "../ingest/ingest-service.js";
import { readInput } from "../ingest/readers/index.js";
import type { RawMetadata } from "../ingest/report.js";
import type { Database } from "../store/database.js";
import { openStore } from "../store/open-store.js";

/** The demo corpus ships with Tessera: our own reports on the 2015 Bardo and Sousse attacks. */
export const DEMO_DIR = fileURLToPath(new URL("../../samples/demo/", import.meta.url));

interface ManifestEntry {
  file: string;
  title?: string;
  source?: string;
  published?: string;
  url?: string | null;
  tlp?: string;
}

function loadJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(DEMO_DIR, name), "utf8")) as T;
}

/** Picks a fresh temporary folder unless the user named one. */
export async function demoStoreDir(dir?: string): Promise<string> {
  return dir ?? (await mkdtemp(join(tmpdir(), "tessera-demo-")));
}

/**
 * Ingests the demo corpus into `db`, each report with the metadata an analyst would give it: the
 * manifest's title, source and date for plain-text files, and each outlet's reliability grade.
 */
export async function ingestDemoCorpus(
  db: Database,
  onResult?: (result: IngestResult, done: number) => void,
  options: { nerModel?: string } = {},
): Promise<IngestResult[]> {
  const manifest = loadJson<ManifestEntry[]>("manifest.json");
  const grades = loadJson<Record<string, string>>("sources.json");
  const pipeline = defaultPipeline(options);
  const results: IngestResult[] = [];
  for (const entry of manifest) {
    const origin = join("samples/demo", entry.file);
    const outcomes = await readInput(origin, readFileSync(join(DEMO_DIR, entry.file)));
    for (const outcome of outcomes) {
      if (!outcome.ok) throw outcome.error;
      const metadata: RawMetadata = {};
      if (entry.title) metadata.title = entry.title;
      if (entry.source) metadata.source = entry.source;
      if (entry.published) metadata.published = entry.published;
      if (entry.url) metadata.url = entry.url;
      if (entry.tlp) metadata.tlp = entry.tlp;
      const source = metadata.source ?? outcome.report.meta.source;
      const grade = source ? grades[source] : undefined;
      if (grade && !outcome.report.meta.reliability) metadata.reliability = grade;
      const result = await ingestReport(db, outcome.report, { pipeline, metadata });
      results.push(result);
      onResult?.(result, results.length);
    }
  }
  return results;
}

export async function openDemoStore(dir: string): Promise<Database> {
  return openStore(dir, { command: "tessera demo" });
}
