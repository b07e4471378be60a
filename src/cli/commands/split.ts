import type { Command } from "commander";
import { splitEntity } from "../../resolve/index.js";
import { getEntityRef } from "../../store/repositories/entities.js";
import { dbOption, print, withStore } from "../context.js";
import { json } from "../format.js";

/** Who an analyst's decision is recorded as made by: --by, else the login name. */
export function analystName(by: string | undefined): string {
  return by ?? process.env.USER ?? process.env.USERNAME ?? "analyst";
}

export function splitCommand(program: Command): void {
  program
    .command("split")
    .description(
      "undo a merge: by merge id (mrg_…), or by entity (the entity taken out, or the latest merge into it)",
    )
    .argument("<entity>", "a merge id, an entity id, or a name")
    .addOption(dbOption())
    .option("--by <name>", "who splits (default: $USER)")
    .option("--json", "print JSON")
    .action(async (key: string, options: { db?: string; json?: boolean; by?: string }) => {
      const result = await withStore(options, "split", async (db) => {
        // A member of a merge is addressed by its own id; a name means the entity as shown.
        const exists = await db.query("select 1 from entities where id = $1", [key]);
        const id = key.startsWith("mrg_") || exists.length > 0 ? key : (await getEntityRef(db, key)).id;
        return splitEntity(db, id, { by: analystName(options.by) });
      });
      if (options.json) return print(json(result));
      print(`split: ${result.restored.join(" and ")} stand apart again (and are marked not the same)`);
    });
}
