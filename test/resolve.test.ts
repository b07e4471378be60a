import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import type { Extraction, Extractor } from "../src/extract/extraction.js";
import { ingestReport } from "../src/ingest/ingest-service.js";
import type { Pipeline } from "../src/ingest/pipeline.js";
import type { RawReport } from "../src/ingest/report.js";
import type { EntityType, Predicate, TimeInterval } from "../src/model/index.js";
import { keyResolver } from "../src/resolve/entity-resolver.js";
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
import { fakePipeline, naiveSentences } from "./support/fake-pipeline.js";

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

/** What a scripted report says: its entities (with the words that mention them) and statements. */
interface Script {
  entities: { key: string; type: EntityType; name: string; spans: string[]; nominal?: boolean }[];
  statements: {
    subject: string;
    predicate: Predicate;
    object?: string;
    value?: number | string;
    time?: TimeInterval;
  }[];
}

/** An extractor that reads each report's script: descriptions, ages and dates as an extractor would give them. */
function scriptedPipeline(scripts: ReadonlyMap<string, Script>): Pipeline {
  const extractor: Extractor = {
    name: "scripted",
    extract({ text, sentences }): Extraction {
      const script = scripts.get(text)!;
      const sentenceOf = (at: number) => sentences.find((s) => s.start <= at && at < s.end)!.index;
      return {
        entities: script.entities.map(({ key, type, name }) => ({ key, type, name })),
        mentions: script.entities.flatMap((e) =>
          e.spans.map((span) => {
            const start = text.indexOf(span);
            assert.ok(start >= 0, span);
            const label = e.nominal ? "NOMINAL" : e.type === "event" ? "EVENT" : "NAME";
            const m = {
              entity: e.key,
              start,
              end: start + span.length,
              text: span,
              label,
              sentence: sentenceOf(start),
            };
            return e.nominal ? { ...m, nominal: true } : m;
          }),
        ),
        statements: script.statements.map((s) => ({ ...s, credibility: 2 as const, sentence: 0 })),
      };
    },
  };
  return { splitSentences: naiveSentences, extractor, resolver: keyResolver };
}

const day = (d: string): TimeInterval => ({ from: d, to: d, precision: "day" });

