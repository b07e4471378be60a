import type { FastifyInstance } from "fastify";
import {
  findConflicts,
  findCopresence,
  findPaths,
  listPlaces,
  neighborhood,
  timeline,
} from "../../analyze/index.js";
import { getEntityRef } from "../../store/repositories/entities.js";
import type { RouteContext } from "../route-context.js";
import { errorResponses, open, type Page, pageOf, pageQuery, ref } from "../schemas.js";
import { entityParams } from "./entities.js";

const date = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" } as const;

/** A page cut from a whole list, for analyses that answer all at once. */
function slice<T>(
  items: readonly T[],
  { limit, offset }: Page,
): { items: T[]; limit: number; offset: number } {
  return { items: items.slice(offset, offset + limit), limit, offset };
}

const graph = {
  type: "object",
  properties: {
    nodes: { type: "array", items: open },
    edges: { type: "array", items: open },
  },
  required: ["nodes", "edges"],
} as const;

export function analysisRoutes(app: FastifyInstance, { db }: RouteContext): void {
  app.get<{ Querystring: Page & { entity?: string } }>(
    "/api/conflicts",
    {
      schema: {
        tags: ["analysis"],
        summary:
          "Functional facts on which sources disagree (the Sousse toll: 38 or 39), with each value's sources",
        querystring: { type: "object", properties: { ...pageQuery, entity: { type: "string" } } },
        response: { 200: pageOf(open), ...errorResponses },
      },
    },
    async (request) => {
      const { limit, offset, entity } = request.query;
      const entityId = entity ? (await getEntityRef(db, entity)).id : undefined;
      const items = await findConflicts(db, { limit, offset, ...(entityId ? { entityId } : {}) });
      return { items, limit, offset };
    },
  );

  app.get<{ Querystring: Page & { entity?: string; place?: string; from?: string; to?: string } }>(
    "/api/copresence",
    {
      schema: {
        tags: ["analysis"],
        summary: "Entities placed at the same place in overlapping time",
        querystring: {
          type: "object",
          properties: {
            ...pageQuery,
            entity: { type: "string" },
            place: { type: "string" },
            from: date,
            to: date,
          },
        },
        response: { 200: pageOf(open), ...errorResponses },
      },
    },
    async (request) => {
      const { limit, offset, entity, place, from, to } = request.query;
      const options: NonNullable<Parameters<typeof findCopresence>[1]> = { limit: limit + offset };
      if (entity) options.entityId = (await getEntityRef(db, entity)).id;
      if (place) options.placeId = (await getEntityRef(db, place)).id;
      if (from) options.from = from;
      if (to) options.to = to;
      return slice(await findCopresence(db, options), { limit, offset });
    },
  );

  app.get<{ Querystring: Page & { from: string; to: string; maxHops?: number } }>(
    "/api/paths",
    {
      schema: {
        tags: ["analysis"],
        summary: "The shortest chains of statements linking two entities",
        querystring: {
          type: "object",
          properties: {
            ...pageQuery,
            limit: { type: "integer", minimum: 1, maximum: 20, default: 3 },
            from: { type: "string" },
            to: { type: "string" },
            maxHops: { type: "integer", minimum: 1, maximum: 8 },
          },
          required: ["from", "to"],
        },
        response: { 200: pageOf(open), ...errorResponses },
      },
    },
    async (request) => {
      const { limit, offset, maxHops } = request.query;
      const [from, to] = await Promise.all([
        getEntityRef(db, request.query.from),
        getEntityRef(db, request.query.to),
      ]);
      const paths = await findPaths(db, from.id, to.id, {
        k: limit + offset,
        ...(maxHops ? { maxHops } : {}),
      });
      return slice(paths, { limit, offset });
    },
  );

  app.get<{ Params: { id: string }; Querystring: { hops: number; limit: number } }>(
    "/api/entities/:id/neighbours",
    {
      schema: {
        tags: ["analysis"],
        summary: "An entity's neighbourhood in the graph of statements, for the link chart",
        params: entityParams,
        querystring: {
          type: "object",
          properties: {
            hops: { type: "integer", minimum: 1, maximum: 3, default: 1 },
            limit: { type: "integer", minimum: 1, maximum: 500, default: 60 },
          },
        },
        response: { 200: graph, ...errorResponses },
      },
    },
    async (request) => {
      const entity = await getEntityRef(db, request.params.id);
      return neighborhood(db, entity.id, { hops: request.query.hops, limit: request.query.limit });
    },
  );

  app.get<{ Params: { id: string }; Querystring: Page }>(
    "/api/entities/:id/timeline",
    {
      schema: {
        tags: ["analysis"],
        summary: "An entity's (or a place's) dated statements in time order, with each date's precision",
        params: entityParams,
        querystring: {
          type: "object",
          properties: { ...pageQuery, limit: { ...pageQuery.limit, default: 500 } },
        },
        response: {
          200: {
            type: "object",
            properties: { entity: ref("EntityRef"), ...pageOf(open).properties },
            required: ["entity", "items", "limit", "offset"],
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const entity = await getEntityRef(db, request.params.id);
      return { entity, ...slice(await timeline(db, entity.id), request.query) };
    },
  );

  app.get<{ Querystring: Page }>(
    "/api/places",
    {
      schema: {
        tags: ["analysis"],
        summary: "Places with coordinates where known (gazetteer), for the map",
        querystring: {
          type: "object",
          properties: { ...pageQuery, limit: { ...pageQuery.limit, default: 1000 } },
        },
        response: { 200: pageOf(open), ...errorResponses },
      },
    },
    async (request) => {
      return slice(await listPlaces(db), request.query);
    },
  );
}
