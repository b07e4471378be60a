import type { Command } from "commander";
import { Option } from "commander";
import { loadConfig } from "../config/config.js";
import { TesseraError } from "../errors/errors.js";
import type { Database } from "../store/database.js";
import { openStore } from "../store/open-store.js";

export interface StoreOptions {
  db?: string;
}

export const dbOption = () =>
  new Option(
    "--db <dir|url>",
    "store: an embedded store's folder, or a postgres:// URL (env TESSERA_DB)",
  ).default(undefined, "./tessera-data");

export const nerModelOption = () =>
  new Option(
    "--ner-model <model>",
    'named-entity model: "conll" (default; trained on research-only Reuters data), "gmb" (open data only), a model file, or "none" (env TESSERA_NER_MODEL)',
  );

/** Opens the configured store for one command and always closes it. */
export async function withStore<T>(
  options: StoreOptions,
  command: string,
  work: (db: Database) => Promise<T>,
): Promise<T> {
  const config = loadConfig({ db: options.db });
  const db = await openStore(config.store, { command: `tessera ${command}` });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** The options of a listing: `--limit`, `--offset` and `--json`. */
export interface PageOptions {
  limit: number;
  offset: number;
  json?: boolean;
}

/** Adds the options every listing has (`--limit N`, `--offset N`, `--json`) to a command. */
export function pageOptions(command: Command, limit: number): Command {
  return command
    .option("--limit <n>", "at most this many", intOption("--limit"), limit)
    .option("--offset <n>", "skip this many", intOption("--offset"), 0)
    .option("--json", "print JSON");
}

/** Parses a non-negative integer option, naming it when it is not one. */
export function intOption(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) {
      throw new TesseraError("TESSERA_INVALID_INPUT", `${name}: "${value}" is not a whole number`, {
        input: name,
      });
    }
    return n;
  };
}

export function print(text: string): void {
  process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
}
