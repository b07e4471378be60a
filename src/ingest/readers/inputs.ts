import type { Stats } from "node:fs";
import { open, readdir, realpath, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { TesseraError } from "../../errors/errors.js";
import { inputError } from "../../errors/errors.js";
import { formatBytes } from "./reason.js";

/** The default ingestion limit per input: 50 MiB, enough for a long PDF, small enough to hold in memory. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** One input, read whole, or the reason it could not be read. */
export type CollectedInput = { origin: string; bytes: Uint8Array } | { origin: string; error: TesseraError };

export interface CollectOptions {
  /** Inputs larger than this are refused before they are read. */
  maxBytes: number;
  /** What `-` reads; process.stdin when not given. */
  stdin?: NodeJS.ReadableStream;
}

/**
 * Reads the inputs an analyst named: files as given, folders walked recursively in sorted order
 * (dotfiles and dot-folders skipped), `-` for standard input. A path that cannot be read, or a file
 * over the limit, yields an error item naming it and the walk goes on, so one bad file never hides
 * the others.
 *
 * @example
 *   for await (const input of collectInputs(["reports/", "-"], { maxBytes: DEFAULT_MAX_BYTES })) {
 *     if ("error" in input) console.error(input.error.message);
 *     else await readInput(input.origin, input.bytes);
 *   }
 */
export async function* collectInputs(
  paths: string[],
  options: CollectOptions,
): AsyncGenerator<CollectedInput> {
  for (const path of paths) {
    if (path === "-") {
      yield await readStdin(options.stdin ?? process.stdin, options.maxBytes);
      continue;
    }
    let stats: Stats;
    try {
      stats = await stat(path);
    } catch (error) {
      yield { origin: path, error: unreadable(path, error) };
      continue;
    }
    if (stats.isDirectory()) yield* walk(path, options.maxBytes, new Set());
    else if (stats.isFile()) yield await readFileWithin(path, options.maxBytes);
    else
      yield { origin: path, error: inputError("TESSERA_UNREADABLE", path, "not a regular file or folder") };
  }
}

/** The file endings a folder walk picks up. */
export const REPORT_EXTENSIONS: ReadonlySet<string> = new Set([
  ".txt",
  ".text",
  ".md",
  ".html",
  ".htm",
  ".xhtml",
  ".pdf",
  ".docx",
  ".jsonl",
  ".ndjson",
]);

async function* walk(dir: string, maxBytes: number, seen: Set<string>): AsyncGenerator<CollectedInput> {
  // A symbolic link back up the tree would otherwise make the walk endless.
  let real: string;
  let names: string[];
  try {
    real = await realpath(dir);
    names = await readdir(dir);
  } catch (error) {
    yield { origin: dir, error: unreadable(dir, error) };
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  // Code-unit order, not locale order, so that the same folder is read the same way on every machine.
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    if (name.startsWith(".")) continue;
    const path = join(dir, name);
    let stats: Stats;
    try {
      stats = await stat(path);
    } catch (error) {
      yield { origin: path, error: unreadable(path, error) };
      continue;
    }
    if (stats.isDirectory()) yield* walk(path, maxBytes, seen);
    else if (stats.isFile() && REPORT_EXTENSIONS.has(extname(name).toLowerCase()))
      yield await readFileWithin(path, maxBytes);
    // Files named on the command line are always read; inside a folder only report files are, so
    // a folder's manifests, images and spreadsheets are not mistaken for reports.
    // Sockets, FIFOs and devices inside a folder are not reports; reading a FIFO would block forever.
  }
}

/** Checks the size on the open handle before reading, so an oversized file is never loaded into memory. */
async function readFileWithin(path: string, maxBytes: number): Promise<CollectedInput> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, "r");
    const { size } = await handle.stat();
    if (size > maxBytes) return { origin: path, error: tooLarge(path, size, maxBytes) };
    const bytes = await handle.readFile();
    // The file may have grown between the check and the read.
    if (bytes.length > maxBytes) return { origin: path, error: tooLarge(path, bytes.length, maxBytes) };
    return { origin: path, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
  } catch (error) {
    return { origin: path, error: unreadable(path, error) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Standard input has no size to check first, so the limit is enforced while reading. */
async function readStdin(stream: NodeJS.ReadableStream, maxBytes: number): Promise<CollectedInput> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk);
      total += buffer.length;
      if (total > maxBytes) {
        return {
          origin: "-",
          error: inputError(
            "TESSERA_TOO_LARGE",
            "-",
            `standard input is larger than the ${formatBytes(maxBytes)} ingestion limit`,
          ),
        };
      }
      chunks.push(buffer);
    }
  } catch (error) {
    return { origin: "-", error: unreadable("-", error) };
  }
  const bytes = Buffer.concat(chunks);
  return { origin: "-", bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
}

function tooLarge(path: string, size: number, maxBytes: number): TesseraError {
  let shown = formatBytes(size);
  let limit = formatBytes(maxBytes);
  // Rounded sizes can read the same ("50 MiB over the 50 MiB limit"); exact counts cannot.
  if (shown === limit) {
    shown = `${size} bytes`;
    limit = `${maxBytes}-byte`;
  }
  return inputError("TESSERA_TOO_LARGE", path, `file is ${shown}, over the ${limit} ingestion limit`);
}

const REASONS: Record<string, string> = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a folder, not a file",
  ENOTDIR: "a part of the path is not a folder",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "path too long",
};

function unreadable(path: string, error: unknown): TesseraError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = (code && REASONS[code]) ?? (code ? `cannot be read (${code})` : "cannot be read");
  return inputError("TESSERA_UNREADABLE", path, reason, error);
}
