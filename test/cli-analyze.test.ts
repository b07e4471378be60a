import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { runTessera } from "./support/cli.js";

const SAMPLES = new URL("../samples/demo/", import.meta.url).pathname;
const REPORTS = [
  "01-bardo-museum-gunmen.html",
  "02-bardo-attackers-named.html",
  "03-bardo-okba-brigade.html",
  "04-sousse-live-updates.html",
  "05-sousse-toll-rises.html",
  "06-sousse-gunman-libya.html",
  "07-analysis-libya-pipeline.html",
  "08-sabratha-air-strike.html",
  "batch.jsonl",
];

interface Ref {
  id: string;
  name: string;
  type: string;
}

const isRef = (r: Ref) =>
  typeof r.id === "string" && typeof r.name === "string" && typeof r.type === "string";

async function json(args: string[]) {
  const run = await runTessera([...args, "--json"]);
  assert.equal(run.status, 0, `${args.join(" ")}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

describe("the analysis CLI", () => {
  let dir: string;
  let db: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "tessera-analyze-"));
    db = join(dir, "store");
    const run = await runTessera(["ingest", "--db", db, "--json", ...REPORTS.map((r) => join(SAMPLES, r))]);
    assert.equal(run.status, 0, run.stderr);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test("every analysis verb answers --help with its usage, --db and --json", async () => {
    for (const verb of ["conflicts", "copresence", "path", "neighbors", "timeline"]) {
      const run = await runTessera([verb, "--help"]);
      assert.equal(run.status, 0, `${verb}: ${run.stderr}`);
      assert.match(run.stdout, new RegExp(`Usage: tessera ${verb}`));
      assert.match(run.stdout, /--db/);
      assert.match(run.stdout, /--json/);
    }
  });

  test("conflicts --json: the Sousse toll, 38 vs 39, each side with its statements, sources and sentences", async () => {
    const conflicts = await json(["conflicts", "--db", db]);
    assert.ok(Array.isArray(conflicts) && conflicts.length >= 2);
    for (const c of conflicts) {
      assert.ok(isRef(c.subject), JSON.stringify(c.subject));
      assert.equal(typeof c.predicate, "string");
      assert.ok(c.values.length >= 2);
      for (const v of c.values) {
        assert.ok("value" in v);
        assert.ok(v.statements.length > 0 && v.statements.every((s: unknown) => typeof s === "string"));
        for (const s of v.sources) {
          assert.deepEqual(Object.keys(s).sort(), ["id", "name", "reliability"]);
          assert.match(s.reliability, /^[A-F]$/);
        }
        assert.ok(v.evidence.length > 0);
        for (const e of v.evidence) assert.ok(v.statements.includes(e.statementId) && e.quote.length > 0);
      }
    }
    const sousse = conflicts.find(
      (c: { predicate: string; values: { value: unknown }[] }) =>
        c.predicate === "killed" &&
        c.values.some((v) => v.value === 38) &&
        c.values.some((v) => v.value === 39),
    );
    assert.ok(sousse, "the Sousse toll is contested");
    assert.match(sousse.subject.name, /Sousse/);
    const side = (n: number) => sousse.values.find((v: { value: unknown }) => v.value === n);
    const quotes = (n: number) => side(n).evidence.map((e: { quote: string }) => e.quote);
    assert.ok(quotes(38).some((q: string) => /Officials said 38 holidaymakers were killed/.test(q)));
    assert.ok(quotes(39).some((q: string) => /death toll .* rose to 39/.test(q)));
    assert.ok(side(39).sources.some((s: { name: string }) => s.name === "Maghreb Wire"));

    const only = await json(["conflicts", "--db", db, "--entity", sousse.subject.id]);
    assert.ok(only.length >= 1 && only.every((c: { subject: Ref }) => c.subject.id === sousse.subject.id));
    const text = await runTessera(["conflicts", "--db", db]);
    assert.match(text.stdout, /killed: .*38 persons.* vs .*39 persons/);
  });

  test("copresence --json: the Sousse gunman and the Bardo attackers in Libya in early 2015", async () => {
    const found = await json(["copresence", "--db", db, "--entity", "Seifeddine Rezgui"]);
    assert.ok(found.length > 0);
    for (const c of found) {
      assert.equal(c.entities.length, 2);
      assert.ok(c.entities.every(isRef));
      assert.equal(typeof c.place.id, "string");
      assert.equal(typeof c.place.name, "string");
      assert.match(c.from, /^\d{4}-\d\d-\d\d$/);
      assert.match(c.to, /^\d{4}-\d\d-\d\d$/);
      assert.ok(c.from <= c.to);
      assert.ok(c.statements.length >= 2 && c.statements.every((s: unknown) => typeof s === "string"));
      assert.match(c.entities[0].name, /Rezgui/);
    }
    const meeting = found.find(
      (c: { entities: [Ref, Ref]; place: { name: string }; within: { name: string }[] }) =>
        /Bardo/.test(c.entities[1].name) && [c.place.name, ...c.within.map((w) => w.name)].includes("Libya"),
    );
    assert.ok(meeting, JSON.stringify(found, null, 1));
    assert.ok(meeting.from >= "2015-01-01" && meeting.from <= "2015-04-30", meeting.from);

    const bounded = await json([
      "copresence",
      "--db",
      db,
      "--place",
      "Libya",
      "--from",
      "2016",
      "--to",
      "2016",
    ]);
    assert.ok(
      bounded.every((c: { to: string }) => c.to >= "2016-01-01"),
      JSON.stringify(bounded),
    );
    const bad = await runTessera(["copresence", "--db", db, "--from", "last year"]);
    assert.notEqual(bad.status, 0);
    assert.match(bad.stderr, /--from: "last year" is not a date/);
  });

  test("path --json: each edge carries its statements and their evidence sentences", async () => {
    const paths = await json(["path", "Seifeddine Rezgui", "Libya", "--db", db, "--max-hops", "3"]);
    assert.ok(paths.length > 0);
    for (const p of paths) {
      assert.equal(p.edges.length, p.length);
      assert.equal(p.nodes.length, p.length + 1);
      assert.ok(p.nodes.every(isRef));
      p.edges.forEach((e: { from: string; to: string }, i: number) => {
        assert.deepEqual([e.from, e.to].sort(), [p.nodes[i].id, p.nodes[i + 1].id].sort());
      });
      for (const e of p.edges) {
        assert.equal(typeof e.predicate, "string");
        assert.ok(e.statements.length > 0);
        assert.ok(e.evidence.length > 0);
        for (const x of e.evidence) {
          assert.ok(e.statements.includes(x.statementId));
          assert.ok(x.quote.length > 0 && typeof x.documentId === "string");
        }
      }
    }
    assert.match(paths[0].nodes[0].name, /Rezgui/);
    assert.equal(paths[0].nodes.at(-1).name, "Libya");
    assert.ok(
      paths.some((p: { edges: { evidence: { quote: string }[] }[] }) =>
        p.edges.some((e) => e.evidence.some((x) => /trained at a camp near Sabratha/.test(x.quote))),
      ),
    );
    const text = await runTessera(["path", "Seifeddine Rezgui", "Libya", "--db", db]);
    assert.match(text.stdout, /Seifeddine Rezgui —trained_at→ Sabratha/);
  });

  test("neighbors --json: nodes by hops and the statements linking them", async () => {
    const found = await json(["neighbors", "Seifeddine Rezgui", "--db", db, "--hops", "2"]);
    assert.equal(found.nodes[0].hops, 0);
    assert.match(found.nodes[0].name, /Rezgui/);
    for (let i = 1; i < found.nodes.length; i++) assert.ok(found.nodes[i - 1].hops <= found.nodes[i].hops);
    assert.ok(found.nodes.some((n: { name: string; hops: number }) => n.name === "Sabratha" && n.hops === 1));
    const ids = new Set(found.nodes.map((n: Ref) => n.id));
    assert.ok(found.edges.length > 0);
    for (const e of found.edges) {
      assert.ok(ids.has(e.from) && ids.has(e.to));
      assert.ok(e.statements.length > 0);
    }
  });

  test("timeline --json: time order, precision in the label, statements with their evidence offsets", async () => {
    const items = await json(["timeline", "Sabratha", "--db", db]);
    assert.ok(items.length > 0);
    const dated = items.filter((i: { time: unknown }) => i.time !== null);
    for (let i = 1; i < dated.length; i++) assert.ok(dated[i - 1].time.from <= dated[i].time.from);
    // Undated statements come last.
    const firstUndated = items.findIndex((i: { time: unknown }) => i.time === null);
    if (firstUndated >= 0)
      assert.ok(items.slice(firstUndated).every((i: { basis: string }) => i.basis === "undated"));
    assert.ok(
      items.some((i: { label: string }) => i.label === "2015-01 (month)"),
      items.map((i: { label: string }) => i.label).join(", "),
    );
    for (const { statement: s, label } of items) {
      assert.match(label, /^(\d{4}(-\d\d){0,2} \((day|month|year)\)(, reported)?|undated)$/);
      for (const key of ["id", "subject", "predicate", "object", "value", "time", "credibility", "marking"])
        assert.ok(key in s, key);
      assert.match(s.marking, /^(clear|green|amber|amber\+strict|red)$/);
      for (const e of s.evidence) {
        assert.equal(typeof e.documentId, "string");
        assert.equal(typeof e.sentence, "number");
        assert.equal(e.end - e.start, e.quote.length);
      }
    }
    const text = await runTessera(["timeline", "Sabratha", "--db", db]);
    assert.match(text.stdout, /^2015-01 \(month\) +\S/m);
  });
});
