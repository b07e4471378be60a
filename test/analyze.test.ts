import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import {
  corroboration,
  demoFindings,
  findConflicts,
  findCopresence,
  findPaths,
  listPlaces,
  timeline,
} from "../src/analyze/index.js";
import { loadPlaceHierarchy } from "../src/analyze/place-hierarchy-loader.js";
import { ingestDemoCorpus } from "../src/demo/demo.js";
import { mergeEntities } from "../src/resolve/index.js";
import type { Database } from "../src/store/database.js";
import { getEntityRef } from "../src/store/repositories/entities.js";
import { testEngines } from "./support/engines.js";

// The demo corpus is ingested once per engine: its deliberate disagreements are the fixtures.
for (const engine of testEngines()) {
  describe(`analysis of the demo corpus on ${engine.name}`, () => {
    let db: Database;
    before(async () => {
      db = await engine.open();
      await ingestDemoCorpus(db);
    });
    after(async () => {
      await db.close();
      await engine.cleanup();
    });

    test("the Sousse and Bardo tolls are conflicts with both sides' sentences and sources", async () => {
      const conflicts = await findConflicts(db);
      const killed = conflicts.filter((c) => c.predicate === "killed");
      const sousse = killed.find(
        (c) => c.values.some((v) => v.value === 38) && c.values.some((v) => v.value === 39),
      );
      assert.ok(sousse, "Sousse: 38 vs 39");
      const v38 = sousse.values.find((v) => v.value === 38)!;
      const v39 = sousse.values.find((v) => v.value === 39)!;
      assert.ok(v38.evidence.some((e) => /38 holidaymakers were killed/.test(e.quote)));
      assert.ok(v39.evidence.some((e) => /rose to 39/.test(e.quote)));
      assert.ok(v39.sources.some((s) => s.name === "Maghreb Wire" && s.reliability === "B"));
      assert.ok(
        sousse.revisions.some((r) => r.to === "39 persons"),
        "rose to 39 reads as a revision",
      );
      const bardo = killed.find(
        (c) => c.values.some((v) => v.value === 21) && c.values.some((v) => v.value === 22),
      );
      assert.ok(bardo, "Bardo: 21 vs 22");
      assert.match(bardo.subject.name, /Bardo/);
      const only = await findConflicts(db, { entityId: sousse.subject.id });
      assert.ok(only.every((c) => c.subject.id === sousse.subject.id) && only.length >= 1);
    });

    test("the Sousse gunman and the Bardo attackers were in Libya (Sabratha) in early 2015", async () => {
      const found = await findCopresence(db);
      const libya = await getEntityRef(db, "Libya");
      const meeting = found.find(
        (c) =>
          c.entities.some((e) => /Bardo/.test(e.name)) &&
          c.entities.some((e) => /Rezgui|gunman/.test(e.name)) &&
          (c.place.id === libya.id || c.within.some((w) => w.id === libya.id)),
      );
      assert.ok(meeting, JSON.stringify(found.slice(0, 5), null, 1));
      assert.ok(meeting.from >= "2015-01-01" && meeting.from <= "2015-04-30", meeting.from);
      assert.ok(meeting.statements.length >= 2);
      const rezgui = await getEntityRef(db, "Seifeddine Rezgui");
      const his = await findCopresence(db, { entityId: rezgui.id });
      assert.ok(his.every((c) => c.entities[0].id === rezgui.id));
      assert.ok(his.some((c) => /Bardo/.test(c.entities[1].name)));
    });

    test("places carry the gazetteer's country and coordinates and their containment", async () => {
      const places = await listPlaces(db);
      const libya = places.find((p) => p.name === "Libya")!;
      const sabratha = places.find((p) => p.name === "Sabratha")!;
      assert.equal(libya.countryCode, "LY");
      assert.equal(sabratha.parentId, libya.id);
      assert.ok(sabratha.lat! > 32 && sabratha.lat! < 33);
      const camp = places.find((p) => p.name === "camp near Sabratha");
      if (camp) assert.equal(camp.parentId, sabratha.id);
    });

    test("a path links the gunman to the Bardo attackers, each edge with its statements", async () => {
      const rezgui = await getEntityRef(db, "Seifeddine Rezgui");
      const attackers = (await findCopresence(db, { entityId: rezgui.id })).find((c) =>
        /Bardo/.test(c.entities[1].name),
      )!.entities[1];
      const paths = await findPaths(db, rezgui.id, attackers.id, { maxHops: 4, k: 3 });
      assert.ok(paths.length > 0);
      assert.equal(paths[0]!.nodes[0]!.id, rezgui.id);
      assert.equal(paths[0]!.edges.length, paths[0]!.length);
      assert.ok(paths[0]!.edges.every((e) => e.statements.length > 0));
    });

    test("a timeline is in time order with precision shown; corroboration counts sources", async () => {
      const rezgui = await getEntityRef(db, "Seifeddine Rezgui");
      const items = await timeline(db, rezgui.id);
      assert.ok(items.length > 0);
      for (let i = 1; i < items.length; i++) assert.ok(items[i - 1]!.time.from <= items[i]!.time.from);
      assert.ok(items.some((i) => /\((month|year|day)\)/.test(i.label)));
      const conflicts = await findConflicts(db);
      const ids = conflicts.flatMap((c) => c.values.flatMap((v) => v.statements));
      const counts = await corroboration(db, ids);
      assert.ok([...counts.values()].some((c) => c.singleSource));
      assert.ok([...counts.values()].every((c) => c.independent <= c.sources));
    });

    test("a place merged into another lends it its gazetteer facts (read through the canonical id)", async () => {
      await db.query(
        `insert into entities (id, type, name, name_key) values
           ('ent_test_zuwarah', 'location', 'Zuwarah town', 'zuwarah town'),
           ('ent_test_zuwara', 'location', 'Zuwara', 'zuwara')`,
      );
      await db.query(
        `insert into places (entity_id, kind, geo_key, country_code, lat, lon)
         values ('ent_test_zuwara', 'city', 'test:zuwara', 'LY', 32.93, 12.08)`,
      );
      await mergeEntities(db, "ent_test_zuwarah", "ent_test_zuwara", { by: "test" });
      const libya = await getEntityRef(db, "Libya");
      const place = (await listPlaces(db)).find((p) => p.id === "ent_test_zuwarah");
      assert.ok(place, "the kept entity is listed");
      assert.equal(place.type, "city");
      assert.equal(place.countryCode, "LY");
      assert.equal(place.lat, 32.93);
      assert.equal(place.parentId, libya.id);
      const hierarchy = await loadPlaceHierarchy(db, ["ent_test_zuwarah"]);
      assert.equal(hierarchy.kind("ent_test_zuwarah"), "city");
      assert.deepEqual(hierarchy.ancestors("ent_test_zuwarah"), [libya.id]);
    });

    test("timelines give statements their evidence offsets and marking, and undated ones last on request", async () => {
      const rezgui = await getEntityRef(db, "Seifeddine Rezgui");
      const items = await timeline(db, rezgui.id, { undated: true });
      assert.ok(items.length > 0);
      for (const { statement } of items) {
        assert.ok(["clear", "green", "amber", "amber+strict", "red"].includes(statement.marking));
        for (const e of statement.evidence) {
          if (e.documentId === null) continue;
          assert.equal(typeof e.sentence, "number");
          assert.equal(e.end! - e.start!, e.quote.length);
        }
      }
      const analyst = "test analyst";
      // A statement and its only evidence go in together (a statement without evidence is refused).
      await db.transaction(async (tx) => {
        await tx.query(
          `insert into statements (id, fingerprint, subject_id, predicate, object_id)
           values ('stm_test_undated', 'fp_test_undated', $1, 'member_of',
                   (select id from entities where type = 'group' order by id limit 1))`,
          [rezgui.id],
        );
        await tx.query(
          `insert into evidence (statement_id, quote, credibility, marking, analyst)
           values ('stm_test_undated', 'An analyst note with no date.', 3, 'amber', $1)`,
          [analyst],
        );
      });
      const withUndated = await timeline(db, rezgui.id, { undated: true });
      const last = withUndated.at(-1)!;
      assert.equal(last.statement.id, "stm_test_undated");
      assert.equal(last.time, null);
      assert.equal(last.basis, "undated");
      assert.equal(last.label, "undated");
      assert.equal(last.statement.marking, "amber");
      assert.equal(last.statement.evidence[0]!.analyst?.name, analyst);
      assert.ok(!(await timeline(db, rezgui.id)).some((i) => i.statement.id === "stm_test_undated"));
    });

    test("demoFindings returns conflicts, co-presences and a path", async () => {
      const findings = await demoFindings(db);
      assert.ok(findings.conflicts.length >= 2);
      assert.ok(findings.copresence.length >= 1);
      assert.ok(findings.path === null || findings.path.length >= 1);
    });
  });
}
