import type { Command } from "commander";
import { listReviewQueue } from "../../resolve/index.js";
import { dbOption, pageOptions, print, withStore } from "../context.js";
import { json } from "../format.js";

export function reviewCommand(program: Command): void {
  pageOptions(
    program
      .command("review")
      .description("pairs of entities that may be one, with their evidence: decide with merge or distinct")
      .addOption(dbOption()),
    50,
  ).action(async (options: { db?: string; json?: boolean; limit: number; offset: number }) => {
    const pairs = await withStore(options, "review", (db) => listReviewQueue(db, options));
    if (options.json) return print(json({ pairs }));
    if (pairs.length === 0) return print("the review queue is empty");
    for (const p of pairs) {
      print(`${p.id}  score ${p.score.toFixed(2)}  (${p.a.type})`);
      for (const side of [p.a, p.b]) {
        const also = side.aliases.length > 0 ? `  also: ${side.aliases.join("; ")}` : "";
        print(
          `  ${side.id}  ${side.name}  [${side.mentionCount} mentions in ${side.documentCount} documents]${also}`,
        );
        for (const e of p.evidence.filter((x) => x.entityId === side.id))
          print(`      “${e.quote}” (${e.documentId})`);
      }
      const features = Object.entries(p.features)
        .map(([k, v]) => `${k}=${v}`)
        .join(" ");
      print(`  why: ${features}`);
      print(`  decide: tessera merge ${p.a.id} ${p.b.id}   |   tessera distinct ${p.a.id} ${p.b.id}\n`);
    }
  });
}
