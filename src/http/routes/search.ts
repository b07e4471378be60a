import type { FastifyInstance } from "fastify";
import { searchNames } from "../../store/repositories/entities.js";
import { searchDocuments } from "../../store/repositories/search.js";
import type { RouteContext } from "../route-context.js";
import { errorResponses, type Page, pageQuery } from "../schemas.js";

export function searchRoutes(app: FastifyInstance, { db }: RouteContext): void {
  app.get<{ Querystring: Page & { q: string } }>(
    "/api/search",
    {
      schema: {
        tags: ["search"],
        summary:
          'Full-text search over documents (web syntax: "a phrase", or, -word) and fuzzy search over names',
        querystring: {
          type: "object",
          properties: { ...pageQuery, q: { type: "string", minLength: 1 } },
          required: ["q"],
        },
        response: {
          200: {
            type: "object",
            properties: {
              query: { type: "string" },
              limit: { type: "integer" },
              offset: { type: "integer" },
              documents: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    id: { type: "string" },
                    title: { type: "string" },
                    published: { anyOf: [{ type: "string" }, { type: "null" }] },
                    source: { anyOf: [{ type: "string" }, { type: "null" }] },
                    rank: { type: "number" },
                    snippet: { type: "string" },
                  },
                },
              },
              entities: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    id: { type: "string" },
                    name: { type: "string" },
                    type: { type: "string" },
                    matched: { type: "string" },
                    similarity: { type: "number" },
                  },
                },
              },
            },
            required: ["query", "documents", "entities"],
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { q, limit, offset } = request.query;
      const [documents, entities] = await Promise.all([
        searchDocuments(db, q, { limit, offset }),
        // Names are few and ranked by similarity: the page applies to documents; names are the best ten.
        offset === 0 ? searchNames(db, q, { limit: Math.min(limit, 10) }) : Promise.resolve([]),
      ]);
      return { query: q, limit, offset, documents, entities };
    },
  );
}
