import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../src/http/server.js";
import type { Database } from "../src/store/database.js";
import { testEngines } from "./support/engines.js";
import { multipartBody } from "./support/multipart.js";

const SAMPLES = new URL("../samples/demo/", import.meta.url);
const sample = (name: string) => ({ name, content: readFileSync(new URL(name, SAMPLES)) });

for (const engine of testEngines()) {
  describe(`HTTP API (${engine.name})`, () => {
    let db: Database;
    let app: FastifyInstance;
    const get = async (url: string) => {
      const response = await app.inject({ method: "GET", url });
      return { status: response.statusCode, body: response.json(), headers: response.headers };
    };

    before(async () => {
      db = await engine.open();
      app = await buildServer(db);
    });
    after(async () => {
      await app.close();
      await db.close();
      await engine.cleanup();
    });

    test("upload: several files in one form, each with its result in the ingest --json shape; bad files named", async () => {
      const form = await multipartBody(
        [
          sample("04-sousse-live-updates.html"),
          sample("05-sousse-toll-rises.html"),
          { name: "picture.png", content: Buffer.from("89504e470d0a1a0a0000000d49484452", "hex") },
          { name: "empty.txt", content: "" },
        ],
        { source: "Maghreb Wire", reliability: "B" },
      );
      const response = await app.inject({ method: "POST", url: "/api/documents", ...form });
      assert.equal(response.statusCode, 200, response.body);
      const { documents } = response.json() as { documents: Record<string, unknown>[] };
      assert.deepEqual(
        documents.map((d) => [d.path, d.status]),
        [
          ["04-sousse-live-updates.html", "ingested"],
          ["05-sousse-toll-rises.html", "ingested"],
          ["picture.png", "failed"],
          ["empty.txt", "failed"],
        ],
      );
      assert.equal(documents[2]!.code, "TESSERA_UNSUPPORTED_FORMAT");
      assert.match(String(documents[2]!.error), /^picture\.png: /);
      assert.equal(documents[3]!.code, "TESSERA_EMPTY_DOCUMENT");
      assert.ok((documents[0]!.statements as number) > 0);

      const again = await app.inject({
        method: "POST",
        url: "/api/documents",
        ...(await multipartBody([sample("05-sousse-toll-rises.html")])),
      });
      assert.equal(again.json().documents[0].status, "unchanged");
    });

    test("upload: a bad metadata field is refused like a bad CLI option; a form without files is refused", async () => {
      const bad = await app.inject({
        method: "POST",
        url: "/api/documents",
        ...(await multipartBody([{ name: "x.txt", content: "Gunmen attacked." }], {
          published: "2015-13-45",
        })),
      });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().error.code, "TESSERA_INVALID_INPUT");
      assert.match(bad.json().error.message, /published date "2015-13-45" is not a date/);
      const none = await app.inject({
        method: "POST",
        url: "/api/documents",
        ...(await multipartBody([], { title: "x" })),
      });
      assert.equal(none.statusCode, 400);
      const json = await app.inject({ method: "POST", url: "/api/documents", payload: { text: "x" } });
      assert.equal(json.statusCode, 400);
    });

    test("documents: a page, then one with its text, sentences, mentions and statements", async () => {
      const page = await get("/api/documents?limit=1&offset=1");
      assert.equal(page.status, 200);
      assert.equal(page.body.items.length, 1);
      assert.deepEqual([page.body.limit, page.body.offset], [1, 1]);
      const all = await get("/api/documents");
      const toll = all.body.items.find((d: { title: string }) => /toll rises/i.test(d.title));
      assert.ok(toll, "the toll report is listed");
      assert.equal(toll.source.reliability, "B");
      const one = await get(`/api/documents/${toll.id}`);
      assert.equal(one.status, 200);
      const { document, sentences, mentions, statements } = one.body;
      assert.match(document.text, /death toll/);
      assert.ok(sentences.length > 3);
      assert.ok(mentions.length > 5);
      for (const m of mentions) assert.equal(document.text.slice(m.start, m.end), m.text);
      assert.ok(mentions.some((m: { entity: { name: string } }) => m.entity.name === "Seifeddine Rezgui"));
      assert.ok(statements.length > 0);
    });

    test("entities: list by type with pagination; a profile by any spelling with names, statements, sources, conflicts", async () => {
      const people = await get("/api/entities?type=person&limit=5");
      assert.equal(people.status, 200);
      assert.ok(people.body.items.length > 0 && people.body.items.length <= 5);
      assert.ok(people.body.items.every((e: { type: string }) => e.type === "person"));

      const profile = await get(`/api/entities/${encodeURIComponent("Rezgui")}`);
      assert.equal(profile.status, 200);
      assert.equal(profile.body.entity.name, "Seifeddine Rezgui");
      assert.ok(profile.body.aliases.some((a: { documents: unknown[] }) => a.documents.length > 0));
      assert.ok(profile.body.statements.some((s: { predicate: string }) => s.predicate === "age"));
      assert.ok(profile.body.documents.every((d: { source: unknown }) => d.source !== undefined));
      assert.ok(Array.isArray(profile.body.conflicts));
      assert.equal(typeof profile.body.corroboration, "object");
    });

    test("statements with evidence, filtered by entity and predicate", async () => {
      const killed = await get("/api/statements?predicate=killed&limit=100");
      assert.equal(killed.status, 200);
      const values = killed.body.items.map((s: { value: number }) => s.value);
      assert.ok(values.includes(38) && values.includes(39), `values: ${values}`);
      for (const s of killed.body.items) assert.ok(s.evidence.length > 0 && s.evidence[0].quote.length > 0);
      const bad = await get("/api/statements?predicate=likes");
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.code, "TESSERA_INVALID_INPUT");
    });

    test("search: documents ranked with snippets, names fuzzily", async () => {
      const found = await get(`/api/search?q=${encodeURIComponent('"death toll"')}`);
      assert.equal(found.status, 200);
      assert.ok(found.body.documents.length > 0);
      assert.match(found.body.documents[0].snippet, /«/);
      const names = await get("/api/search?q=Rezgui");
      assert.ok(names.body.entities.some((e: { name: string }) => e.name === "Seifeddine Rezgui"));
    });

    test("analysis: the Sousse toll conflict (38 or 39), neighbours, paths, timeline, places", async () => {
      const conflicts = await get("/api/conflicts?limit=50");
      assert.equal(conflicts.status, 200, JSON.stringify(conflicts.body));
      const toll = conflicts.body.items.find((c: { predicate: string }) => c.predicate === "killed");
      assert.ok(toll, "a conflict on the death toll");
      const sides = toll.values.map((v: { value: unknown }) => v.value);
      assert.ok(sides.includes(38) && sides.includes(39), `sides: ${JSON.stringify(sides)}`);

      const event = toll.subject.id;
      const near = await get(`/api/entities/${event}/neighbours`);
      assert.equal(near.status, 200);
      assert.ok(near.body.nodes.some((n: { id: string }) => n.id === event));
      assert.ok(near.body.edges.length > 0);
      const other = near.body.nodes.find((n: { id: string }) => n.id !== event);
      const paths = await get(`/api/paths?from=${event}&to=${other.id}`);
      assert.equal(paths.status, 200);
      assert.ok(paths.body.items.length > 0);
      assert.equal(paths.body.items[0].nodes.at(-1).id, other.id);

      const timeline = await get(`/api/entities/${event}/timeline`);
      assert.equal(timeline.status, 200);
      assert.equal(timeline.body.entity.id, event);
      assert.ok(timeline.body.items.every((i: { time: { precision: string } }) => i.time.precision));

      const places = await get("/api/places?limit=5");
      assert.equal(places.status, 200);
      assert.ok(places.body.items.length <= 5);
    });

    test("review: the queue pages; a merge is recorded in the history and can be undone", async () => {
      const queue = await get("/api/review?limit=5");
      assert.equal(queue.status, 200, JSON.stringify(queue.body));
      assert.ok(Array.isArray(queue.body.items));
      const people = (await get("/api/entities?type=person&limit=50")).body.items as { id: string }[];
      const [keep, merge] = [people[0]!.id, people.at(-1)!.id];
      const merged = await app.inject({
        method: "POST",
        url: "/api/merges",
        payload: { keep, merge, reason: "test" },
      });
      assert.equal(merged.statusCode, 200, merged.body);
      const history = await get(`/api/entities/${keep}/merges`);
      assert.equal(history.body.items.length, 1);
      const undo = await app.inject({
        method: "POST",
        url: `/api/merges/${merged.json().id}/undo`,
        payload: {},
      });
      assert.equal(undo.statusCode, 200, undo.body);
      const after = await get(`/api/entities/${keep}`);
      assert.ok(after.body.merges[0].undoneAt, "the merge is shown as undone");
      const unknown = await app.inject({
        method: "POST",
        url: "/api/distinct",
        payload: { a: keep, b: "ent_nope" },
      });
      assert.equal(unknown.statusCode, 404);
    });

    test("errors carry the registry's code and HTTP status", async () => {
      const missing = await get("/api/entities/ent_nope");
      assert.equal(missing.status, 404);
      assert.equal(missing.body.error.code, "TESSERA_NOT_FOUND");
      const doc = await get("/api/documents/doc_nope");
      assert.equal(doc.status, 404);
      assert.match(doc.body.error.message, /doc_nope/);
      const limit = await get("/api/documents?limit=0");
      assert.equal(limit.status, 400);
      assert.equal(limit.body.error.code, "TESSERA_INVALID_INPUT");
      const route = await get("/api/no-such-thing");
      assert.equal(route.status, 404);
      assert.equal(route.body.error.code, "TESSERA_NOT_FOUND");
    });

    test("the OpenAPI document describes every endpoint with its schemas", async () => {
      const { status, body } = await get("/api/openapi.json");
      assert.equal(status, 200);
      assert.match(body.openapi, /^3\./);
      for (const path of [
        "/api/documents",
        "/api/documents/{id}",
        "/api/entities",
        "/api/entities/{id}",
        "/api/statements",
        "/api/search",
        "/api/conflicts",
        "/api/copresence",
        "/api/paths",
        "/api/entities/{id}/neighbours",
        "/api/entities/{id}/timeline",
        "/api/places",
        "/api/review",
        "/api/merges",
        "/api/merges/{id}/undo",
        "/api/distinct",
      ]) {
        assert.ok(body.paths[path], `${path} is documented`);
      }
      assert.ok(body.components.schemas.Statement, "shared schemas are named components");
      assert.ok(
        body.paths["/api/documents"].get.parameters.some((p: { name: string }) => p.name === "limit"),
      );
    });
  });
}
