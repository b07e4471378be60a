import type { FastifyInstance } from "fastify";
import { documentSentences, getDocument, listDocuments } from "../../store/repositories/documents.js";
import { documentMentions } from "../../store/repositories/mentions.js";
import { listStatements } from "../../store/repositories/statements.js";
import type { RouteContext } from "../route-context.js";
import { errorResponses, nullable, type Page, pageOf, pageQuery, ref } from "../schemas.js";

const mention = {
  type: "object",
  properties: {
    start: { type: "integer" },
    end: { type: "integer" },
    sentence: { type: "integer" },
    text: { type: "string" },
    label: { type: "string" },
    entity: ref("EntityRef"),
  },
  required: ["start", "end", "sentence", "text", "label", "entity"],
} as const;

const sentence = {
  type: "object",
  properties: { index: { type: "integer" }, start: { type: "integer" }, end: { type: "integer" } },
  required: ["index", "start", "end"],
} as const;

export function documentRoutes(app: FastifyInstance, { db }: RouteContext): void {
  app.get<{ Querystring: Page }>(
    "/api/documents",
    {
      schema: {
        tags: ["documents"],
        summary: "Stored documents with source, grade, date, marking and counts",
        querystring: { type: "object", properties: pageQuery },
        response: { 200: pageOf(ref("DocumentSummary")), ...errorResponses },
      },
    },
    async (request) => {
      const { limit, offset } = request.query;
      return { items: await listDocuments(db, { limit, offset }), limit, offset };
    },
  );

  app.get<{ Params: { id: string } }>(
    "/api/documents/:id",
    {
      schema: {
        tags: ["documents"],
        summary: "One document: its text, sentences, mentions and the statements it is evidence for",
        params: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
        response: {
          200: {
            type: "object",
            properties: {
              document: {
                type: "object",
                properties: {
                  id: { type: "string" },
                  title: { type: "string" },
                  text: { type: "string" },
                  url: nullable({ type: "string" }),
                  published: nullable({ type: "string" }),
                  language: { type: "string" },
                  source: nullable(ref("Source")),
                  marking: { type: "string" },
                  format: { type: "string" },
                  ingestedAt: { type: "string" },
                },
                required: ["id", "title", "text", "published", "source", "marking"],
              },
              sentences: { type: "array", items: sentence },
              mentions: { type: "array", items: mention },
              statements: { type: "array", items: ref("Statement") },
            },
            required: ["document", "sentences", "mentions", "statements"],
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const document = await getDocument(db, request.params.id);
      const [sentences, mentions, statements] = await Promise.all([
        documentSentences(db, document.id),
        documentMentions(db, document.id),
        listStatements(db, { documentId: document.id, limit: 10000 }),
      ]);
      return { document, sentences, mentions, statements };
    },
  );
}
