import pg from "pg";
import { TesseraError } from "../errors/errors.js";
import { type Database, type Queryable, ROW_PARSERS } from "./database.js";

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Splits `?schema=NAME` off a postgres:// URL; the rest goes to the driver. */
export function parsePostgresUrl(url: string): { connectionString: string; schema: string; display: string } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? "public";
  if (!SCHEMA_NAME.test(schema)) {
    throw new TesseraError(
      "TESSERA_INVALID_INPUT",
      `${url}: schema "${schema}" is not a plain lower-case name`,
      {
        input: url,
      },
    );
  }
  parsed.searchParams.delete("schema");
  const display = new URL(parsed.toString());
  if (display.password) display.password = "***";
  return { connectionString: parsed.toString(), schema, display: display.toString() };
}

function typeParser(oid: number, format?: string): (text: string) => unknown {
  const parser = ROW_PARSERS[oid];
  if (parser && format !== "binary") return parser;
  return pg.types.getTypeParser(oid, format as "text") as (text: string) => unknown;
}

function wrapClient(client: pg.PoolClient | pg.Pool): Queryable {
  return {
    async query<R>(sql: string, params?: readonly unknown[]) {
      const result = await client.query(sql, params as unknown[] | undefined);
      return result.rows as R[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

/** Team mode: a PostgreSQL server reached by URL, tables in the URL's `schema` (default public). */
export class PostgresDatabase implements Database {
  readonly engine = "postgres" as const;
  readonly location: string;
  readonly schema: string;
  private readonly pool: pg.Pool;
  private readonly direct: Queryable;

  private constructor(location: string, schema: string, pool: pg.Pool) {
    this.location = location;
    this.schema = schema;
    this.pool = pool;
    this.direct = wrapClient(pool);
  }

  static async open(url: string): Promise<PostgresDatabase> {
    const { connectionString, schema, display } = parsePostgresUrl(url);
    const pool = new pg.Pool({
      connectionString,
      max: 4,
      // Sessions run in UTC and find Tessera's tables first, extensions (pg_trgm) in public.
      options: `-c timezone=UTC -c search_path=${schema},public`,
      types: { getTypeParser: typeParser as typeof pg.types.getTypeParser },
    });
    pool.on("error", () => {
      // An idle client lost its connection; the next query reports the problem.
    });
    try {
      if (schema !== "public") await pool.query(`create schema if not exists ${schema}`);
      else await pool.query("select 1");
    } catch (cause) {
      await pool.end().catch(() => undefined);
      throw new TesseraError(
        "TESSERA_STORE_UNAVAILABLE",
        `${display}: cannot connect to PostgreSQL (${(cause as Error).message})`,
        { input: display, cause },
      );
    }
    return new PostgresDatabase(display, schema, pool);
  }

  query<R>(sql: string, params?: readonly unknown[]): Promise<R[]> {
    return this.direct.query<R>(sql, params);
  }

  exec(sql: string): Promise<void> {
    return this.direct.exec(sql);
  }

  async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("begin");
      const result = await work(wrapClient(client));
      await client.query("commit");
      return result;
    } catch (error) {
      await client.query("rollback").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
