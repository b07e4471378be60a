import assert from "node:assert/strict";
import { mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { acquireStoreLock } from "../src/store/lock.js";
import { makeDocx } from "./fixtures/readers/make-docx.js";
import { makePdf } from "./fixtures/readers/make-pdf.js";
import { runTessera } from "./support/cli.js";

const GOOD =
  "Gunmen attacked the Bardo National Museum in Tunis on Wednesday. Officials said 21 people were killed, most of them foreign tourists.";
const SECOND =
  "The death toll from Friday's attack in Sousse rose to 39, most of them British tourists. The gunman, Seifeddine Rezgui, was shot dead by police.";

describe("tessera ingest, end to end", () => {
  let dir: string;
  let db: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "tessera-cli-"));
    db = join(dir, "store");
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test("a batch with every kind of bad input: each failure is one line naming the input, the rest goes in", async () => {
    const inputs = join(dir, "inputs");
    const { mkdir } = await import("node:fs/promises");
    await mkdir(join(inputs, "nested"), { recursive: true });
    await writeFile(join(inputs, "good.txt"), GOOD);
    await writeFile(
      join(inputs, "nested", "second.html"),
      `<html><head><title>Sousse toll rises</title></head><body><article><p>${SECOND}</p></article></body></html>`,
    );
    await writeFile(join(inputs, "picture.png"), Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"));
    await writeFile(join(dir, "picture.txt"), Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"));
    await writeFile(join(dir, "empty.txt"), "  \n\n ");
    const pdf = makePdf({ pages: [["A report that will be cut short."]] });
    await writeFile(join(dir, "corrupt.pdf"), pdf.slice(0, Math.floor(pdf.length / 2)));
    await writeFile(join(dir, "corrupt.docx"), (await makeDocx({ paragraphs: ["x"] })).slice(0, 60));
    await writeFile(join(dir, "latin1.txt"), Buffer.from("Caf\xe9 attack in Tunis", "latin1"));
    await writeFile(join(dir, "huge.txt"), "");
    await truncate(join(dir, "huge.txt"), 200 * 1024 * 1024);
    await writeFile(
      join(dir, "batch.jsonl"),
      [
        JSON.stringify({
          text: "ISIS claimed responsibility for the March attack on the Bardo National Museum.",
          source: "Maghreb Wire",
          reliability: "B",
          published: "2015-03-19",
        }),
        "{this is not json",
        JSON.stringify({ text: "A line with a bad date.", published: "2015-13-45" }),
        JSON.stringify({ text: "A line with a bad grade.", reliability: "Z" }),
        JSON.stringify({
          text: "Rafik Chelli told reporters that Rezgui had belonged to Ansar al-Sharia.",
          tlp: "amber",
          published: "2015-07-01",
        }),
      ].join("\n"),
    );

    const run = await runTessera([
      "ingest",
      "--db",
      db,
      "--json",
      inputs,
      join(dir, "missing.txt"),
      join(dir, "picture.txt"),
      join(dir, "empty.txt"),
      join(dir, "corrupt.pdf"),
      join(dir, "corrupt.docx"),
      join(dir, "latin1.txt"),
      join(dir, "huge.txt"),
      join(dir, "batch.jsonl"),
    ]);
    assert.equal(run.status, 3, run.stderr);
    const lines = run.stderr.trim().split("\n");
    const expected: [RegExp, RegExp][] = [
      [/missing\.txt:/, /no such file|does not exist|cannot be read|not found/i],
      [/picture\.txt:/, /PNG/],
      [/empty\.txt:/, /empty|no text/i],
      [/corrupt\.pdf:/, /PDF/],
      [/corrupt\.docx:/, /DOCX|Word|ZIP/i],
      [/latin1\.txt:/, /UTF-8/],
      [/huge\.txt:/, /200(\.0)? MiB|larger|too large/i],
      [/batch\.jsonl:2:/, /JSON/],
      [/batch\.jsonl:3:/, /published date "2015-13-45" is not a date/],
      [/batch\.jsonl:4:/, /reliability "Z" is not a grade/],
    ];
    assert.equal(lines.length, expected.length, run.stderr);
    for (const [input, problem] of expected) {
      const line = lines.find((l) => input.test(l));
      assert.ok(line, `a line for ${input}: ${run.stderr}`);
      assert.match(line, problem);
    }
    const report = JSON.parse(run.stdout) as {
      documents: { path: string; status: string; id: string | null; entities: number; statements: number }[];
    };
    for (const doc of report.documents) {
      assert.deepEqual(
        Object.keys(doc).filter((k) =>
          ["path", "id", "title", "status", "entities", "statements"].includes(k),
        ).length,
        6,
      );
    }
    const ingested = report.documents.filter((d) => d.status === "ingested");
    assert.deepEqual(
      ingested.map((d) => d.path.replace(dir, "")).sort(),
      ["/batch.jsonl:1", "/batch.jsonl:5", "/inputs/good.txt", "/inputs/nested/second.html"],
      "the picture.png inside the folder is skipped, everything good goes in",
    );
    assert.equal(report.documents.filter((d) => d.status === "failed").length, expected.length);

    // Nothing of the failed inputs is in the store.
    const docs = await runTessera(["documents", "--db", db, "--json"]);
    assert.equal(docs.status, 0, docs.stderr);
    const stored = JSON.parse(docs.stdout) as {
      documents: {
        id: string;
        marking: string;
        source: { name: string; reliability: string } | null;
        published: string | null;
      }[];
    };
    assert.equal(stored.documents.length, 4);
    const claim = stored.documents.find((d) => d.source?.name === "Maghreb Wire");
    assert.equal(claim?.source?.reliability, "B");
    assert.equal(claim?.published, "2015-03-19");
    assert.ok(stored.documents.some((d) => d.marking === "amber"));

    // Ingesting the same content again is recognised and changes nothing.
    const again = await runTessera(["ingest", "--db", db, "--json", join(inputs, "good.txt")]);
    assert.equal(again.status, 0, again.stderr);
    assert.equal(JSON.parse(again.stdout).documents[0].status, "unchanged");
  });

  test("bad options are refused before anything is read, with one line naming the option", async () => {
    for (const [option, value, problem] of [
      ["--published", "2015-02-30", /--published: published date "2015-02-30" is not a date/],
      ["--reliability", "G", /--reliability: reliability "G" is not a grade A to F/],
      ["--url", "not a url", /--url: URL "not a url" is not an absolute URL/],
    ] as const) {
      const run = await runTessera(["ingest", "--db", join(dir, "unused"), option, value, "-"], {
        stdin: GOOD,
      });
      assert.equal(run.status, 2, `${option}: ${run.stderr}`);
      assert.equal(run.stderr.trim().split("\n").length, 1);
      assert.match(run.stderr, problem);
    }
    const tlp = await runTessera(["ingest", "--db", join(dir, "unused"), "--tlp", "purple", "-"], {
      stdin: GOOD,
    });
    assert.equal(tlp.status, 2);
    assert.match(tlp.stderr, /purple/);
  });

  test("standard input is a report, with the options as its metadata", async () => {
    const store = join(dir, "stdin-store");
    const run = await runTessera(
      [
        "ingest",
        "--db",
        store,
        "--json",
        "--title",
        "From stdin",
        "--source",
        "Coastal Courier",
        "--reliability",
        "D",
        "--published",
        "2015-06-27",
        "--tlp",
        "green",
        "-",
      ],
      { stdin: SECOND },
    );
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, "", "no progress bar when stderr is not a terminal");
    const [doc] = JSON.parse(run.stdout).documents;
    assert.equal(doc.status, "ingested");
    assert.equal(doc.title, "From stdin");
    const shown = await runTessera(["documents", "--db", store, "--json"]);
    const [stored] = JSON.parse(shown.stdout).documents;
    assert.equal(stored.source.reliability, "D");
    assert.equal(stored.marking, "green");
  });

  test("a second process on an embedded store is told who holds it", async () => {
    const store = join(dir, "locked-store");
    const { mkdir } = await import("node:fs/promises");
    await mkdir(store, { recursive: true });
    const lock = acquireStoreLock(store, "tessera serve --port 7777");
    try {
      const run = await runTessera(["entities", "--db", store]);
      assert.equal(run.status, 5);
      assert.match(run.stderr, new RegExp(`in use by process ${process.pid} .*tessera serve --port 7777`));
      assert.equal(run.stderr.trim().split("\n").length, 1);
    } finally {
      lock.release();
    }
    const free = await runTessera(["entities", "--db", store, "--json"]);
    assert.equal(free.status, 0, free.stderr);
  });
});
