import type { Command } from "commander";
import { findCopresence } from "../../analyze/index.js";
import { TesseraError } from "../../errors/errors.js";
import { getEntityRef } from "../../store/repositories/entities.js";
import { dbOption, intOption, print, withStore } from "../context.js";
import { json, table } from "../format.js";

interface CopresenceOptions {
  db?: string;
  json?: boolean;
  entity?: string;
  place?: string;
  from?: string;
  to?: string;
  limit: number;
}

function isoDate(name: string) {
  return (value: string): string => {
    if (!/^\d{4}(-\d\d){0,2}$/.test(value))
      throw new TesseraError(
        "TESSERA_INVALID_INPUT",
        `${name}: "${value}" is not a date (expected YYYY-MM-DD)`,
        {
          input: name,
        },
      );
    return value;
  };
}

/** "2015" → 2015-01-01 / 2015-12-31; "2015-02" → the month's first / last day. */
function widen(date: string | undefined, end: boolean): string | undefined {
  if (!date) return undefined;
  if (date.length === 10) return date;
  if (date.length === 4) return end ? `${date}-12-31` : `${date}-01-01`;
  if (!end) return `${date}-01`;
  const [y, m] = date.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export function copresenceCommand(program: Command): void {
  program
    .command("copresence")
    .description("who was at the same place in the same period, most specific first")
    .addOption(dbOption())
    .option("--entity <entity>", "only pairs including this entity (id or name)")
    .option("--place <place>", "only at this place or within it (id or name)")
    .option(
      "--from <date>",
      "only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)",
      isoDate("--from"),
    )
    .option("--to <date>", "only meetings on or before this date", isoDate("--to"))
    .option("--limit <n>", "at most this many", intOption("--limit"), 50)
    .option("--json", "print JSON")
    .action(async (options: CopresenceOptions) => {
      const found = await withStore(options, "copresence", async (db) => {
        const entityId = options.entity ? (await getEntityRef(db, options.entity)).id : undefined;
        const placeId = options.place ? (await getEntityRef(db, options.place)).id : undefined;
        const from = widen(options.from, false);
        const to = widen(options.to, true);
        return findCopresence(db, {
          ...(entityId ? { entityId } : {}),
          ...(placeId ? { placeId } : {}),
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
          limit: options.limit,
        });
      });
      if (options.json) return print(json(found));
      if (found.length === 0) return print("no co-presence found");
      print(
        table(
          ["score", "entity", "entity", "place", "from", "to", "statements"],
          found.map((c) => [
            c.score,
            c.entities[0].name,
            c.entities[1].name,
            [c.place.name, ...c.within.map((w) => w.name)].join(" < "),
            c.from,
            c.to,
            c.statements.length,
          ]),
          40,
        ),
      );
    });
}
