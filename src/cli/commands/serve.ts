import type { Command } from "commander";
import { loadConfig } from "../../config/config.js";
import { startServer } from "../../http/server.js";
import { openStore } from "../../store/open-store.js";
import { dbOption, intOption, nerModelOption, print } from "../context.js";

/** Resolves when the process is asked to stop (Ctrl-C, or a service manager's SIGTERM). */
export function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}

export function serveCommand(program: Command): void {
  program
    .command("serve")
    .description("serve the workbench (web UI and HTTP API) on a store; the store stays locked while it runs")
    .addOption(dbOption())
    .option("--port <n>", "port to listen on (0: any free port)", intOption("--port"), 7777)
    .option("--host <address>", "address to listen on", "127.0.0.1")
    .addOption(nerModelOption())
    .action(async (options: { db?: string; port: number; host: string; nerModel?: string }) => {
      const config = loadConfig({ db: options.db, nerModel: options.nerModel });
      // The embedded store's lock is held for the server's lifetime: one process per store.
      const db = await openStore(config.store, { command: "tessera serve" });
      try {
        const server = await startServer(db, {
          port: options.port,
          host: options.host,
          nerModel: config.nerModel,
        });
        print(`Tessera workbench: ${server.url}  (store: ${db.location}; Ctrl-C to stop)`);
        await untilStopped();
        await server.close();
      } finally {
        await db.close();
      }
    });
}
