import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { PGlite, type Transaction } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { TesseraError } from "../errors/errors.js";
import { type Database, type Queryable, ROW_PARSERS } from "./database.js";
import { acquireStoreLock, type StoreLock } from "./lock.js";

function wrapTransaction(tx: Transaction): Queryable {
  return {
    async query<R>(sql: string, params?: readonly unknown[]) {
      const result = await tx.query<R>(sql, params as unknown[] | undefined);
      return result.rows;
    },
    async exec(sql: string) {
      await tx.exec(sql);
    },
  };
}

/**
 * The embedded engine: PostgreSQL compiled to WebAssembly, its files in `DIR/pgdata`. One process
 * at a time: `DIR/tessera.lock` names the holder, and a second opener gets TESSERA_STORE_LOCKED.
 */
export class PgliteDatabase implements Database {
  readonly engine = "pglite" as const;
  readonly location: string;
  private readonly db: PGlite;
  private readonly lock: StoreLock;

  private constructor(location: string, db: PGlite, lock: StoreLock) {
    this.location = location;
    this.db = db;
    this.lock = lock;
  }

  static async open(dir: string, options: { command?: string } = {}): Promise<PgliteDatabase> {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (cause) {
      throw new TesseraError("TESSERA_STORE_UNAVAILABLE", `${dir}: cannot create the store folder`, {
        input: dir,
        cause,
      });
    }
    const lock = acquireStoreLock(dir, options.command ?? process.argv.slice(1).join(" "));
    try {
      const db = await PGlite.create(join(dir, "pgdata"), { extensions: { pg_trgm }, parsers: ROW_PARSERS });
      await db.exec("set timezone = 'UTC'");
      return new PgliteDatabase(dir, db, lock);
    } catch (cause) {
      lock.release();
      throw new TesseraError(
        "TESSERA_STORE_UNAVAILABLE",
        `${dir}: cannot open the embedded store (${String(cause)})`,
        {
          input: dir,
          cause,
        },
      );
    }
  }

  async query<R>(sql: string, params?: readonly unknown[]): Promise<R[]> {
    const result = await this.db.query<R>(sql, params as unknown[] | undefined);
    return result.rows;
  }

  async exec(sql: string): Promise<void> {
    await this.db.exec(sql);
  }

  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => work(wrapTransaction(tx)));
  }

  async close(): Promise<void> {
    try {
      await this.db.close();
    } finally {
      this.lock.release();
    }
  }
}
