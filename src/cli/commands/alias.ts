import { readFile } from "node:fs/promises";
import { type Command, Option } from "commander";
import { inputError } from "../../errors/errors.js";
import { reasonOf } from "../../ingest/readers/reason.js";
import { decodeUtf8 } from "../../ingest/readers/text.js";
import { ENTITY_TYPE_NAMES, type EntityType } from "../../model/entity-types.js";
import { KNOWN_ALIASES, KNOWN_ALIASES_VERSION } from "../../model/known-aliases.js";
import {
  type AliasFileFormat,
  type AliasGroupInput,
  aliasFileFormat,
  parseAliasFile,
} from "../../resolve/alias-file.js";
import { addAlias, importAliasGroups } from "../../resolve/index.js";
import { getEntityRef } from "../../store/repositories/entities.js";
import { deleteUserAliasGroup, listUserAliasGroups } from "../../store/repositories/user-aliases.js";
import { dbOption, print, withStore } from "../context.js";
import { json, table } from "../format.js";
import { analystName } from "./split.js";

/** Reads and checks a whole alias file before the store is opened: a bad line imports nothing. */
async function readAliasFile(path: string, format: AliasFileFormat | undefined): Promise<AliasGroupInput[]> {
  const chosen = format ?? aliasFileFormat(path);
  if (!chosen) {
    throw inputError(
      "TESSERA_UNSUPPORTED_FORMAT",
      path,
      "not an alias file (expected a .csv, .jsonl or .ndjson name, or --format csv|jsonl)",
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw inputError("TESSERA_UNREADABLE", path, `cannot read the alias file (${reasonOf(error)})`, error);
  }
  return parseAliasFile(path, decodeUtf8(path, bytes), chosen);
}

export function aliasCommand(program: Command): void {
  const alias = program
    .command("alias")
    .description("names an entity is known by, and the user's alias list that resolution reads");
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
  alias
    .command("list")
    .description("the alias groups resolution uses: the curated list (with its version) and the user's")
    .addOption(new Option("--type <type>", "only this entity type").choices(ENTITY_TYPE_NAMES))
    .addOption(dbOption())
    .option("--json", "print JSON")
    .action(async (options: { db?: string; json?: boolean; type?: EntityType }) => {
      const user = await withStore(options, "alias list", (db) =>
        listUserAliasGroups(db, options.type ? { type: options.type } : {}),
      );
      const curated = KNOWN_ALIASES.filter((g) => !options.type || g.type === options.type);
      const groups = [
        ...curated.map((g) => ({ source: "curated" as const, type: g.type, names: [...g.names] })),
        ...user.map((g) => ({ source: "user" as const, ...g })),
      ];
      if (options.json) return print(json({ curatedVersion: KNOWN_ALIASES_VERSION, groups }));
      print(
        `curated list version ${KNOWN_ALIASES_VERSION}: ${curated.length} groups; user list: ${user.length} groups`,
      );
      print(
        table(
          ["source", "id", "type", "names", "added by"],
          groups.map((g) => [
            g.source,
            "id" in g ? g.id : "",
            g.type,
            g.names.join(", "),
            "addedBy" in g ? g.addedBy : "",
          ]),
          90,
        ),
      );
    });
  alias
    .command("import")
    .description(
      "add alias groups to the user's list from a CSV (type,name,alias[,note]) or JSON Lines file; all or nothing, idempotent",
    )
    .argument("<file>", "a .csv, .jsonl or .ndjson file")
    .addOption(new Option("--format <format>", "read the file as this format").choices(["csv", "jsonl"]))
    .addOption(dbOption())
    .option("--by <name>", "who adds the groups (default: $USER)")
    .option("--json", "print JSON")
    .action(
      async (
        path: string,
        options: { db?: string; json?: boolean; by?: string; format?: AliasFileFormat },
      ) => {
        const groups = await readAliasFile(path, options.format);
        const result = await withStore(options, "alias import", (db) =>
          importAliasGroups(db, groups, { by: analystName(options.by) }),
        );
        if (options.json) return print(json({ file: path, ...result }));
        const unchanged = result.groups.filter((g) => g.status === "unchanged").length;
        print(
          `${path}: ${result.groupsAdded} groups added, ${result.groupsExtended} extended, ${unchanged} already known; ${result.namesAdded} names added` +
            (result.namesAdded > 0 ? " (run tessera resolve to merge the entities they join)" : ""),
        );
      },
    );
  alias
    .command("remove-group")
    .description(
      "take a group back from the user's list (merges made through it stay until split with tessera split)",
    )
    .argument("<id>", "a user alias group id (uag_…; see tessera alias list)")
    .addOption(dbOption())
    .option("--json", "print JSON")
    .action(async (id: string, options: { db?: string; json?: boolean }) => {
      const removed = await withStore(options, "alias remove-group", (db) =>
        db.transaction((tx) => deleteUserAliasGroup(tx, id)),
      );
      if (options.json) return print(json({ removed }));
      print(
        `removed ${removed.id} (${removed.type}: ${removed.names.join(", ")}) from the user's alias list`,
      );
    });
  alias.exitOverride();
}
