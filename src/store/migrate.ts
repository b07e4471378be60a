import { TesseraError } from "../errors/errors.js";
import type { Database, Queryable } from "./database.js";
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from "./migrations/index.js";

const BOOKKEEPING = `
create table if not exists schema_migrations (
  version int primary key,
  name text not null,
  applied_at timestamptz not null default now()
)`;

// Extensions are database-wide: on a server several schemas (and parallel test runs) share them,
// so they live in public and a concurrent creator's "already exists" is not a failure.
async function ensureExtensions(db: Database): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await db.exec("create extension if not exists pg_trgm with schema public");
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== "23505" && code !== "42710" && code !== "XX000") throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
    }
  }
}

async function appliedVersions(db: Queryable): Promise<number[]> {
  const rows = await db.query<{ version: number }>("select version from schema_migrations order by version");
  return rows.map((r) => r.version);
}

/**
 * Applies the migrations this Tessera knows and the store lacks, each in its own transaction, and
 * refuses a store that a newer Tessera has already migrated further.
 */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  await ensureExtensions(db);
  await db.exec(BOOKKEEPING);
  const latest = migrations[migrations.length - 1]?.version ?? LATEST_SCHEMA_VERSION;
  const applied = new Set(await appliedVersions(db));
  const newest = Math.max(0, ...applied);
  if (newest > latest) {
    throw new TesseraError(
      "TESSERA_STORE_TOO_NEW",
      `${db.location}: the store was written by a newer Tessera (schema version ${newest}, this Tessera knows up to ${latest}); upgrade Tessera to open it`,
      { input: db.location },
    );
  }
  const done: number[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    await db.transaction(async (tx) => {
      if (db.engine === "postgres") {
        // Two servers' worth of Tesseras starting at once: one migrates, the other waits and skips.
        await tx.query("select pg_advisory_xact_lock(hashtext(current_schema()))");
        const again = await tx.query("select 1 from schema_migrations where version = $1", [
          migration.version,
        ]);
        if (again.length > 0) return;
      }
      await tx.exec(migration.sql);
      await tx.query("insert into schema_migrations (version, name) values ($1, $2)", [
        migration.version,
        migration.name,
      ]);
      done.push(migration.version);
    });
  }
  return done;
}
