import { type Command, Option } from "commander";
import { ENTITY_TYPE_NAMES, type EntityType } from "../../model/index.js";
import { listEntities } from "../../store/repositories/entities.js";
import { dbOption, pageOptions, print, withStore } from "../context.js";
import { json, table } from "../format.js";

export function entitiesCommand(program: Command): void {
  pageOptions(
    program
      .command("entities")
      .description("list entities, most mentioned first")
      .addOption(dbOption())
      .addOption(new Option("--type <type>", "only this type").choices(ENTITY_TYPE_NAMES)),
    100,
  ).action(
    async (options: { db?: string; json?: boolean; type?: EntityType; limit: number; offset: number }) => {
      const entities = await withStore(options, "entities", (db) => listEntities(db, options));
      if (options.json) return print(json({ entities }));
      print(
        table(
          ["id", "type", "name", "mentions", "documents", "aliases"],
          entities.map((e) => [e.id, e.type, e.name, e.mentionCount, e.documentCount, e.aliases.join("; ")]),
          50,
        ),
      );
    },
  );
}
