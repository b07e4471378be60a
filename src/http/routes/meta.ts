import type { FastifyInstance } from "fastify";
import { ENTITY_TYPES, PREDICATES } from "../../model/index.js";
import { countEntities } from "../../store/repositories/entities.js";
import { countStatements } from "../../store/repositories/statements.js";
import type { RouteContext } from "../route-context.js";

/** What the UI needs to know once: the store's size, the vocabularies and which features are present. */
export function metaRoutes(app: FastifyInstance, { db }: RouteContext): void {
  app.get(
    "/api/meta",
    {
      schema: {
        tags: ["meta"],
        summary: "The store's counts, the entity types and predicates, and which features this build has",
        response: {
          200: {
            type: "object",
            properties: {
              engine: { type: "string" },
              counts: {
                type: "object",
                properties: {
                  entities: { type: "object", additionalProperties: { type: "integer" } },
                  statements: { type: "integer" },
                  evidence: { type: "integer" },
                },
              },
              entityTypes: { type: "object", additionalProperties: { type: "string" } },
              predicates: { type: "object", additionalProperties: { type: "string" } },
              features: {
                type: "object",
                properties: { analysis: { type: "boolean" }, resolution: { type: "boolean" } },
              },
            },
          },
        },
      },
    },
    async () => {
      const [entities, totals] = await Promise.all([countEntities(db), countStatements(db)]);
      return {
        engine: db.engine,
        counts: { entities, ...totals },
        entityTypes: Object.fromEntries(Object.entries(ENTITY_TYPES).map(([k, v]) => [k, v.label])),
        predicates: Object.fromEntries(Object.entries(PREDICATES).map(([k, v]) => [k, v.label])),
        features: { analysis: true, resolution: true },
      };
    },
  );
}
