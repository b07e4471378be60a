import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { runTessera } from "./support/cli.js";

const SAMPLES = new URL("../samples/demo/", import.meta.url).pathname;

describe("the query CLI", () => {
  let dir: string;
  let db: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "tessera-query-"));
    db = join(dir, "store");
    const run = await runTessera([
      "ingest",
      "--db",
      db,
      "--json",
      join(SAMPLES, "05-sousse-toll-rises.html"),
      join(SAMPLES, "06-sousse-gunman-libya.html"),
      join(SAMPLES, "batch.jsonl"),
    ]);
    assert.equal(run.status, 0, run.stderr);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test("every verb answers --help with its usage", async () => {
    for (const verb of ["demo", "ingest", "documents", "entities", "show", "statements", "search"]) {
      const run = await runTessera([verb, "--help"]);
      assert.equal(run.status, 0, `${verb}: ${run.stderr}`);
      assert.match(run.stdout, new RegExp(`Usage: tessera ${verb}`));
      if (verb !== "demo") assert.match(run.stdout, /--db/);
      assert.match(run.stdout, /--json/);
    }
  });

  test("documents --json lists each report with its source, grade, date and counts", async () => {
    const run = await runTessera(["documents", "--db", db, "--json"]);
    assert.equal(run.status, 0, run.stderr);
    const { documents } = JSON.parse(run.stdout);
    assert.equal(documents.length, 5);
    const wire = documents.find((d: { title: string }) => /toll rises to 39/.test(d.title));
    assert.equal(wire.source.name, "Maghreb Wire");
    assert.equal(wire.published, "2015-06-27");
    assert.ok(wire.statementCount > 0);
    assert.ok(wire.mentionCount > 0);
  });

  test("entities --json has the promised keys; --type filters", async () => {
    const run = await runTessera(["entities", "--db", db, "--json", "--type", "person"]);
    assert.equal(run.status, 0, run.stderr);
    const { entities } = JSON.parse(run.stdout);
    assert.ok(entities.length > 0);
    for (const e of entities) {
      assert.equal(e.type, "person");
      for (const key of ["id", "type", "name", "aliases", "mentionCount", "documentCount"])
        assert.ok(key in e, key);
    }
    const rezgui = entities.find((e: { name: string }) => /Rezgui/.test(e.name));
    assert.ok(rezgui, "the Sousse gunman is a person entity");
    assert.ok(rezgui.documentCount >= 2);
  });

  test("show finds an entity by any spelling and gives its names with sightings and its statements", async () => {
    const run = await runTessera(["show", "rezgui", "--db", db, "--json"]);
    assert.equal(run.status, 0, run.stderr);
    const profile = JSON.parse(run.stdout);
    assert.match(profile.entity.name, /Rezgui/);
    assert.ok(profile.aliases.some((a: { documents: unknown[] }) => a.documents.length > 0));
    const text = await runTessera(["show", "rezgui", "--db", db]);
    assert.match(text.stdout, /Names:/);
    assert.match(text.stdout, /Statements \(\d+\):/);
    const missing = await runTessera(["show", "Nobody Known", "--db", db]);
    assert.equal(missing.status, 4);
    assert.match(missing.stderr, /^tessera: Nobody Known: no entity has this id or name/);
  });

  test("statements --json: declared predicates only, each with evidence that points at its sentence", async () => {
    const run = await runTessera(["statements", "--db", db, "--json"]);
    assert.equal(run.status, 0, run.stderr);
    const { statements } = JSON.parse(run.stdout);
    assert.ok(statements.length > 5);
    const { PREDICATE_NAMES } = await import("../src/model/predicates.js");
    for (const s of statements) {
      assert.ok((PREDICATE_NAMES as string[]).includes(s.predicate), s.predicate);
      for (const key of [
        "id",
        "subject",
        "predicate",
        "object",
        "value",
        "time",
        "credibility",
        "marking",
        "evidence",
      ]) {
        assert.ok(key in s, key);
      }
      assert.ok(s.evidence.length > 0);
      for (const e of s.evidence) {
        for (const key of ["documentId", "sentence", "start", "end", "quote"]) assert.ok(key in e, key);
        assert.equal(e.end - e.start, e.quote.length);
      }
    }
    const killed = await runTessera(["statements", "--db", db, "--json", "--predicate", "killed"]);
    const tolls = JSON.parse(killed.stdout).statements.map((s: { value: number }) => s.value);
    assert.ok(tolls.includes(39), `the Sousse toll of 39 is read: ${tolls}`);
  });

  test("search ranks documents with snippets and finds names by trigrams", async () => {
    const run = await runTessera(["search", "Sabratha", "camp", "--db", db, "--json"]);
    assert.equal(run.status, 0, run.stderr);
    const found = JSON.parse(run.stdout);
    assert.ok(found.documents.length >= 1);
    assert.match(found.documents[0].snippet, /«/);
    const names = await runTessera(["search", "Seifedine", "--db", db, "--json"]);
    assert.ok(JSON.parse(names.stdout).entities.some((e: { name: string }) => /Seif/.test(e.name)));
  });
});
