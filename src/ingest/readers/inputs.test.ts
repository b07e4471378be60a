import assert from "node:assert/strict";
import { chmod, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { after, before, describe, test } from "node:test";
import type { CollectedInput } from "./inputs.js";
import { collectInputs, DEFAULT_MAX_BYTES } from "./inputs.js";

async function collect(
  paths: string[],
  options: Parameters<typeof collectInputs>[1],
): Promise<CollectedInput[]> {
  const items: CollectedInput[] = [];
  for await (const item of collectInputs(paths, options)) items.push(item);
  return items;
}

function summary(items: CollectedInput[]): string[] {
  return items.map((item) =>
    "error" in item ? `${item.origin} ! ${item.error.code}` : `${item.origin} = ${Buffer.from(item.bytes)}`,
  );
}

describe("collectInputs", () => {
  let root: string;
  const max = { maxBytes: 1024 };

  before(async () => {
    root = await mkdtemp(join(tmpdir(), "tessera-inputs-"));
    await mkdir(join(root, "reports", "b-folder"), { recursive: true });
    await mkdir(join(root, "reports", ".git"), { recursive: true });
    await writeFile(join(root, "reports", "c.txt"), "c");
    await writeFile(join(root, "reports", "a.txt"), "a");
    await writeFile(join(root, "reports", "B.txt"), "B");
    await writeFile(join(root, "reports", "b-folder", "inner.txt"), "inner");
    await writeFile(join(root, "reports", ".hidden.txt"), "hidden");
    await writeFile(join(root, "reports", ".git", "config"), "git");
    await writeFile(join(root, "single.txt"), "single");
  });

  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  test("DEFAULT_MAX_BYTES is 50 MiB", () => {
    assert.equal(DEFAULT_MAX_BYTES, 50 * 1024 * 1024);
  });

  test("walks folders recursively in sorted order, skipping dotfiles and dot-folders", async () => {
    const items = await collect([join(root, "reports")], max);
    assert.deepEqual(
      summary(items).map((line) => line.slice(root.length + 1)),
      ["reports/B.txt = B", "reports/a.txt = a", "reports/b-folder/inner.txt = inner", "reports/c.txt = c"],
    );
  });

  test("gives files in the order they were named, folders and files mixed", async () => {
    const items = await collect([join(root, "single.txt"), join(root, "reports", "b-folder")], max);
    assert.deepEqual(summary(items), [
      `${join(root, "single.txt")} = single`,
      `${join(root, "reports", "b-folder", "inner.txt")} = inner`,
    ]);
  });

  test("reads a dotfile named explicitly", async () => {
    const items = await collect([join(root, "reports", ".hidden.txt")], max);
    assert.deepEqual(summary(items), [`${join(root, "reports", ".hidden.txt")} = hidden`]);
  });

  test("a missing path yields an error naming it, and the walk goes on", async () => {
    const missing = join(root, "nope.pdf");
    const items = await collect([missing, join(root, "single.txt")], max);
    assert.equal(items.length, 2);
    const [first, second] = items;
    assert.ok(first && "error" in first);
    assert.equal(first.error.code, "TESSERA_UNREADABLE");
    assert.equal(first.error.message, `${missing}: no such file or folder`);
    assert.ok(second && "bytes" in second);
  });

  test("an unreadable file inside a folder yields an error and the other files still come", async (t) => {
    if (process.getuid?.() === 0) {
      t.skip("root reads files whatever their mode");
      return;
    }
    const dir = join(root, "locked");
    await mkdir(dir);
    await writeFile(join(dir, "a.txt"), "a");
    await writeFile(join(dir, "b.txt"), "b");
    await chmod(join(dir, "a.txt"), 0o000);
    const items = await collect([dir], max);
    assert.deepEqual(summary(items), [
      `${join(dir, "a.txt")} ! TESSERA_UNREADABLE`,
      `${join(dir, "b.txt")} = b`,
    ]);
  });

  test("a broken symbolic link inside a folder yields an error and the walk goes on", async () => {
    const dir = join(root, "dangling");
    await mkdir(dir);
    await symlink(join(dir, "gone.txt"), join(dir, "a.txt"));
    await writeFile(join(dir, "b.txt"), "b");
    const items = await collect([dir], max);
    assert.deepEqual(summary(items), [
      `${join(dir, "a.txt")} ! TESSERA_UNREADABLE`,
      `${join(dir, "b.txt")} = b`,
    ]);
    assert.ok(items[0] && "error" in items[0]);
    assert.equal(items[0].error.message, `${join(dir, "a.txt")}: no such file or folder`);
  });

  test("a file over the limit is refused with its size and the limit, without being read", async () => {
    // A sparse 200 MB file: reading it would allocate 200 MB, which the memory check below would see.
    const big = join(root, "big.pdf");
    await writeFile(big, "");
    await truncate(big, 200 * 1024 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    const items = await collect([big, join(root, "single.txt")], { maxBytes: DEFAULT_MAX_BYTES });
    const grown = process.memoryUsage().arrayBuffers - before;
    assert.ok(grown < 50 * 1024 * 1024, `read ${grown} bytes into memory`);
    const [first, second] = items;
    assert.ok(first && "error" in first);
    assert.equal(first.error.code, "TESSERA_TOO_LARGE");
    assert.equal(first.error.message, `${big}: file is 200 MiB, over the 50 MiB ingestion limit`);
    assert.ok(second && "bytes" in second);
    await rm(big);
  });

  test("a file past 2 GiB, which Node could not even read whole, is refused by size", async () => {
    const huge = join(root, "huge.txt");
    await writeFile(huge, "");
    await truncate(huge, 3 * 1024 * 1024 * 1024);
    const items = await collect([huge], { maxBytes: DEFAULT_MAX_BYTES });
    assert.ok(items[0] && "error" in items[0]);
    assert.equal(items[0].error.code, "TESSERA_TOO_LARGE");
    assert.match(items[0].error.message, /file is 3 GiB, over the 50 MiB ingestion limit$/);
    await rm(huge);
  });

  test("sizes that round alike are given exactly", async () => {
    const file = join(root, "edge.txt");
    await writeFile(file, "x".repeat(1025));
    const items = await collect([file], { maxBytes: 1024 });
    assert.ok(items[0] && "error" in items[0]);
    assert.equal(items[0].error.message, `${file}: file is 1025 bytes, over the 1024-byte ingestion limit`);
    await rm(file);
  });

  test("a file exactly at the limit is read", async () => {
    const file = join(root, "exact.txt");
    await writeFile(file, "x".repeat(1024));
    const items = await collect([file], { maxBytes: 1024 });
    assert.ok(items[0] && "bytes" in items[0]);
    assert.equal(items[0].bytes.length, 1024);
    await rm(file);
  });

  test("`-` reads standard input", async () => {
    const stdin = Readable.from([Buffer.from("from "), Buffer.from("stdin")]);
    const items = await collect(["-"], { ...max, stdin });
    assert.deepEqual(summary(items), ["- = from stdin"]);
  });

  test("standard input over the limit is refused", async () => {
    const stdin = Readable.from([Buffer.alloc(600), Buffer.alloc(600)]);
    const items = await collect(["-", join(root, "single.txt")], { ...max, stdin });
    assert.ok(items[0] && "error" in items[0]);
    assert.equal(items[0].error.code, "TESSERA_TOO_LARGE");
    assert.equal(items[0].error.message, "-: standard input is larger than the 1 KiB ingestion limit");
    assert.equal(items.length, 2);
  });

  test("a symbolic link back up the tree does not make the walk endless", async () => {
    const dir = join(root, "loop");
    await mkdir(dir);
    await writeFile(join(dir, "a.txt"), "a");
    await symlink(dir, join(dir, "again"));
    const items = await collect([dir], max);
    assert.deepEqual(summary(items), [`${join(dir, "a.txt")} = a`]);
  });

  test("an empty folder yields nothing", async () => {
    const dir = join(root, "empty");
    await mkdir(dir);
    assert.deepEqual(await collect([dir], max), []);
  });
});
