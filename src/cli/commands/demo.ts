import type { Command } from "commander";
import { type Conflict, type Copresence, demoFindings, type Path } from "../../analyze/index.js";
import { loadConfig } from "../../config/config.js";
import { demoStoreDir, ingestDemoCorpus, openDemoStore } from "../../demo/demo.js";
import { startServer } from "../../http/server.js";
import { ENTITY_TYPE_NAMES } from "../../model/index.js";
import { runResolution } from "../../resolve/index.js";
import type { Database } from "../../store/database.js";
import { listDocuments } from "../../store/repositories/documents.js";
import { countEntities, listEntities } from "../../store/repositories/entities.js";
import { countStatements, listStatements } from "../../store/repositories/statements.js";
import { intOption, nerModelOption, print } from "../context.js";
import { formatTime, formatValue, json, table } from "../format.js";
import { progressBar } from "../progress.js";
import { untilStopped } from "./serve.js";

interface DemoOptions {
  dir?: string;
  json?: boolean;
  serve: boolean;
  port: number;
  host: string;
  nerModel?: string;
}

function printConflicts(conflicts: Conflict[]): void {
  print(
    `\nConflicts (${conflicts.length}) — the same fact reported with incompatible values, kept side by side:`,
  );
  for (const c of conflicts) {
    print(`  ${c.subject.name} — ${c.predicate}:`);
    for (const v of c.values) {
      const sources = v.sources.map((s) => `${s.name} (${s.reliability})`).join(", ");
      print(`    ${v.label.padEnd(12)} ${sources}`);
      const first = v.evidence[0];
      if (first) print(`                 “${first.quote}”`);
    }
    for (const r of c.revisions)
      print(`    revised ${r.from} → ${r.to} (${r.source?.name ?? "?"}, ${r.published ?? "undated"})`);
  }
}

function printCopresence(copresence: Copresence[]): void {
  print(`\nStrongest co-presences — at the same place in the same period:`);
  for (const c of copresence) {
    const [a, b] = c.entities;
    const within = c.within.length > 0 ? ` (in ${c.within.map((w) => w.name).join(", ")})` : "";
    print(
      `  ${a.name} & ${b.name} — ${c.place.name}${within}, ${formatTime({ from: c.from, to: c.to, precision: c.precision })}`,
    );
  }
}

function printPath(path: Path | null): void {
  if (!path) return;
  const steps = path.nodes.map((n, i) => {
    const edge = path.edges[i];
    return edge ? `${n.name} —${edge.predicate}— ` : n.name;
  });
  print(`\nA path: ${steps.join("")}`);
}

async function report(
  db: Database,
  dir: string,
  options: DemoOptions,
  failed: number,
  resolution: unknown,
): Promise<void> {
  const [documents, counts, totals, entities, statements, findings] = await Promise.all([
    listDocuments(db),
    countEntities(db),
    countStatements(db),
    listEntities(db, { limit: 40 }),
    listStatements(db, { limit: 10000 }),
    demoFindings(db),
  ]);
  if (options.json) {
    print(
      json({
        store: dir,
        documents,
        counts: { entities: counts, ...totals },
        resolution,
        entities,
        statements,
        ...findings,
      }),
    );
    return;
  }
  print(`Tessera demo — store: ${dir}\n`);
  print(`Ingested ${documents.length} reports (${failed} failed):\n`);
  print(
    table(
      ["published", "source", "grade", "tlp", "statements", "title"],
      documents.map((d) => [
        d.published,
        d.source?.name,
        d.source?.reliability,
        d.marking,
        d.statementCount,
        d.title,
      ]),
      56,
    ),
  );
  const byType = ENTITY_TYPE_NAMES.map((t) => `${counts[t] ?? 0} ${t}`).join(", ");
  print(`\nFound ${Object.values(counts).reduce((a, b) => a + b, 0)} entities (${byType}),`);
  print(`${totals.statements} statements backed by ${totals.evidence} pieces of evidence.\n`);
  print("Most mentioned entities (one entity however the reports spell it):");
  print(
    table(
      ["type", "name", "mentions", "reports", "also written"],
      entities
        .slice(0, 25)
        .map((e) => [e.type, e.name, e.mentionCount, e.documentCount, e.aliases.join("; ")]),
      60,
    ),
  );
  print("\nStatements (subject, predicate, value, when, credibility, evidence):");
  print(
    table(
      ["subject", "predicate", "value", "when", "cred", "evidence", "first sentence"],
      statements.map((s) => [
        s.subject.name,
        s.predicate,
        `${formatValue(s)}${s.role ? ` (${s.role})` : ""}`,
        formatTime(s.time),
        s.credibility,
        s.evidence.length,
        s.evidence[0]?.quote,
      ]),
      70,
    ),
  );
  printConflicts(findings.conflicts);
  printCopresence(findings.copresence);
  printPath(findings.path);
  print(`\nExplore it:  npx tessera show Rezgui --db ${dir}`);
  print(`             npx tessera conflicts --db ${dir}`);
}

/** Serves the workbench on the demo store until Ctrl-C; falls back to any free port if the one asked is taken. */
async function serveDemo(db: Database, options: DemoOptions, nerModel: string): Promise<void> {
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(db, { port: options.port, host: options.host, nerModel });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    server = await startServer(db, { port: 0, host: options.host, nerModel });
  }
  print(`\nThe workbench is serving the demo store at ${server.url}  (Ctrl-C to stop)`);
  await untilStopped();
  await server.close();
}

export function demoCommand(program: Command): void {
  program
    .command("demo")
    .description(
      "ingest the sample reports on the 2015 Bardo and Sousse attacks into a fresh store, show what Tessera found, then serve the workbench on it",
    )
    .option("--dir <dir>", "the folder for the demo store (default: a new temporary folder)")
    .option("--json", "print the findings as JSON (and do not serve)")
    .option("--no-serve", "do not serve the workbench on the demo store afterwards")
    .option("--port <n>", "port for the workbench", intOption("--port"), 7777)
    .option("--host <address>", "address for the workbench", "127.0.0.1")
    .addOption(nerModelOption())
    .action(async (options: DemoOptions) => {
      const dir = await demoStoreDir(options.dir);
      const db = await openDemoStore(dir);
      const bar = progressBar(!options.json, "demo");
      try {
        const { nerModel } = loadConfig({ nerModel: options.nerModel });
        const results = await ingestDemoCorpus(db, (r, done) => bar.update(done, done + 1, r.path), {
          nerModel,
        });
        bar.stop();
        const failed = results.filter((r) => r.status === "failed");
        for (const f of failed) process.stderr.write(`${f.error}\n`);
        const resolution = await runResolution(db, { by: "tessera demo" });
        await report(db, dir, options, failed.length, resolution);
        if (failed.length > 0) process.exitCode = 3;
        if (options.serve && !options.json) await serveDemo(db, options, nerModel);
      } finally {
        bar.stop();
        await db.close();
      }
    });
}
