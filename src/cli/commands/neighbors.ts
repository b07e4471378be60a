import type { Command } from "commander";
import { neighborhood } from "../../analyze/index.js";
import { getEntityRef } from "../../store/repositories/entities.js";
import { dbOption, intOption, print, withStore } from "../context.js";
import { json, table } from "../format.js";

export function neighborsCommand(program: Command): void {
  program
    .command("neighbors")
    .description("the entities within some hops of an entity, and the statements linking them")
    .argument("<entity>", "an entity id or name")
    .addOption(dbOption())
    .option("--hops <n>", "how far to go", intOption("--hops"), 1)
    .option("--limit <n>", "at most this many entities", intOption("--limit"), 200)
    .option("--json", "print JSON")
    .action(async (key: string, options: { db?: string; json?: boolean; hops: number; limit: number }) => {
      const found = await withStore(options, "neighbors", async (db) => {
        const ref = await getEntityRef(db, key);
        return neighborhood(db, ref.id, { hops: options.hops, limit: options.limit });
      });
      if (options.json) return print(json(found));
      const names = new Map(found.nodes.map((n) => [n.id, n.name]));
      print(
        table(
          ["hops", "type", "name", "id"],
          found.nodes.map((n) => [n.hops, n.type, n.name, n.id]),
        ),
      );
      print(`\nLinks (${found.edges.length}):`);
      for (const e of found.edges)
        print(
          `  ${names.get(e.from)} —${e.predicate}→ ${names.get(e.to)}  (${e.statements.length} statements)`,
        );
    });
}
