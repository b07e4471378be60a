/**
 * Ingestion benchmark: generates a corpus of report-length texts (bench/corpus.ts) and ingests it
 * through the full pipeline — normalise, sentences, extraction, resolution, one transaction per
 * document — into a fresh embedded store and into PostgreSQL. Prints documents/s, tokens/s and peak
 * memory; writes bench/results/ingest.json.
 *
 *   npm run bench:ingest [-- --count 10000 --engine pglite|postgres|both --database-url URL --json FILE]
 *
 * Each engine runs in its own child process so that its peak memory is its own.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { progressBar } from "../src/cli/progress.js";
import { defaultPipeline } from "../src/ingest/default-pipeline.js";
import { ingestReport } from "../src/ingest/ingest-service.js";
import { openStore } from "../src/store/open-store.js";
import { countTokens, generateCorpus } from "./corpus.js";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    engine: { type: "string", default: "both" },
    "database-url": {
      type: "string",
      default: process.env.TESSERA_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test",
    },
    json: { type: "string", default: "bench/results/ingest.json" },
    child: { type: "boolean", default: false },
  },
});

interface EngineResult {
  engine: string;
  documents: number;
  failed: number;
  tokens: number;
  seconds: number;
  documentsPerSecond: number;
  tokensPerSecond: number;
  peakRssMiB: number;
  statements: number;
  entities: number;
}

async function runEngine(engine: string, count: number, url: string): Promise<EngineResult> {
  const tmp = engine === "pglite" ? mkdtempSync(join(tmpdir(), "tessera-bench-")) : "";
  const schema = `tessera_bench_${process.pid}`;
  const location = engine === "pglite" ? tmp : `${url}${url.includes("?") ? "&" : "?"}schema=${schema}`;
  const db = await openStore(location, { command: "tessera bench:ingest" });
  const pipeline = defaultPipeline();
  const bar = progressBar(true, engine);
  let tokens = 0;
  let failed = 0;
  let statements = 0;
  const started = process.hrtime.bigint();
  let i = 0;
  for (const doc of generateCorpus({ count, seed: 2015 })) {
    tokens += countTokens(doc.text);
    const result = await ingestReport(
      db,
      {
        origin: `generated:${i}`,
        format: "text",
        text: doc.text,
        meta: { title: doc.title, source: doc.source, published: doc.published, url: doc.url },
      },
      { pipeline },
    );
    if (result.status === "failed") failed++;
    statements += result.statements;
    i++;
    if (i % 25 === 0 || i === count) bar.update(i, count, doc.title);
  }
  bar.stop();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const entities = (await db.query<{ n: number }>("select count(*)::int as n from entities"))[0]!.n;
  if (engine === "postgres") await db.exec(`drop schema ${schema} cascade`);
  await db.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  return {
    engine,
    documents: count,
    failed,
    tokens,
    seconds: Number(seconds.toFixed(2)),
    documentsPerSecond: Number((count / seconds).toFixed(1)),
    tokensPerSecond: Math.round(tokens / seconds),
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    statements,
    entities,
  };
}

const count = Number(values.count);
if (!Number.isInteger(count) || count <= 0) {
  console.error(`--count: "${values.count}" is not a positive whole number`);
  process.exit(2);
}

if (values.child) {
  const result = await runEngine(values.engine!, count, values["database-url"]!);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const engines = values.engine === "both" ? ["pglite", "postgres"] : [values.engine!];
  const results: EngineResult[] = [];
  for (const engine of engines) {
    const child = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        fileURLToPath(import.meta.url),
        "--child",
        "--engine",
        engine,
        "--count",
        String(count),
        "--database-url",
        values["database-url"]!,
      ],
      { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", maxBuffer: 1 << 20 },
    );
    if (child.status !== 0) {
      console.error(`${engine}: the benchmark run failed (exit ${child.status})`);
      continue;
    }
    const result = JSON.parse(child.stdout.trim().split("\n").pop()!) as EngineResult;
    results.push(result);
    console.log(
      `${engine.padEnd(8)} ${result.documents} documents in ${result.seconds}s: ${result.documentsPerSecond} documents/s, ` +
        `${result.tokensPerSecond} tokens/s, peak RSS ${result.peakRssMiB} MiB, ${result.entities} entities, ${result.statements} statements, ${result.failed} failed`,
    );
  }
  const out = {
    benchmark: "ingest",
    date: new Date().toISOString(),
    node: process.version,
    cpu: (await import("node:os")).cpus()[0]?.model,
    results,
  };
  mkdirSync(dirname(values.json!), { recursive: true });
  writeFileSync(values.json!, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`written ${values.json}`);
  if (results.length < engines.length) process.exitCode = 1;
}
