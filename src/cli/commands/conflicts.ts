import type { Command } from "commander";
import { findConflicts } from "../../analyze/index.js";
import { getEntityRef } from "../../store/repositories/entities.js";
import { dbOption, pageOptions, print, withStore } from "../context.js";
import { json } from "../format.js";

interface ConflictsOptions {
  db?: string;
  json?: boolean;
  entity?: string;
  limit: number;
  offset: number;
}

export function conflictsCommand(program: Command): void {
  pageOptions(
    program
      .command("conflicts")
      .description("statements that contradict each other, each side with its sources and sentences")
      .addOption(dbOption())
      .option("--entity <entity>", "only conflicts about this entity (id or name)"),
    100,
  ).action(async (options: ConflictsOptions) => {
    const conflicts = await withStore(options, "conflicts", async (db) => {
      const entityId = options.entity ? (await getEntityRef(db, options.entity)).id : undefined;
      return findConflicts(db, {
        ...(entityId ? { entityId } : {}),
        limit: options.limit,
        offset: options.offset,
      });
    });
    if (options.json) return print(json(conflicts));
    if (conflicts.length === 0) return print("no conflicts");
    for (const c of conflicts) {
      print(`${c.subject.name} — ${c.predicate}: ${c.values.map((v) => v.label).join(" vs ")}`);
      for (const v of c.values) {
        const sources = v.sources.map((s) => `${s.name} (${s.reliability})`).join(", ") || "no source";
        print(`  ${v.label}  first reported ${v.firstReported ?? "undated"} · ${sources}`);
        for (const e of v.evidence)
          print(`      “${e.quote}” (${e.source?.name ?? e.analyst ?? e.documentId})`);
      }
      for (const v of c.compatible) print(`  compatible with both: ${v.label}`);
      for (const r of c.revisions)
        print(`  revision: ${r.from} → ${r.to} (${r.published ?? "undated"}, ${r.source?.name ?? "?"})`);
    }
  });
}
