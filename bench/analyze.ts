/**
 * Analysis benchmark: generates a store of 1,000,000 statements and 100,000 entities
 * (bench/analyze-store.ts; `--scale 0.1` for a tenth) on each engine and times the analyses an
 * analyst runs on one entity: conflicts, co-presence, a 4-hop path, a timeline. Prints p50 and p95
 * per query and writes bench/results/analyze.json. Also times the alternatives weighed for paths
 * (a recursive SQL query; loading the whole graph into graphology).
 *
 *   npm run bench:analyze [-- --scale 1 --engine pglite|postgres|both --runs 40 --database-url URL]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { findConflicts, findCopresence, findPaths, timeline } from "../src/analyze/index.js";
import { linkGraph } from "../src/analyze/paths.js";
import type { Database } from "../src/store/database.js";
import { openStore } from "../src/store/open-store.js";
import { generateAnalysisStore } from "./analyze-store.js";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    engine: { type: "string", default: "both" },
    runs: { type: "string", default: "40" },
    "database-url": {
      type: "string",
      default: process.env.TESSERA_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test",
    },
    json: { type: "string", default: "bench/results/analyze.json" },
    keep: { type: "boolean", default: false },
  },
});

interface Timing {
  query: string;
  p50: number;
  p95: number;
  max: number;
  runs: number;
  found: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function time(query: string, runs: number, work: (i: number) => Promise<number>): Promise<Timing> {
  await work(runs); // warm-up, a different entity than the timed runs
  const ms: number[] = [];
  let found = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    found += await work(i);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    query,
    p50: r(percentile(ms, 0.5)),
    p95: r(percentile(ms, 0.95)),
    max: r(ms[ms.length - 1]!),
    runs,
    found,
  };
}

async function runEngine(engine: string, scale: number, runs: number, url: string) {
  const tmp = engine === "pglite" ? mkdtempSync(join(tmpdir(), "tessera-bench-analyze-")) : "";
  const schema = `tessera_bench_analyze_${process.pid}`;
  const location = engine === "pglite" ? tmp : `${url}${url.includes("?") ? "&" : "?"}schema=${schema}`;
  const db: Database = await openStore(location, { command: "tessera bench:analyze" });
  try {
    const started = performance.now();
    const size = await generateAnalysisStore(db, scale);
    const generation = Math.round((performance.now() - started) / 100) / 10;
    console.error(
      `${engine}: generated ${size.statements} statements, ${size.entities} entities in ${generation}s`,
    );
    const ids = async (sql: string) => (await db.query<{ id: string }>(sql)).map((r) => r.id);
    const contested = await ids(
      `select subject_id as id from statements where predicate = 'killed' group by subject_id having count(*) > 1 order by subject_id limit ${runs + 1}`,
    );
    const placed = await ids(
      `select distinct on (subject_id) subject_id as id from statements where predicate = 'trained_at' order by subject_id limit ${runs + 1}`,
    );
    const actors = await ids(
      `select subject_id as id from statements where predicate = 'member_of' group by subject_id order by md5(subject_id) limit ${2 * runs + 2}`,
    );
    const pick = (list: string[], i: number) => list[i % list.length]!;
    const timings: Timing[] = [];
    timings.push(
      await time(
        "conflicts for one entity",
        runs,
        async (i) => (await findConflicts(db, { entityId: pick(contested, i) })).length,
      ),
    );
    timings.push(
      await time(
        "co-presence for one entity",
        runs,
        async (i) => (await findCopresence(db, { entityId: pick(placed, i) })).length,
      ),
    );
    timings.push(
      await time(
        "4-hop path (k=5)",
        runs,
        async (i) =>
          (await findPaths(db, pick(actors, 2 * i), pick(actors, 2 * i + 1), { maxHops: 4, k: 5 })).length,
      ),
    );
    timings.push(
      await time("timeline for one entity", runs, async (i) => (await timeline(db, pick(placed, i))).length),
    );
    // The alternatives weighed for graph work (docs/performance.md, "Paths: graph library or SQL").
    const alternatives: Timing[] = [];
    // A walk of every simple path grows as degree^hops; bounded by a statement timeout on the server,
    // and not run embedded, where it cannot be interrupted.
    if (engine === "postgres") await db.exec("set statement_timeout = 30000");
    if (engine === "postgres")
      alternatives.push(
        await time("alt: 4-hop path by recursive SQL", Math.min(runs, 5), async (i) => {
          const rows = await db.query(
            `with recursive adj as (
             select subject_id as a, object_id as b from statements where object_id is not null
             union all select object_id, subject_id from statements where object_id is not null
           ), walk(node, path, depth) as (
             select $1::text, array[$1::text], 0
             union all
             select adj.b, walk.path || adj.b, walk.depth + 1 from walk join adj on adj.a = walk.node
             where walk.depth < 4 and not adj.b = any(walk.path) and walk.node <> $2
           ) select path from walk where node = $2 order by depth limit 5`,
            [pick(actors, 2 * i), pick(actors, 2 * i + 1)],
          );
          return rows.length;
        }).catch((error: Error) => ({
          query: `alt: recursive SQL failed: ${error.message}`,
          p50: -1,
          p95: -1,
          max: -1,
          runs: 0,
          found: 0,
        })),
      );
    alternatives.push(
      await time("alt: load whole graph into graphology", 1, async () => {
        const rows = await db.query<{ from: string; to: string; predicate: string; id: string }>(
          `select id, subject_id as "from", object_id as "to", predicate from statements where object_id is not null`,
        );
        const graph = linkGraph(
          rows.map((r) => ({ from: r.from, to: r.to, predicate: r.predicate, statements: [r.id] })),
        );
        return graph.order;
      }),
    );
    if (engine === "postgres") await db.exec("set statement_timeout = 0");
    return { engine, scale, ...size, generationSeconds: generation, timings, alternatives };
  } finally {
    if (engine === "postgres" && !values.keep) await db.exec(`drop schema ${schema} cascade`);
    await db.close();
    if (tmp && !values.keep) rmSync(tmp, { recursive: true, force: true });
  }
}

const scale = Number(values.scale);
const runs = Number(values.runs);
const engines = values.engine === "both" ? ["postgres", "pglite"] : [values.engine!];
const results = [];
for (const engine of engines) {
  const result = await runEngine(engine, scale, runs, values["database-url"]!);
  results.push(result);
  for (const t of [...result.timings, ...result.alternatives])
    console.log(
      `${engine.padEnd(8)} ${t.query.padEnd(40)} p50 ${t.p50} ms  p95 ${t.p95} ms  max ${t.max} ms  (${t.runs} runs, ${t.found} found)`,
    );
}
mkdirSync(dirname(values.json!), { recursive: true });
writeFileSync(
  values.json!,
  `${JSON.stringify({ benchmark: "analyze", date: new Date().toISOString(), results }, null, 2)}\n`,
);
