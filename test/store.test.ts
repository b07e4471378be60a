import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { ingestReport } from "../src/ingest/ingest-service.js";
import type { RawReport } from "../src/ingest/report.js";
import { migrate } from "../src/store/migrate.js";
import { MIGRATIONS } from "../src/store/migrations/index.js";
import { findDocument, listDocuments } from "../src/store/repositories/documents.js";
import { createEntity, getEntityRef, listEntities, searchNames } from "../src/store/repositories/entities.js";
import { recordPlaces } from "../src/store/repositories/places.js";
import { searchDocuments } from "../src/store/repositories/search.js";
import { upsertSource } from "../src/store/repositories/sources.js";
import { listStatements, recordStatement } from "../src/store/repositories/statements.js";
import { testEngines } from "./support/engines.js";
import { fakePipeline } from "./support/fake-pipeline.js";

const pipeline = fakePipeline({
  "Sousse attack": "event",
  "Seifeddine Rezgui": "person",
  Sousse: "location",
  "Bardo attack": "event",
});

function report(text: string, meta: RawReport["meta"] = {}): RawReport {
  return { origin: "test.txt", format: "text", text, meta };
}

for (const engine of testEngines()) {
  describe(`store on ${engine.name}`, () => {
    after(() => engine.cleanup());

    test("migrations are applied once, recorded, and a newer store is refused", async () => {
      const location = await engine.location();
      let db = await engine.open(location);
      const applied = await db.query<{ version: number }>("select version from schema_migrations");
      assert.deepEqual(
        applied.map((r) => r.version).sort((a, b) => a - b),
        MIGRATIONS.map((m) => m.version),
      );
      assert.deepEqual(await migrate(db), [], "a second migrate applies nothing");
      await db.query("insert into schema_migrations (version, name) values (999, 'from the future')");
      await db.close();
      await assert.rejects(engine.open(location), (error: Error & { code?: string }) => {
        assert.equal(error.code, "TESSERA_STORE_TOO_NEW");
        assert.match(error.message, /newer Tessera \(schema version 999/);
        return true;
      });
      db = await engine.open(await engine.location());
      await db.close();
    });

    test("a report is stored with its source, sentences, entities, mentions and statements", async () => {
      const db = await engine.open();
      try {
        const result = await ingestReport(
          db,
          report(
            "The Sousse attack was carried out by Seifeddine Rezgui. In all 38 people were killed in the Sousse attack.",
            {
              title: "Sousse",
              source: "Maghreb Wire",
              reliability: "B",
              published: "2015-06-27",
              tlp: "green",
            },
          ),
          { pipeline },
        );
        assert.equal(result.status, "ingested");
        const doc = await findDocument(db, result.id!);
        assert.equal(doc?.source?.name, "Maghreb Wire");
        assert.equal(doc?.source?.reliability, "B");
        assert.equal(doc?.published, "2015-06-27");
        assert.equal(doc?.marking, "green");
        const entities = await listEntities(db);
        const attack = entities.find((e) => e.name === "Sousse attack");
        assert.deepEqual(Object.keys(attack!).sort(), [
          "aliases",
          "documentCount",
          "id",
          "mentionCount",
          "name",
          "type",
        ]);
        assert.equal(attack?.mentionCount, 2);
        const [killed] = await listStatements(db, { predicate: "killed" });
        assert.equal(killed?.value, 38);
        assert.equal(killed?.unit, "persons");
        assert.equal(killed?.marking, "green");
        const ev = killed!.evidence[0]!;
        assert.equal(doc!.text.slice(ev.start!, ev.end!), ev.quote);
        assert.equal(ev.quote, "In all 38 people were killed in the Sousse attack.");
        assert.equal(ev.sentence, 1);
      } finally {
        await db.close();
      }
    });

    test("the same content twice is unchanged; a statement seen in two reports has two pieces of evidence", async () => {
      const db = await engine.open();
      try {
        const text = "In all 38 people were killed in the Sousse attack.";
        const first = await ingestReport(db, report(text, { source: "Maghreb Wire" }), { pipeline });
        const again = await ingestReport(db, report(`  ${text}\r\n`, { source: "Other" }), { pipeline });
        assert.equal(first.status, "ingested");
        assert.equal(again.status, "unchanged");
        assert.equal(again.id, first.id);
        const second = await ingestReport(
          db,
          report(`Police said 38 people were killed in the Sousse attack.`),
          { pipeline },
        );
        assert.equal(second.status, "ingested");
        const statements = await listStatements(db, { predicate: "killed" });
        assert.equal(statements.length, 1, "one statement, not two copies");
        assert.equal(statements[0]!.evidence.length, 2);
        assert.deepEqual(
          new Set(statements[0]!.evidence.map((e) => e.documentId)),
          new Set([first.id, second.id]),
        );
        assert.equal((await listDocuments(db)).length, 2);
      } finally {
        await db.close();
      }
    });

    test("a failure while storing a report leaves no trace of it", async () => {
      const db = await engine.open();
      try {
        const broken = {
          ...pipeline,
          resolver: {
            name: "broken",
            async resolve() {
              throw new Error("resolver exploded");
            },
          },
        };
        const result = await ingestReport(db, report("In all 38 people were killed in the Sousse attack."), {
          pipeline: broken,
        });
        assert.equal(result.status, "failed");
        assert.match(result.error!, /test\.txt: resolver exploded/);
        const counts = await db.query<{ n: number }>(
          "select (select count(*) from documents) + (select count(*) from sentences) + (select count(*) from sources) as n",
        );
        assert.equal(counts[0]!.n, 0);
      } finally {
        await db.close();
      }
    });

    test("a statement without evidence cannot be committed", async () => {
      const db = await engine.open();
      try {
        await ingestReport(db, report("The Sousse attack was carried out by Seifeddine Rezgui."), {
          pipeline,
        });
        const attack = await getEntityRef(db, "Sousse attack");
        await assert.rejects(
          db.transaction(async (tx) => {
            await tx.query(
              `insert into statements (id, fingerprint, subject_id, predicate, value_number) values ('stm_x', 'fp', $1, 'killed', 5)`,
              [attack.id],
            );
          }),
          /has no evidence/,
        );
        // With evidence from an analyst it is fine, and the analyst is named.
        await db.transaction((tx) =>
          recordStatement(
            tx,
            { subjectId: attack.id, predicate: "wounded", value: 39 },
            {
              analyst: "a.analyst",
              quote: "Hospital lists seen by our team.",
              credibility: 2,
              marking: "amber",
            },
          ),
        );
        const [wounded] = await listStatements(db, { predicate: "wounded" });
        assert.equal(wounded?.evidence[0]?.analyst?.name, "a.analyst");
        assert.equal(wounded?.evidence[0]?.documentId, null);
      } finally {
        await db.close();
      }
    });

    test("sources keep their grade unless a new one is given", async () => {
      const db = await engine.open();
      try {
        await db.transaction(async (tx) => {
          assert.equal((await upsertSource(tx, "Coastal Courier", "D")).reliability, "D");
          assert.equal((await upsertSource(tx, "Coastal Courier")).reliability, "D");
          assert.equal((await upsertSource(tx, "Coastal Courier", "C")).reliability, "C");
          assert.equal((await upsertSource(tx, "Unknown Blog")).reliability, "F");
        });
      } finally {
        await db.close();
      }
    });

    test("full-text search ranks documents and highlights a snippet; names are found by trigrams", async () => {
      const db = await engine.open();
      try {
        await ingestReport(
          db,
          report("The Sousse attack was carried out by Seifeddine Rezgui on the beach.", {
            title: "Beach attack",
          }),
          {
            pipeline,
          },
        );
        await ingestReport(
          db,
          report("Officials discussed tourism and the beach economy. Nothing about attacks here.", {
            title: "Tourism",
          }),
          { pipeline },
        );
        const hits = await searchDocuments(db, "beach attack");
        assert.equal(hits.length, 2);
        assert.equal(hits[0]!.title, "Beach attack");
        assert.ok(hits[0]!.rank > hits[1]!.rank);
        assert.match(hits[0]!.snippet, /«attack»/);
        assert.deepEqual(await searchDocuments(db, '"carried out" -beach'), []);
        const names = await searchNames(db, "Seifedine Rezgi");
        assert.equal(names[0]?.name, "Seifeddine Rezgui");
        assert.equal((await getEntityRef(db, "seifeddine REZGUI")).name, "Seifeddine Rezgui");
        await assert.rejects(getEntityRef(db, "Nobody Atall"), { code: "TESSERA_NOT_FOUND" });
      } finally {
        await db.close();
      }
    });

    test("two names of one place entity in a report record its place once, the better-known first", async () => {
      const db = await engine.open(await engine.location());
      try {
        const x = await createEntity(db, { type: "location", name: "Gaafour" });
        await db.transaction((tx) =>
          recordPlaces(tx, [
            { entityId: x, name: "Gaafour", type: "location" },
            { entityId: x, name: "Gaâfour", type: "location" },
          ]),
        );
        const rows = await db.query<{ n: number }>(
          "select count(*)::int as n from places where entity_id = $1",
          [x],
        );
        assert.equal(rows[0]!.n, 1);
      } finally {
        await db.close();
      }
    });
  });
}
