import type { Command } from "commander";
import { demoStoreDir, ingestDemoCorpus, openDemoStore } from "../../demo/demo.js";
import { ENTITY_TYPE_NAMES } from "../../model/index.js";
import { listDocuments } from "../../store/repositories/documents.js";
import { countEntities, listEntities } from "../../store/repositories/entities.js";
import { countStatements, listStatements } from "../../store/repositories/statements.js";
import { print } from "../context.js";
import { formatTime, formatValue, json, table } from "../format.js";
import { progressBar } from "../progress.js";

export function demoCommand(program: Command): void {
  program
    .command("demo")
    .description(
      "ingest the sample reports on the 2015 Bardo and Sousse attacks into a fresh store and show what Tessera found",
    )
    .option("--dir <dir>", "the folder for the demo store (default: a new temporary folder)")
    .option("--json", "print the findings as JSON")
    .option("--no-serve", "do not serve the workbench on the demo store afterwards")
    .action(async (options: { dir?: string; json?: boolean }) => {
      const dir = await demoStoreDir(options.dir);
      const db = await openDemoStore(dir);
      const bar = progressBar(!options.json, "demo");
      try {
        const results = await ingestDemoCorpus(db, (r, done) => bar.update(done, done + 1, r.path));
        bar.stop();
        const failed = results.filter((r) => r.status === "failed");
        for (const f of failed) process.stderr.write(`${f.error}\n`);
        const [documents, counts, totals, entities, statements] = await Promise.all([
          listDocuments(db),
          countEntities(db),
          countStatements(db),
          listEntities(db, { limit: 40 }),
          listStatements(db, { limit: 10000 }),
        ]);
        if (options.json) {
          print(
            json({ store: dir, documents, counts: { entities: counts, ...totals }, entities, statements }),
          );
          return;
        }
        print(`Tessera demo — store: ${dir}\n`);
        print(
          `Ingested ${results.filter((r) => r.status === "ingested").length} reports (${failed.length} failed):\n`,
        );
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
        print("Most mentioned entities:");
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
        print(`\nExplore it:  npx tessera show Rezgui --db ${dir}`);
        print(`             npx tessera search "Sabratha camp" --db ${dir}`);
        if (failed.length > 0) process.exitCode = 3;
      } finally {
        bar.stop();
        await db.close();
      }
    });
}
