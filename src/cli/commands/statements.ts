import { type Command, Option } from "commander";
import { PREDICATE_NAMES, type Predicate } from "../../model/index.js";
import { getEntityRef } from "../../store/repositories/entities.js";
import { listStatements } from "../../store/repositories/statements.js";
import { dbOption, intOption, print, withStore } from "../context.js";
import { json, statementLine } from "../format.js";

interface StatementsOptions {
  db?: string;
  json?: boolean;
  entity?: string;
  predicate?: Predicate;
  document?: string;
  limit: number;
  offset: number;
}

export function statementsCommand(program: Command): void {
  program
    .command("statements")
    .description("list statements with their evidence sentences")
    .addOption(dbOption())
    .option("--entity <entity>", "only statements about this entity (id or name), as subject or object")
    .addOption(new Option("--predicate <predicate>", "only this predicate").choices(PREDICATE_NAMES))
    .option("--document <id>", "only statements with evidence in this document")
    .option("--limit <n>", "at most this many", intOption("--limit"), 200)
    .option("--offset <n>", "skip this many", intOption("--offset"), 0)
    .option("--json", "print JSON")
    .action(async (options: StatementsOptions) => {
      const statements = await withStore(options, "statements", async (db) => {
        const entityId = options.entity ? (await getEntityRef(db, options.entity)).id : undefined;
        return listStatements(db, {
          ...(entityId ? { entityId } : {}),
          ...(options.predicate ? { predicate: options.predicate } : {}),
          ...(options.document ? { documentId: options.document } : {}),
          limit: options.limit,
          offset: options.offset,
        });
      });
      if (options.json) return print(json({ statements }));
      for (const s of statements) {
        print(statementLine(s));
        for (const e of s.evidence)
          print(`    “${e.quote}” (${e.documentId ?? `analyst ${e.analyst?.name}`})`);
      }
      if (statements.length === 0) print("no statements");
    });
}
