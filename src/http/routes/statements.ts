import type { FastifyInstance } from "fastify";
import { PREDICATE_NAMES, type Predicate } from "../../model/index.js";
import { getEntityRef } from "../../store/repositories/entities.js";
import { listStatements, type StatementFilter } from "../../store/repositories/statements.js";
import type { RouteContext } from "../route-context.js";
import { errorResponses, type Page, pageOf, pageQuery, ref } from "../schemas.js";

export function statementRoutes(app: FastifyInstance, { db }: RouteContext): void {
  app.get<{ Querystring: Page & { entity?: string; predicate?: Predicate; document?: string } }>(
    "/api/statements",
    {
      schema: {
        tags: ["statements"],
        summary: "Statements with their evidence sentences, by entity, predicate or document",
        querystring: {
          type: "object",
          properties: {
            ...pageQuery,
            entity: { type: "string", description: "an entity id or name" },
            predicate: { type: "string", enum: PREDICATE_NAMES },
            document: { type: "string", description: "a document id" },
          },
        },
        response: { 200: pageOf(ref("Statement")), ...errorResponses },
      },
    },
    async (request) => {
      const { limit, offset, entity, predicate, document } = request.query;
      const filter: StatementFilter = { limit, offset };
      if (entity) filter.entityId = (await getEntityRef(db, entity)).id;
      if (predicate) filter.predicate = predicate;
      if (document) filter.documentId = document;
      return { items: await listStatements(db, filter), limit, offset };
    },
  );
}
