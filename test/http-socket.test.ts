import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { startServer } from "../src/http/server.js";
import type { Database } from "../src/store/database.js";
import { testEngines } from "./support/engines.js";

const [engine] = testEngines();
let db: Database;
let server: { url: string; close(): Promise<void> };

before(async () => {
  db = await engine!.open();
  server = await startServer(db, { port: 0, host: "127.0.0.1" });
});
after(async () => {
  await server.close();
  await db.close();
  await engine!.cleanup();
});

test("over a real socket on 127.0.0.1: the API answers, and every other page is the UI with a strict CSP", async () => {
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  const meta = await fetch(new URL("/api/meta", server.url));
  assert.equal(meta.status, 200);
  assert.equal((await meta.json()).counts.statements, 0);
  const page = await fetch(new URL("/entities/ent_anything", server.url));
  assert.equal(page.status, 200);
  assert.match(page.headers.get("content-type") ?? "", /text\/html/);
  assert.match(page.headers.get("content-security-policy") ?? "", /default-src 'self'/);
  const missing = await fetch(new URL("/api/entities/ent_nope", server.url));
  assert.equal(missing.status, 404);
});
