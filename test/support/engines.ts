import { rmSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { Database } from "../../src/store/database.js";
import { openStore } from "../../src/store/open-store.js";

export interface TestEngine {
  name: "pglite" | "postgres";
  /** A location for a fresh, empty store (a temp folder or a URL with a fresh schema). */
  location(): Promise<string>;
  open(location?: string): Promise<Database>;
  cleanup(): Promise<void>;
}

// initdb and the migrations take seconds on PGlite; a migrated template is made once per test
// process and copied for each fresh store.
let template: Promise<string> | undefined;

function pgliteTemplate(): Promise<string> {
  template ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), "tessera-template-"));
    const db = await openStore(dir, { command: "tessera test template" });
    await db.close();
    process.on("exit", () => {
      try {
        rmSync(dir, { recursive: true, force: true });
      } catch {
        // best effort
      }
    });
    return dir;
  })();
  return template;
}

function pgliteEngine(): TestEngine {
  const dirs: string[] = [];
  return {
    name: "pglite",
    async location() {
      const dir = await mkdtemp(join(tmpdir(), "tessera-test-"));
      dirs.push(dir);
      await cp(await pgliteTemplate(), dir, { recursive: true });
      return dir;
    },
    async open(location) {
      return openStore(location ?? (await this.location()), { command: "tessera test" });
    },
    async cleanup() {
      await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
    },
  };
}

function postgresEngine(url: string): TestEngine {
  const schemas: string[] = [];
  return {
    name: "postgres",
    async location() {
      const schema = `tessera_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      schemas.push(schema);
      const u = new URL(url);
      u.searchParams.set("schema", schema);
      return u.toString();
    },
    async open(location) {
      return openStore(location ?? (await this.location()));
    },
    async cleanup() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        for (const s of schemas) await client.query(`drop schema if exists ${s} cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * The engines the store suite runs on: PGlite always, and the PostgreSQL server named by
 * TESSERA_TEST_DATABASE_URL when it is set (CI sets it).
 */
export function testEngines(): TestEngine[] {
  const url = process.env.TESSERA_TEST_DATABASE_URL;
  return url ? [pgliteEngine(), postgresEngine(url)] : [pgliteEngine()];
}
