import type { Command } from "commander";
import { timeline } from "../../analyze/index.js";
import { getEntityRef } from "../../store/repositories/entities.js";
import { dbOption, print, withStore } from "../context.js";
import { formatValue, json } from "../format.js";

export function timelineCommand(program: Command): void {
  program
    .command("timeline")
    .description(
      "events and statements about an entity or place, in time order, with date precision; undated statements last",
    )
    .argument("<entity>", "an entity id or name")
    .addOption(dbOption())
    .option("--json", "print JSON")
    .action(async (key: string, options: { db?: string; json?: boolean }) => {
      const items = await withStore(options, "timeline", async (db) => {
        const ref = await getEntityRef(db, key);
        return timeline(db, ref.id, { undated: true });
      });
      if (options.json) return print(json(items));
      if (items.length === 0) return print("no statements");
      for (const { statement: s, label } of items)
        print(`${label.padEnd(24)} ${s.subject.name} —${s.predicate}→ ${formatValue(s)}`);
    });
}
