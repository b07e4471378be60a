import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { ingestReport } from "../src/ingest/ingest-service.js";
import type { RawReport } from "../src/ingest/report.js";
import {
  addAlias,
  listReviewQueue,
  markDistinct,
  mergeEntities,
  mergeHistory,
  runResolution,
  splitEntity,
} from "../src/resolve/index.js";
import type { Database } from "../src/store/database.js";
import { aliasSightings, getEntityRef, listEntities } from "../src/store/repositories/entities.js";
import { listStatements } from "../src/store/repositories/statements.js";
import { testEngines } from "./support/engines.js";
import { fakePipeline } from "./support/fake-pipeline.js";

const pipeline = fakePipeline({
  "Sousse attack": "event",
  "Seifeddine Rezgui": "person",
  "Seifiddine Rezgui": "person",
  "Muammar Gaddafi": "person",
  "Moammar Qadhafi": "person",
  "Saif al-Islam Gaddafi": "person",
  ISIL: "organization",
  "Islamic State": "organization",
  Gaafour: "location",
  Gaâfour: "location",
});

function report(text: string, published: string): RawReport {
  return { origin: "test.txt", format: "text", text, meta: { title: text.slice(0, 20), published } };
}

async function ingestAll(db: Database): Promise<void> {
  const texts = [
    "The Sousse attack was carried out by Seifeddine Rezgui from Gaafour. In all 38 people were killed in the Sousse attack. Islamic State claimed it.",
    "Seifiddine Rezgui from Gaâfour was behind the Sousse attack. Then 38 people were killed in the Sousse attack. ISIL claimed it.",
    "Muammar Gaddafi ruled Libya. Saif al-Islam Gaddafi is his son.",
    "Moammar Qadhafi was killed in 2011.",
  ];
  for (const [i, text] of texts.entries()) {
    const r = await ingestReport(db, report(text, `2015-07-0${i + 1}`), { pipeline });
    assert.equal(r.status, "ingested", r.error);
  }
}

const byName = async (db: Database, name: string) => (await listEntities(db)).find((e) => e.name === name);

