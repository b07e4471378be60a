import type { Command } from "commander";
import { runResolution } from "../../resolve/index.js";
import { dbOption, print, withStore } from "../context.js";
import { json } from "../format.js";
import { progressBar } from "../progress.js";

export function resolveCommand(program: Command): void {
  program
    .command("resolve")
    .description(
      "run a resolution pass: merge entities that are surely one, queue the borderline pairs for review",
    )
    .addOption(dbOption())
    .option("--by <name>", "who the merges are recorded as made by", "resolver")
    .option("--json", "print JSON")
    .action(async (options: { db?: string; json?: boolean; by: string }) => {
      const bar = progressBar(!options.json, "resolve");
      const result = await withStore(options, "resolve", (db) =>
        runResolution(db, { by: options.by, onProgress: (done, total) => bar.update(done, total, "blocks") }),
      );
      bar.stop();
      if (options.json) return print(json(result));
      print(
        `compared ${result.compared} pairs: ${result.merged} merged, ${result.queued} queued for review (tessera review)`,
      );
    });
}
