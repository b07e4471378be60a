import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const MAIN = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));

export interface ServedWorkbench {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Runs `tessera serve` as a user would, in a child process on a free port, and waits for its address. */
export function serveWorkbench(db: string): Promise<ServedWorkbench> {
  return runUntilServing(["serve", "--db", db, "--port", "0", "--host", "127.0.0.1"]);
}

/** Runs a tessera command that ends by serving (serve, demo) and waits for the address it prints. */
export function runUntilServing(args: string[]): Promise<ServedWorkbench & { output(): string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", MAIN, ...args], {
      env: { ...process.env, TESSERA_DB: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    const stop = () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
      });
    child.stdout!.on("data", (d) => {
      out += d;
      const found = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (found) resolve({ url: found[1]!, child, stop, output: () => out });
    });
    child.stderr!.on("data", (d) => {
      err += d;
    });
    child.on("exit", (code) => reject(new Error(`tessera serve exited with ${code}: ${err}`)));
    child.on("error", reject);
  });
}
