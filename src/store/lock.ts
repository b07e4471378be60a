import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { TesseraError } from "../errors/errors.js";

/** Who holds an embedded store: written into DIR/tessera.lock by the process that opened it. */
export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  since: string;
}

export interface StoreLock {
  readonly path: string;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(path: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as LockHolder;
  } catch {
    return undefined;
  }
}

/**
 * Takes the store's lock file with an exclusive create, so two processes can never both succeed.
 * A lock left by a process that has died on this host is taken over; a live holder is named in the
 * error, never waited for.
 */
export function acquireStoreLock(dir: string, command: string): StoreLock {
  const path = join(dir, "tessera.lock");
  const me: LockHolder = { pid: process.pid, host: hostname(), command, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, `${JSON.stringify(me)}\n`);
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        const holder = readHolder(path);
        if (holder?.pid === me.pid && holder.host === me.host) unlinkSync(path);
        process.off("exit", release);
      };
      process.on("exit", release);
      return { path, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
        throw new TesseraError(
          "TESSERA_STORE_UNAVAILABLE",
          `${dir}: cannot write the lock file (${String(error)})`,
          {
            input: dir,
            cause: error,
          },
        );
      }
      const holder = readHolder(path);
      const stale =
        holder === undefined
          ? attempt > 0 // an unreadable lock may be mid-write: look twice before taking it
          : holder.host === me.host && !isAlive(holder.pid);
      if (!stale) {
        if (holder === undefined) continue;
        throw new TesseraError(
          "TESSERA_STORE_LOCKED",
          `${dir}: the store is in use by process ${holder.pid} on ${holder.host} (${holder.command}, since ${holder.since}); stop it or use another --db`,
          { input: dir },
        );
      }
      try {
        unlinkSync(path);
      } catch {
        // Another process removed it first; try again.
      }
    }
  }
  throw new TesseraError("TESSERA_STORE_LOCKED", `${dir}: the store's lock file could not be taken`, {
    input: dir,
  });
}
