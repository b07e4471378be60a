import type { FastifyInstance } from "fastify";
import { corroboration as corroborationOf, findConflicts } from "../../analyze/index.js";
import { ENTITY_TYPE_NAMES, type EntityType } from "../../model/index.js";
import { mergeHistory } from "../../resolve/index.js";
import { documentRefs } from "../../store/repositories/document-refs.js";
import {
  aliasSightings,
  getEntityRef,
  getEntitySummary,
  listEntities,
} from "../../store/repositories/entities.js";
import { listStatements } from "../../store/repositories/statements.js";
import type { RouteContext } from "../route-context.js";
import { errorResponses, nullable, open, type Page, pageOf, pageQuery, ref } from "../schemas.js";

const aliasSighting = {
  type: "object",
  properties: {
    name: { type: "string" },
    origin: { type: "string" },
    documents: {
      type: "array",
      items: {
        type: "object",
        properties: { id: { type: "string" }, title: { type: "string" }, count: { type: "integer" } },
        required: ["id", "title", "count"],
      },
    },
  },
  required: ["name", "origin", "documents"],
} as const;

export const entityParams = {
  type: "object",
  properties: { id: { type: "string", description: "an entity id, or any name it is known by" } },
  required: ["id"],
} as const;

export function entityRoutes(app: FastifyInstance, { db }: RouteContext): void {
  app.get<{ Querystring: Page & { type?: EntityType } }>(
    "/api/entities",
    {
      schema: {
        tags: ["entities"],
        summary: "Entities, most mentioned first, with their other names",
        querystring: {
          type: "object",
          properties: { ...pageQuery, type: { type: "string", enum: ENTITY_TYPE_NAMES } },
        },
        response: { 200: pageOf(ref("EntitySummary")), ...errorResponses },
      },
    },
    async (request) => {
      const { limit, offset, type } = request.query;
      const items = await listEntities(db, { limit, offset, ...(type ? { type } : {}) });
      return { items, limit, offset };
    },
  );

  app.get<{ Params: { id: string } }>(
    "/api/entities/:id",
    {
      schema: {
        tags: ["entities"],
        summary:
          "An entity's profile: names with where each was seen, statements with evidence and the documents it comes from, conflicts, corroboration and merge history",
        params: entityParams,
        response: {
          200: {
            type: "object",
            properties: {
              entity: ref("EntitySummary"),
              aliases: { type: "array", items: aliasSighting },
              statements: { type: "array", items: ref("Statement") },
              documents: { type: "array", items: ref("DocumentRef") },
              conflicts: nullable({ type: "array", items: open }),
              corroboration: nullable({ type: "object", additionalProperties: open }),
              merges: nullable({ type: "array", items: open }),
            },
            required: [
              "entity",
              "aliases",
              "statements",
              "documents",
              "conflicts",
              "corroboration",
              "merges",
            ],
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const entityRef = await getEntityRef(db, request.params.id);
      const [entity, aliases, statements] = await Promise.all([
        getEntitySummary(db, entityRef.id),
        aliasSightings(db, entityRef.id),
        listStatements(db, { entityId: entityRef.id, limit: 10000 }),
      ]);
      const documentIds = statements.flatMap((s) => s.evidence.flatMap((e) => e.documentId ?? []));
      const [documents, conflicts, corroboration, merges] = await Promise.all([
        documentRefs(db, documentIds),
        findConflicts(db, { entityId: entityRef.id, limit: 1000 }),
        corroborationOf(
          db,
          statements.map((s) => s.id),
        ).then((found) => Object.fromEntries(found)),
        mergeHistory(db, entityRef.id),
      ]);
      return { entity, aliases, statements, documents, conflicts, corroboration, merges };
    },
  );
}
