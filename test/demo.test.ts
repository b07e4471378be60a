import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { runTessera } from "./support/cli.js";

let dir: string | undefined;
after(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

interface DemoStatement {
  subject: { name: string; type: string };
  predicate: string;
  value: number | string | null;
  evidence: { quote: string }[];
}

test("tessera demo ingests every sample report and shows the entities and statements it found", async () => {
  dir = await mkdtemp(join(tmpdir(), "tessera-demo-test-"));
  const run = await runTessera(["demo", "--dir", join(dir, "store"), "--json", "--no-serve"]);
  assert.equal(run.status, 0, run.stderr);
  const out = JSON.parse(run.stdout);
  assert.equal(out.documents.length, 13);
  assert.ok(out.documents.some((d: { marking: string }) => d.marking === "amber"));
  const names = out.entities.map((e: { name: string }) => e.name);
  for (const expected of [/Rezgui/, /^Sousse$/, /Sabratha/, /Libya/]) {
    assert.ok(
      names.some((n: string) => expected.test(n)),
      `${expected} among ${names.join(", ")}`,
    );
  }
  const statements = out.statements as DemoStatement[];
  assert.ok(statements.every((s) => s.evidence.length > 0));
  const tolls = (place: RegExp) =>
    new Set(
      statements.filter((s) => s.predicate === "killed" && place.test(s.subject.name)).map((s) => s.value),
    );
  const sousse = tolls(/Sousse/i);
  assert.ok(sousse.has(38) && sousse.has(39), `Sousse tolls: ${[...sousse]}`);
  const bardo = tolls(/Bardo/i);
  assert.ok(bardo.has(21) && bardo.has(22), `Bardo tolls: ${[...bardo]}`);
  assert.ok(statements.some((s) => s.predicate === "trained_at" && /Sabratha/.test(JSON.stringify(s))));
});

test("tessera demo ends by serving the workbench on the demo store, and stops cleanly", async () => {
  const { runUntilServing } = await import("./support/serve.js");
  const store = await mkdtemp(join(tmpdir(), "tessera-demo-serve-"));
  const served = await runUntilServing(["demo", "--dir", join(store, "store"), "--port", "0"]);
  try {
    assert.match(served.output(), /Conflicts \(\d+\)/);
    assert.match(served.output(), /The workbench is serving the demo store at http:\/\/127\.0\.0\.1:\d+\//);
    const response = await fetch(new URL("api/documents?limit=50", served.url));
    assert.equal(response.status, 200);
    const body = (await response.json()) as { items: unknown[] };
    assert.equal(body.items.length, 13);
  } finally {
    await served.stop();
    await rm(store, { recursive: true, force: true });
  }
  assert.equal(served.child.exitCode, 0);
});
