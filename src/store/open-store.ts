import type { Database } from "./database.js";
import { migrate } from "./migrate.js";
import { PgliteDatabase } from "./pglite-database.js";
import { PostgresDatabase } from "./postgres-database.js";

export function isServerUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Opens a store: a `postgres://` URL means a PostgreSQL server, anything else is the folder of an
 * embedded store (created when missing). Migrations run on open.
 */
export async function openStore(location: string, options: { command?: string } = {}): Promise<Database> {
  const db = isServerUrl(location)
    ? await PostgresDatabase.open(location)
    : await PgliteDatabase.open(location, options);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
