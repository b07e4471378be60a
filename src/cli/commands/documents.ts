import type { Command } from "commander";
import { listDocuments } from "../../store/repositories/documents.js";
import { dbOption, pageOptions, print, withStore } from "../context.js";
import { json, table } from "../format.js";

export function documentsCommand(program: Command): void {
  pageOptions(
    program
      .command("documents")
      .description("list the stored documents with their source, date, marking and counts")
      .addOption(dbOption()),
    100,
  ).action(async (options: { db?: string; json?: boolean; limit: number; offset: number }) => {
    const docs = await withStore(options, "documents", (db) => listDocuments(db, options));
    if (options.json) return print(json({ documents: docs }));
    print(
      table(
        ["id", "published", "source", "grade", "tlp", "mentions", "statements", "title"],
        docs.map((d) => [
          d.id,
          d.published,
          d.source?.name,
          d.source?.reliability,
          d.marking,
          d.mentionCount,
          d.statementCount,
          d.title,
        ]),
        50,
      ),
    );
  });
}
