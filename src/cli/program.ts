import { Command, CommanderError } from "commander";
import { describeError, isTesseraError } from "../errors/errors.js";
import { aliasCommand } from "./commands/alias.js";
import { conflictsCommand } from "./commands/conflicts.js";
import { copresenceCommand } from "./commands/copresence.js";
import { demoCommand } from "./commands/demo.js";
import { distinctCommand } from "./commands/distinct.js";
import { documentsCommand } from "./commands/documents.js";
import { entitiesCommand } from "./commands/entities.js";
import { ingestCommand } from "./commands/ingest.js";
import { mergeCommand } from "./commands/merge.js";
import { neighborsCommand } from "./commands/neighbors.js";
import { pathCommand } from "./commands/path.js";
import { resolveCommand } from "./commands/resolve.js";
import { reviewCommand } from "./commands/review.js";
import { searchCommand } from "./commands/search.js";
import { serveCommand } from "./commands/serve.js";
import { showCommand } from "./commands/show.js";
import { splitCommand } from "./commands/split.js";
import { statementsCommand } from "./commands/statements.js";
import { timelineCommand } from "./commands/timeline.js";

export function buildProgram(): Command {
  const program = new Command()
    .name("tessera")
    .description("Tessera — turn reports of political violence into a knowledge graph with provenance")
    .version("0.1.0")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  for (const add of [
    demoCommand,
    ingestCommand,
    documentsCommand,
    entitiesCommand,
    showCommand,
    statementsCommand,
    searchCommand,
    serveCommand,
    conflictsCommand,
    copresenceCommand,
    pathCommand,
    neighborsCommand,
    timelineCommand,
    resolveCommand,
    reviewCommand,
    mergeCommand,
    splitCommand,
    distinctCommand,
    aliasCommand,
  ]) {
    add(program);
  }
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs the CLI on `argv` (as in process.argv) and returns the exit status. */
export async function runCli(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are exits with status 0; usage mistakes were already printed by commander.
      return error.exitCode === 0 ? 0 : 2;
    }
    process.stderr.write(`tessera: ${describeError(error)}\n`);
    if (!isTesseraError(error) && process.env.TESSERA_DEBUG) console.error(error);
    return isTesseraError(error) ? error.exitCode : 1;
  }
}
