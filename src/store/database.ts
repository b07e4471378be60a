/**
 * The one seam to the database. Both engines — PGlite embedded in a data directory and a PostgreSQL
 * server — implement it, and every SQL statement in Tessera goes through it. Repository functions
 * take a `Queryable` (the database or an open transaction) as their first argument; the caller owns
 * the transaction.
 */
export interface Queryable {
  /** Runs one parameterised statement and returns its rows. */
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export type Engine = "pglite" | "postgres";

export interface Database extends Queryable {
  readonly engine: Engine;
  /** The data directory or the server URL with any password removed. */
  readonly location: string;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** PostgreSQL type OIDs whose text form both engines parse the same way. */
export const TYPE_OIDS = {
  int8: 20,
  numeric: 1700,
  date: 1082,
  timestamp: 1114,
  timestamptz: 1184,
} as const;

/** Timestamps come back as ISO strings in UTC on both engines (sessions run with timezone UTC). */
export function parseTimestamp(text: string): string {
  const iso = text.replace(" ", "T").replace(/([+-]\d\d)$/, "$1:00");
  const date = new Date(iso.endsWith("Z") || /[+-]\d\d:\d\d$/.test(iso) ? iso : `${iso}Z`);
  return Number.isNaN(date.getTime()) ? text : date.toISOString();
}

/** Parsers applied by both engines, so rows look the same whichever engine produced them. */
export const ROW_PARSERS: Record<number, (text: string) => unknown> = {
  [TYPE_OIDS.int8]: (t) => Number(t),
  [TYPE_OIDS.numeric]: (t) => Number(t),
  [TYPE_OIDS.date]: (t) => t,
  [TYPE_OIDS.timestamp]: parseTimestamp,
  [TYPE_OIDS.timestamptz]: parseTimestamp,
};
