import { type Command, Option } from "commander";
import { loadConfig } from "../../config/config.js";
import { defaultPipeline } from "../../ingest/default-pipeline.js";
import { ingestPaths } from "../../ingest/ingest-service.js";
import { validateMetadata } from "../../ingest/prepare-report.js";
import { DEFAULT_MAX_BYTES } from "../../ingest/readers/index.js";
import type { RawMetadata } from "../../ingest/report.js";
import { runResolution } from "../../resolve/index.js";
import { dbOption, intOption, nerModelOption, print, withStore } from "../context.js";
import { json, table } from "../format.js";
import { progressBar } from "../progress.js";

interface IngestCliOptions {
  db?: string;
  json?: boolean;
  title?: string;
  source?: string;
  url?: string;
  published?: string;
  reliability?: string;
  tlp?: string;
  language?: string;
  maxBytes: number;
  nerModel?: string;
  resolve: boolean;
}

export function ingestCommand(program: Command): void {
  program
    .command("ingest")
    .description(
      "ingest reports: files, folders (recursively) and - for stdin; text, HTML, PDF, DOCX, JSON Lines",
    )
    .argument("<paths...>", "files, folders, or - for standard input")
    .addOption(dbOption())
    .option("--title <text>", "title (default: from the file's metadata or first line)")
    .option("--source <name>", "who published the report (outlet, agency)")
    .option("--url <url>", "where the report was published")
    .option("--published <date>", "publication date, YYYY-MM-DD")
    .option(
      "--reliability <grade>",
      "the source's reliability, A (completely reliable) to F (cannot be judged)",
    )
    .addOption(
      new Option("--tlp <marking>", "TLP 2.0 marking").choices([
        "clear",
        "green",
        "amber",
        "amber+strict",
        "red",
      ]),
    )
    .option("--language <code>", "the report's language, e.g. en, fr, ar")
    .option("--max-bytes <n>", "largest file accepted", intOption("--max-bytes"), DEFAULT_MAX_BYTES)
    .addOption(nerModelOption())
    .option("--no-resolve", "skip the entity-resolution pass after ingesting")
    .option("--json", "print the results as JSON")
    .action(async (paths: string[], options: IngestCliOptions) => {
      const metadata: RawMetadata = {};
      for (const key of ["title", "source", "url", "published", "reliability", "tlp", "language"] as const) {
        const value = options[key];
        if (value !== undefined) metadata[key] = value;
      }
      // Bad options are refused before anything is read: one line, naming the option.
      for (const [key, value] of Object.entries(metadata)) validateMetadata(`--${key}`, { [key]: value });
      const bar = progressBar(!options.json, "ingest");
      const { results, resolution } = await withStore(options, "ingest", async (db) => {
        const results = await ingestPaths(db, paths, {
          pipeline: defaultPipeline({
            nerModel: loadConfig({ db: options.db, nerModel: options.nerModel }).nerModel,
          }),
          metadata,
          maxBytes: options.maxBytes,
          stdin: process.stdin,
          onProgress: (p) => bar.update(p.done, p.total, p.current),
          onResult: (r) => {
            if (r.status === "failed") process.stderr.write(`${r.error}\n`);
          },
        });
        bar.stop();
        // One resolution pass per batch, not per document: the new entities meet the stored ones.
        const resolution =
          options.resolve && results.some((r) => r.status === "ingested")
            ? await runResolution(db, { by: "tessera ingest" })
            : null;
        return { results, resolution };
      }).finally(() => bar.stop());
      if (options.json) {
        print(json({ documents: results, resolution }));
      } else {
        print(
          table(
            ["status", "document", "title", "entities", "statements", "input"],
            results.map((r) => [r.status, r.id, r.title, r.entities, r.statements, r.path]),
            48,
          ),
        );
        const count = (s: string) => results.filter((r) => r.status === s).length;
        print(`${count("ingested")} ingested, ${count("unchanged")} unchanged, ${count("failed")} failed`);
        if (resolution) {
          print(
            `resolution: ${resolution.merged} merged, ${resolution.queued} queued for review (tessera review)`,
          );
        }
      }
      if (results.some((r) => r.status === "failed")) process.exitCode = 3;
    });
}
