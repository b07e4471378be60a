import type { Command } from "commander";
import { markDistinct } from "../../resolve/index.js";
import { getEntityRef } from "../../store/repositories/entities.js";
import { dbOption, print, withStore } from "../context.js";
import { json } from "../format.js";
import { analystName } from "./split.js";

export function distinctCommand(program: Command): void {
  program
    .command("distinct")
    .description("record that two entities are not the same: no automatic pass will merge them")
    .argument("<a>", "an entity id or name")
    .argument("<b>", "an entity id or name")
    .addOption(dbOption())
    .option("--by <name>", "who decides (default: $USER)")
    .option("--json", "print JSON")
    .action(async (a: string, b: string, options: { db?: string; json?: boolean; by?: string }) => {
      const pair = await withStore(options, "distinct", async (db) => {
        const [x, y] = [await getEntityRef(db, a), await getEntityRef(db, b)];
        await markDistinct(db, x.id, y.id, { by: analystName(options.by) });
        return { a: x, b: y };
      });
      if (options.json) return print(json({ distinct: [pair.a, pair.b] }));
      print(`${pair.a.name} (${pair.a.id}) and ${pair.b.name} (${pair.b.id}) are marked not the same`);
    });
}