for (const engine of testEngines()) {
  describe(`resolution on ${engine.name}`, () => {
    after(() => engine.cleanup());

    test("a pass merges spellings into one entity, keeps relatives apart, and a second pass changes nothing", async () => {
      const db = await engine.open();
      try {
        await ingestAll(db);
        const before = (await listEntities(db)).length;
        const result = await runResolution(db, { by: "test" });
        // Rezgui's spellings, Qadhafi into Gaddafi, ISIL into Islamic State (Gaâfour shares Gaafour's key).
        assert.equal(result.merged, 3, JSON.stringify(result));
        const people = (await listEntities(db, { type: "person" })).map((e) => e.name).sort();
        assert.deepEqual(people, ["Muammar Gaddafi", "Saif al-Islam Gaddafi", "Seifeddine Rezgui"]);
        const rezgui = await byName(db, "Seifeddine Rezgui");
        assert.deepEqual(rezgui?.aliases, ["Seifiddine Rezgui"]);
        assert.equal(rezgui?.documentCount, 2);
        assert.deepEqual((await byName(db, "Islamic State"))?.aliases, ["ISIL"]);
        assert.equal((await listEntities(db, { type: "location" })).length, 1);
        assert.equal((await listEntities(db)).length, before - result.merged);
        // Any spelling finds the merged entity; its names are seen in both documents.
        assert.equal((await getEntityRef(db, "Seifiddine Rezgui")).id, rezgui?.id);
        const sightings = await aliasSightings(db, rezgui!.id);
        assert.deepEqual(
          sightings.map((s) => [s.name, s.documents.length]),
          [
            ["Seifeddine Rezgui", 1],
            ["Seifiddine Rezgui", 1],
          ],
        );
        const again = await runResolution(db, { by: "test" });
        assert.equal(again.merged, 0);
      } finally {
        await db.close();
      }
    });

    test("merges and splits round-trip: statements follow their entities and nothing is lost", async () => {
      const db = await engine.open();
      try {
        await ingestAll(db);
        const snapshot = async () =>
          (await listStatements(db)).map((s) => [s.subject.name, s.predicate, s.value, s.evidence.length]);
        const before = await listStatements(db);
        assert.equal(before.length, 1);
        assert.equal(before[0]!.evidence.length, 2);
        const entitiesBefore = (await listEntities(db)).map((e) => e.id).sort();
        const rezgui = await getEntityRef(db, "Seifeddine Rezgui");
        const variant = await getEntityRef(db, "Seifiddine Rezgui");
        const attack = await getEntityRef(db, "Sousse attack");
        const record = await mergeEntities(db, rezgui.id, variant.id, { by: "alice", reason: "same man" });
        assert.equal(record.by, "alice");
        assert.equal(record.keep.id, rezgui.id);
        assert.equal((await listEntities(db)).length, entitiesBefore.length - 1);
        assert.equal((await getEntityRef(db, variant.id)).id, rezgui.id, "a merged id reads as its entity");
        const history = await mergeHistory(db, variant.id);
        assert.equal(history.length, 1);
        assert.equal(history[0]!.undoneAt, null);
        const split = await splitEntity(db, variant.id, { by: "bob" });
        assert.deepEqual(split.restored.sort(), [rezgui.id, variant.id].sort());
        assert.deepEqual((await listEntities(db)).map((e) => e.id).sort(), entitiesBefore);
        assert.deepEqual(
          await snapshot(),
          before.map((s) => [s.subject.name, s.predicate, s.value, s.evidence.length]),
        );
        assert.ok((await mergeHistory(db, rezgui.id))[0]!.undoneAt);
        // The split is remembered: no automatic pass merges the two again.
        await runResolution(db, { by: "test" });
        assert.notEqual((await getEntityRef(db, variant.id)).id, rezgui.id);
        assert.equal((await getEntityRef(db, attack.id)).id, attack.id);
      } finally {
        await db.close();
      }
    });

    test("a statement recorded under two entities shows once with both pieces of evidence once merged", async () => {
      const db = await engine.open();
      try {
        await ingestAll(db);
        const gaddafi = await getEntityRef(db, "Muammar Gaddafi");
        const qadhafi = await getEntityRef(db, "Moammar Qadhafi");
        const { recordStatement } = await import("../src/store/repositories/statements.js");
        const libya = {
          analyst: "alice",
          quote: "he was born in 1942",
          credibility: 2 as const,
          marking: "clear" as const,
        };
        await db.transaction(async (tx) => {
          await recordStatement(tx, { subjectId: gaddafi.id, predicate: "age", value: 69 }, libya);
          await recordStatement(
            tx,
            { subjectId: qadhafi.id, predicate: "age", value: 69 },
            { ...libya, analyst: "bob" },
          );
        });
        assert.equal((await listStatements(db, { predicate: "age" })).length, 2);
        await mergeEntities(db, gaddafi.id, qadhafi.id, { by: "alice" });
        const merged = await listStatements(db, { predicate: "age", entityId: qadhafi.id });
        assert.equal(merged.length, 1);
        assert.equal(merged[0]!.subject.id, gaddafi.id);
        assert.deepEqual(merged[0]!.evidence.map((e) => e.analyst?.name).sort(), ["alice", "bob"]);
        await splitEntity(db, gaddafi.id, { by: "alice" });
        assert.equal((await listStatements(db, { predicate: "age" })).length, 2);
      } finally {
        await db.close();
      }
    });

    test("'not the same' is respected by every pass; aliases join; the review queue lists evidence", async () => {
      const db = await engine.open();
      try {
        await ingestAll(db);
        const a = await getEntityRef(db, "Muammar Gaddafi");
        const b = await getEntityRef(db, "Moammar Qadhafi");
        await markDistinct(db, a.id, b.id, { by: "alice" });
        await runResolution(db, { by: "test" });
        assert.notEqual((await getEntityRef(db, b.id)).id, a.id);
        await assert.rejects(markDistinct(db, a.id, a.id, { by: "x" }), /split them first/);
        await addAlias(db, a.id, "Brother Leader", { by: "alice" });
        assert.equal((await getEntityRef(db, "Brother Leader")).id, a.id);
        const queue = await listReviewQueue(db);
        for (const p of queue) {
          assert.ok(p.score >= 0.6 && p.score < 0.85);
          assert.ok(p.evidence.every((e) => e.quote.length > 0));
        }
      } finally {
        await db.close();
      }
    });
  });
}
