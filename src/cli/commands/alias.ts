import type { Command } from "commander";
import { addAlias } from "../../resolve/index.js";
import { getEntityRef } from "../../store/repositories/entities.js";
import { dbOption, print, withStore } from "../context.js";
import { json } from "../format.js";
import { analystName } from "./split.js";

export function aliasCommand(program: Command): void {
  const alias = program.command("alias").description("names an entity is known by");
  alias
    .command("add")
    .description("add a name an entity is known by; reports that use it will join the entity")
    .argument("<entity>", "an entity id or name")
    .argument("<name>", "the other name")
    .addOption(dbOption())
    .option("--by <name>", "who adds it (default: $USER)")
    .option("--json", "print JSON")
    .action(async (key: string, name: string, options: { db?: string; json?: boolean; by?: string }) => {
      const entity = await withStore(options, "alias add", async (db) => {
        const ref = await getEntityRef(db, key);
        await addAlias(db, ref.id, name, { by: analystName(options.by) });
        return ref;
      });
      if (options.json) return print(json({ entity, alias: name }));
      print(`${entity.name} (${entity.id}) is also known as ${name}`);
    });
  alias.exitOverride();
}
