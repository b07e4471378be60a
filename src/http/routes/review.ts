import type { FastifyInstance } from "fastify";
import {
  addAlias,
  listReviewQueue,
  markDistinct,
  mergeEntities,
  mergeHistory,
  splitEntity,
} from "../../resolve/index.js";
import { getEntityRef } from "../../store/repositories/entities.js";
import type { RouteContext } from "../route-context.js";
import { errorResponses, open, type Page, pageOf, pageQuery } from "../schemas.js";
import { entityParams } from "./entities.js";

/** Who made a decision in the browser, when the request does not say. */
const WEB_ANALYST = "web";

const by = { type: "string", minLength: 1, description: "who decides (default: web)" } as const;

export function reviewRoutes(app: FastifyInstance, { db }: RouteContext): void {
  app.get<{ Querystring: Page }>(
    "/api/review",
    {
      schema: {
        tags: ["review"],
        summary: "Pairs of entities that may be the same, best candidates first, with the evidence for each",
        querystring: { type: "object", properties: pageQuery },
        response: { 200: pageOf(open), ...errorResponses },
      },
    },
    async (request) => {
      const { limit, offset } = request.query;
      return { items: await listReviewQueue(db, { limit, offset }), limit, offset };
    },
  );

  app.post<{ Body: { keep: string; merge: string; reason?: string; by?: string } }>(
    "/api/merges",
    {
      schema: {
        tags: ["review"],
        summary: "Merge two entities: `merge` joins `keep` (reversible)",
        body: {
          type: "object",
          properties: { keep: { type: "string" }, merge: { type: "string" }, reason: { type: "string" }, by },
          required: ["keep", "merge"],
        },
        response: { 200: open, ...errorResponses },
      },
    },
    async (request) => {
      const [keep, merge] = await Promise.all([
        getEntityRef(db, request.body.keep),
        getEntityRef(db, request.body.merge),
      ]);
      const { reason } = request.body;
      return mergeEntities(db, keep.id, merge.id, {
        by: request.body.by ?? WEB_ANALYST,
        ...(reason ? { reason } : {}),
      });
    },
  );

  app.post<{ Params: { id: string }; Body: { by?: string } | undefined }>(
    "/api/merges/:id/undo",
    {
      schema: {
        tags: ["review"],
        summary: "Undo a merge (split the merged entity back out)",
        params: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
        body: { type: "object", properties: { by } },
        response: { 200: open, ...errorResponses },
      },
    },
    async (request) => {
      return splitEntity(db, request.params.id, { by: request.body?.by ?? WEB_ANALYST });
    },
  );

  app.post<{ Body: { a: string; b: string; by?: string } }>(
    "/api/distinct",
    {
      schema: {
        tags: ["review"],
        summary: "Record that two entities are not the same (they leave the review queue)",
        body: {
          type: "object",
          properties: { a: { type: "string" }, b: { type: "string" }, by },
          required: ["a", "b"],
        },
        response: { 200: { type: "object", properties: { ok: { type: "boolean" } } }, ...errorResponses },
      },
    },
    async (request) => {
      const [a, b] = await Promise.all([getEntityRef(db, request.body.a), getEntityRef(db, request.body.b)]);
      await markDistinct(db, a.id, b.id, { by: request.body.by ?? WEB_ANALYST });
      return { ok: true };
    },
  );

  app.post<{ Params: { id: string }; Body: { name: string; by?: string } }>(
    "/api/entities/:id/aliases",
    {
      schema: {
        tags: ["review"],
        summary: "Add a name an entity is known by",
        params: entityParams,
        body: {
          type: "object",
          properties: { name: { type: "string", minLength: 1 }, by },
          required: ["name"],
        },
        response: { 200: { type: "object", properties: { ok: { type: "boolean" } } }, ...errorResponses },
      },
    },
    async (request) => {
      const entity = await getEntityRef(db, request.params.id);
      await addAlias(db, entity.id, request.body.name, { by: request.body.by ?? WEB_ANALYST });
      return { ok: true };
    },
  );

  app.get<{ Params: { id: string } }>(
    "/api/entities/:id/merges",
    {
      schema: {
        tags: ["review"],
        summary: "An entity's merge history, newest first, undone merges included",
        params: entityParams,
        response: {
          200: { type: "object", properties: { items: { type: "array", items: open } } },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const entity = await getEntityRef(db, request.params.id);
      return { items: await mergeHistory(db, entity.id) };
    },
  );
}
