import type { Command } from "commander";
import { findPaths, type Path } from "../../analyze/index.js";
import { getEntityRef } from "../../store/repositories/entities.js";
import { dbOption, intOption, print, withStore } from "../context.js";
import { json } from "../format.js";

/** One line per hop: `A —predicate→ B` or `A ←predicate— B`, as the statement reads. */
export function pathLines(path: Path): string[] {
  return path.edges.map((e, i) => {
    const here = path.nodes[i]!;
    const there = path.nodes[i + 1]!;
    const arrow = e.from === here.id ? `—${e.predicate}→` : `←${e.predicate}—`;
    return `${here.name} ${arrow} ${there.name}  (${e.statements.length} statement${e.statements.length === 1 ? "" : "s"})`;
  });
}

export function pathCommand(program: Command): void {
  program
    .command("path")
    .description("the shortest connections between two entities, each edge with its statements and evidence")
    .argument("<from>", "an entity id or name")
    .argument("<to>", "an entity id or name")
    .addOption(dbOption())
    .option("--max-hops <n>", "longest path to look for", intOption("--max-hops"), 4)
    .option("-k, --k <n>", "how many paths", intOption("--k"), 5)
    .option("--json", "print JSON")
    .action(
      async (
        from: string,
        to: string,
        options: { db?: string; json?: boolean; maxHops: number; k: number },
      ) => {
        const paths = await withStore(options, "path", async (db) => {
          const [a, b] = [await getEntityRef(db, from), await getEntityRef(db, to)];
          return findPaths(db, a.id, b.id, { maxHops: options.maxHops, k: options.k });
        });
        if (options.json) return print(json(paths));
        if (paths.length === 0) return print(`no path of at most ${options.maxHops} hops`);
        paths.forEach((p, i) => {
          print(`${i + 1}. ${p.length} hop${p.length === 1 ? "" : "s"}`);
          for (const line of pathLines(p)) print(`   ${line}`);
        });
      },
    );
}
