import type { Command } from "commander";
import { corroboration } from "../../analyze/index.js";
import { aliasSightings, getEntityRef, getEntitySummary } from "../../store/repositories/entities.js";
import { listStatements } from "../../store/repositories/statements.js";
import { dbOption, print, withStore } from "../context.js";
import { json, statementLine } from "../format.js";

export function showCommand(program: Command): void {
  program
    .command("show")
    .description("an entity's profile: names with where each was seen, and its statements with evidence")
    .argument("<entity>", "an entity id or name (any known spelling)")
    .addOption(dbOption())
    .option("--json", "print JSON")
    .action(async (key: string, options: { db?: string; json?: boolean }) => {
      const profile = await withStore(options, "show", async (db) => {
        const ref = await getEntityRef(db, key);
        const [entity, aliases, statements] = await Promise.all([
          getEntitySummary(db, ref.id),
          aliasSightings(db, ref.id),
          listStatements(db, { entityId: ref.id }),
        ]);
        // Independent sources per statement (issue 5): outlets repeating one agency count once.
        const counts = await corroboration(
          db,
          statements.map((s) => s.id),
        );
        return { entity, aliases, statements, corroboration: Object.fromEntries(counts) };
      });
      if (options.json) return print(json(profile));
      const { entity, aliases, statements } = profile;
      print(`${entity.name}  (${entity.type}, ${entity.id})`);
      print(`mentioned ${entity.mentionCount} times in ${entity.documentCount} documents`);
      print("\nNames:");
      for (const a of aliases) {
        const where = a.documents.map((d) => `${d.title} ×${d.count}`).join("; ");
        print(`  ${a.name}  [${a.origin}]${where ? `  seen in: ${where}` : ""}`);
      }
      print(`\nStatements (${statements.length}):`);
      for (const s of statements) {
        const c = profile.corroboration[s.id];
        const support = c
          ? c.singleSource
            ? "  · single source"
            : `  · ${c.sources} sources, ${c.independent} independent`
          : "";
        print(`  ${statementLine(s)}${support}`);
        for (const e of s.evidence)
          print(`      “${e.quote}” (${e.documentId ?? `analyst ${e.analyst?.name}`})`);
      }
    });
}
