import type { Command } from "commander";
import { mergeEntities } from "../../resolve/index.js";
import { getEntityRef } from "../../store/repositories/entities.js";
import { dbOption, print, withStore } from "../context.js";
import { json } from "../format.js";
import { analystName } from "./split.js";

export function mergeCommand(program: Command): void {
  program
    .command("merge")
    .description("merge entity B into entity A (reversible with tessera split)")
    .argument("<a>", "the entity to keep: an id or name")
    .argument("<b>", "the entity merged into it: an id or name")
    .addOption(dbOption())
    .option("--by <name>", "who makes the merge (default: $USER)")
    .option("--reason <text>", "why")
    .option("--json", "print JSON")
    .action(
      async (
        a: string,
        b: string,
        options: { db?: string; json?: boolean; by?: string; reason?: string },
      ) => {
        const record = await withStore(options, "merge", async (db) => {
          const [keep, merged] = [await getEntityRef(db, a), await getEntityRef(db, b)];
          return mergeEntities(db, keep.id, merged.id, {
            by: analystName(options.by),
            ...(options.reason ? { reason: options.reason } : {}),
          });
        });
        if (options.json) return print(json(record));
        print(
          `merged ${record.merged.name} (${record.merged.id}) into ${record.keep.name} (${record.keep.id}): ${record.id}`,
        );
      },
    );
}
