import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { PREDICATE_NAMES } from "../src/model/index.js";
import { openStore } from "../src/store/open-store.js";
import { runTessera } from "./support/cli.js";

let dir: string | undefined;
after(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

interface DemoStatement {
  subject: { name: string; type: string };
  predicate: string;
  object: { name: string } | null;
  value: number | string | null;
  time: { from: string; to: string; precision: string } | null;
  evidence: { quote: string; documentId: string; start: number; end: number }[];
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
  const vocabulary = new Set<string>(PREDICATE_NAMES);
  assert.deepEqual(
    statements.filter((s) => !vocabulary.has(s.predicate)).map((s) => s.predicate),
    [],
    "predicates from the declared vocabulary only",
  );
  const tolls = (place: RegExp) =>
    new Set(
      statements.filter((s) => s.predicate === "killed" && place.test(s.subject.name)).map((s) => s.value),
    );
  const sousse = tolls(/Sousse/i);
  assert.ok(sousse.has(38) && sousse.has(39), `Sousse tolls: ${[...sousse]}`);
  const bardo = tolls(/Bardo/i);
  assert.ok(bardo.has(21) && bardo.has(22), `Bardo tolls: ${[...bardo]}`);
  assert.ok(statements.some((s) => s.predicate === "trained_at" && /Sabratha/.test(JSON.stringify(s))));

  // Every piece of evidence is the very text of its document between its offsets: the sentence the
  // workbench highlights is the one the statement came from.
  const db = await openStore(join(dir, "store"));
  try {
    const texts = new Map(
      (await db.query<{ id: string; text: string }>("select id, text from documents")).map((d) => [
        d.id,
        d.text,
      ]),
    );
    for (const s of statements)
      for (const e of s.evidence)
        assert.equal(texts.get(e.documentId)?.slice(e.start, e.end), e.quote, `${s.predicate}: ${e.quote}`);
  } finally {
    await db.close();
  }

  // The facts the extraction issue names, read across the reports and their spellings.
  const fact = (subject: RegExp, predicate: string, object: RegExp | number) =>
    statements.find(
      (s) =>
        subject.test(s.subject.name) &&
        s.predicate === predicate &&
        (typeof object === "number" ? s.value === object : object.test(s.object?.name ?? String(s.value))),
    );
  const rezgui = /^Seifeddine Rezgui$/;
  const trained = fact(rezgui, "trained_at", /^Sabratha$/);
  assert.ok(trained, "Rezgui trained at Sabratha");
  assert.ok(
    statements.some(
      (s) =>
        rezgui.test(s.subject.name) &&
        s.predicate === "trained_at" &&
        s.time?.precision === "month" &&
        s.time.from === "2015-01-01",
    ),
    "in January 2015, to the month",
  );
  for (const [subject, predicate, object] of [
    [rezgui, "traveled_to", /^Libya$/],
    [rezgui, "member_of", /^Ansar al-Sharia/],
    [rezgui, "resident_of", /^Gaafour$/],
    [rezgui, "age", 23],
    [rezgui, "studied_at", /Kairouan/],
    [rezgui, "perpetrated", /^Sousse attack$/],
    [/^Yassine Labidi$/, "perpetrated", /^Bardo Museum attack$/],
    [/^Saber Khachnaoui$/, "perpetrated", /^Bardo Museum attack$/],
    [/^Islamic State$/, "claimed_responsibility_for", /^Bardo Museum attack$/],
    [/^Islamic State$/, "claimed_responsibility_for", /^Sousse attack$/],
    [/^Rafik Chelli$/, "official_of", /^Interior Ministry$/],
    [/^Rafik Chelli$/, "holds_position", /^secretary of state$/],
    [/^Seifallah Ben Hassine$/, "leader_of", /^Ansar al-Sharia/],
    [/^Sousse attack$/, "occurred_on", /^2015-06-26$/],
  ] as const) {
    assert.ok(fact(subject, predicate, object), `${subject} ${predicate} ${object}`);
  }
  assert.ok(!fact(/^Rafik Chelli$/, "member_of", /Ansar/), "the speaker is not the member");
  assert.ok(!fact(/^Bardo Museum attack$/, "occurred_at", /^Sousse$/), "the museum attack is not in Sousse");

  // One entity for each person however the reports spell him; no outlet or description as a person.
  const people = out.entities.filter((e: { type: string }) => e.type === "person");
  const rezguis = people.filter((e: { name: string; aliases: string[] }) =>
    [e.name, ...e.aliases].some((n) => /Rezgui/.test(n)),
  );
  assert.equal(rezguis.length, 1, JSON.stringify(rezguis));
  assert.ok(rezguis[0].aliases.includes("Seifiddine Rezgui Yacoubi"));
  for (const wrong of [/Maghreb Wire/, /gunman|attacker|killer|23-year-old/]) {
    assert.ok(!people.some((e: { name: string }) => wrong.test(e.name)), `no person named ${wrong}`);
  }
  assert.equal(out.entities.filter((e: { name: string }) => /^Sousse attack$/.test(e.name)).length, 1);
  // The hotel, its beach and "a beach hotel near Sousse" are one site: where the one attack happened.
  const beach = out.entities.filter(
    (e: { type: string; name: string }) => e.type === "facility" && /beach|Marhaba/.test(e.name),
  );
  assert.deepEqual(
    beach.map((e: { name: string }) => e.name),
    ["Imperial Marhaba hotel"],
  );

  // The case Tessera was started for: the Sousse gunman and the Bardo attackers, same camp, same time.
  const together = out.copresence.find(
    (c: { entities: { name: string }[]; place: { name: string } }) =>
      c.place.name === "Sabratha" &&
      c.entities.some((e) => rezgui.test(e.name)) &&
      c.entities.some((e) => /Bardo/.test(e.name)),
  );
  assert.ok(together, JSON.stringify(out.copresence, null, 1));
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
