import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { acquireStoreLock } from "./lock.js";

const dir = mkdtempSync(join(tmpdir(), "tessera-lock-"));
after(() => rmSync(dir, { recursive: true, force: true }));

test("a held lock names its holder; releasing frees it", () => {
  const lock = acquireStoreLock(dir, "tessera serve");
  const holder = JSON.parse(readFileSync(lock.path, "utf8"));
  assert.equal(holder.pid, process.pid);
  assert.equal(holder.command, "tessera serve");
  assert.throws(
    () => acquireStoreLock(dir, "tessera ingest"),
    (error: Error & { code?: string }) =>
      error.code === "TESSERA_STORE_LOCKED" &&
      error.message.includes(`process ${process.pid}`) &&
      error.message.includes("tessera serve"),
  );
  lock.release();
  acquireStoreLock(dir, "tessera ingest").release();
});

test("a lock left by a dead process on this host is taken over", () => {
  // PIDs are below 2^22 on Linux; this one cannot be alive.
  writeFileSync(
    join(dir, "tessera.lock"),
    JSON.stringify({ pid: 2 ** 22 + 7, host: hostname(), command: "crashed", since: "2015-06-26T00:00:00Z" }),
  );
  const lock = acquireStoreLock(dir, "tessera demo");
  assert.equal(JSON.parse(readFileSync(lock.path, "utf8")).command, "tessera demo");
  lock.release();
});

test("a lock held on another host is never taken over", () => {
  writeFileSync(
    join(dir, "tessera.lock"),
    JSON.stringify({ pid: 1, host: "elsewhere", command: "tessera serve", since: "2015-06-26T00:00:00Z" }),
  );
  assert.throws(() => acquireStoreLock(dir, "tessera demo"), /in use by process 1 on elsewhere/);
  rmSync(join(dir, "tessera.lock"));
});
