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
