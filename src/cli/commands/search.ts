import type { Command } from "commander";
import { searchNames } from "../../store/repositories/entities.js";
import { searchDocuments } from "../../store/repositories/search.js";
import { dbOption, intOption, print, withStore } from "../context.js";
import { json, table } from "../format.js";

export function searchCommand(program: Command): void {
  program
    .command("search")
    .description(
      'full-text search over documents (web syntax: "a phrase", or, -word) and fuzzy search over names',
    )
    .argument("<text...>", "what to look for")
    .addOption(dbOption())
    .option("--limit <n>", "at most this many documents", intOption("--limit"), 20)
    .option("--json", "print JSON")
    .action(async (words: string[], options: { db?: string; json?: boolean; limit: number }) => {
      const text = words.join(" ");
      const found = await withStore(options, "search", async (db) => ({
        documents: await searchDocuments(db, text, { limit: options.limit }),
        entities: await searchNames(db, text, { limit: 10 }),
      }));
      if (options.json) return print(json({ query: text, ...found }));
      print(`Documents (${found.documents.length}):`);
      for (const d of found.documents) {
        print(`  ${d.id}  ${d.published ?? "—"}  ${d.title}  (rank ${d.rank.toFixed(3)})`);
        print(`      ${d.snippet.replace(/\s+/g, " ")}`);
      }
      print(`\nNames (${found.entities.length}):`);
      if (found.entities.length > 0) {
        print(
          table(
            ["id", "type", "name", "matched", "similarity"],
            found.entities.map((e) => [e.id, e.type, e.name, e.matched, e.similarity.toFixed(2)]),
          ),
        );
      }
    });
}