/** Four short reports of our own on the 2015 attacks in Tunisia. */
const ATTACKS: [string, string, Script][] = [
  [
    "A gunman opened fire on the beach at Port El Kantaoui on Friday. The gunman, a 23-year-old from Gaafour, was shot dead by police.",
    "2015-06-26",
    {
      entities: [
        {
          key: "g",
          type: "person",
          name: "Port El Kantaoui gunman",
          spans: ["A gunman", "The gunman"],
          nominal: true,
        },
        { key: "e", type: "event", name: "Port El Kantaoui attack", spans: ["opened fire"] },
        { key: "pek", type: "location", name: "Port El Kantaoui", spans: ["Port El Kantaoui"] },
        { key: "gaafour", type: "location", name: "Gaafour", spans: ["Gaafour"] },
      ],
      statements: [
        { subject: "g", predicate: "perpetrated", object: "e" },
        { subject: "g", predicate: "age", value: 23 },
        { subject: "g", predicate: "resident_of", object: "gaafour" },
        { subject: "e", predicate: "occurred_on", value: "2015-06-26", time: day("2015-06-26") },
        { subject: "e", predicate: "occurred_at", object: "pek" },
      ],
    },
  ],
  [
    "Officials named Seifeddine Rezgui, 23, from Gaafour, as the man behind the Sousse attack. The Sousse attack on 26 June killed 38 people.",
    "2015-06-27",
    {
      entities: [
        { key: "r", type: "person", name: "Seifeddine Rezgui", spans: ["Seifeddine Rezgui"] },
        { key: "e", type: "event", name: "Sousse attack", spans: ["Sousse attack"] },
        { key: "sousse", type: "location", name: "Sousse", spans: ["Sousse"] },
        { key: "gaafour", type: "location", name: "Gaafour", spans: ["Gaafour"] },
      ],
      statements: [
        { subject: "r", predicate: "perpetrated", object: "e" },
        { subject: "r", predicate: "age", value: 23 },
        { subject: "r", predicate: "resident_of", object: "gaafour" },
        { subject: "e", predicate: "occurred_on", value: "2015-06-26", time: day("2015-06-26") },
        { subject: "e", predicate: "occurred_at", object: "sousse" },
      ],
    },
  ],
  [
    "Two gunmen opened fire at the Bardo Museum in Tunis on 18 March. The attack killed 22 people.",
    "2015-03-19",
    {
      entities: [
        { key: "e", type: "event", name: "Bardo Museum attack", spans: ["attack"] },
        { key: "museum", type: "facility", name: "Bardo Museum", spans: ["Bardo Museum"] },
        { key: "tunis", type: "location", name: "Tunis", spans: ["Tunis"] },
      ],
      statements: [
        { subject: "e", predicate: "occurred_on", value: "2015-03-18", time: day("2015-03-18") },
        { subject: "e", predicate: "occurred_at", object: "museum" },
        { subject: "museum", predicate: "located_in", object: "tunis" },
      ],
    },
  ],
  [
    "A suicide bomber blew himself up on a bus of the presidential guard. The attack in central Tunis on 24 November killed 12 guards.",
    "2015-11-25",
    {
      entities: [
        { key: "b", type: "person", name: "Tunis bomber", spans: ["A suicide bomber"], nominal: true },
        { key: "e", type: "event", name: "Tunis attack", spans: ["attack"] },
        { key: "tunis", type: "location", name: "Tunis", spans: ["Tunis"] },
      ],
      statements: [
        { subject: "b", predicate: "perpetrated", object: "e" },
        { subject: "e", predicate: "occurred_on", value: "2015-11-24", time: day("2015-11-24") },
        { subject: "e", predicate: "occurred_at", object: "tunis" },
      ],
    },
  ],
];

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

    test("a description-only gunman joins the named man by context; same-day attacks merge; November stays apart", async () => {
      const db = await engine.open();
      try {
        const pipeline = scriptedPipeline(new Map(ATTACKS.map(([text, , script]) => [text, script])));
        for (const [text, published] of ATTACKS) {
          const r = await ingestReport(db, report(text, published), { pipeline });
          assert.equal(r.status, "ingested", r.error);
        }
        const gunman = await getEntityRef(db, "Port El Kantaoui gunman");
        const bomber = await getEntityRef(db, "Tunis bomber");
        const events = async () => (await listEntities(db, { type: "event" })).map((e) => e.name).sort();
        // Both Tunis reports call their event "the attack": no reason to make them one at ingestion.
        assert.equal((await events()).length, 4);
        const result = await runResolution(db, { by: "test" });
        assert.equal(result.merged, 2, JSON.stringify(result));
        // One attack on 26 June at Sousse and Port El Kantaoui (8 km apart); March and November in Tunis stay two.
        const after = await events();
        assert.equal(after.length, 3, after.join(", "));
        assert.ok(after.includes("Bardo Museum attack") && after.includes("Tunis attack"));
        assert.equal(
          (await getEntityRef(db, "Port El Kantaoui attack")).id,
          (await getEntityRef(db, "Sousse attack")).id,
        );
        const rezgui = await getEntityRef(db, "Seifeddine Rezgui");
        assert.equal((await getEntityRef(db, gunman.id)).id, rezgui.id, "the gunman is Rezgui");
        assert.equal((await getEntityRef(db, bomber.id)).id, bomber.id, "no named bomber: it stays itself");
        const people = (await listEntities(db, { type: "person" })).map((e) => e.name).sort();
        assert.deepEqual(people, ["Seifeddine Rezgui", "Tunis bomber"]);
        const listed = (await listEntities(db, { type: "person" })).find((e) => e.id === rezgui.id);
        assert.ok(!listed?.aliases.includes("Port El Kantaoui gunman"), "a description lends no alias");
        const [merge] = await mergeHistory(db, gunman.id);
        assert.equal(merge?.keep.id, rezgui.id);
        assert.match(merge!.reason, /context/);
        assert.deepEqual(
          [merge!.features.sameEvent, merge!.features.sameAge, merge!.features.sameHome],
          [1, 1, 1],
        );
        assert.deepEqual(await listReviewQueue(db), []);
        assert.equal((await runResolution(db, { by: "test" })).merged, 0, "a second pass changes nothing");
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
