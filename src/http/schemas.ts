/**
 * JSON Schemas for the API, shared by request validation, response serialisation and the OpenAPI
 * document. The shapes are the CLI's `--json` shapes (README, "JSON shapes"); vocabularies come from
 * the declared model so the API refuses what the model does not know.
 */
import { ENTITY_TYPE_NAMES, MARKING_NAMES, PREDICATE_NAMES, RELIABILITY } from "../model/index.js";

const nullable = (schema: Record<string, unknown>) => ({ anyOf: [schema, { type: "null" }] });
const str = { type: "string" } as const;
const int = { type: "integer" } as const;

/** Shapes other modules own (analysis, resolution): declared loosely so new keys pass through. */
const open = { type: "object", additionalProperties: true } as const;

export const SHARED_SCHEMAS = [
  {
    $id: "Error",
    type: "object",
    properties: {
      error: {
        type: "object",
        properties: { code: str, message: str, input: str },
        required: ["code", "message"],
      },
    },
    required: ["error"],
  },
  {
    $id: "EntityRef",
    type: "object",
    properties: { id: str, name: str, type: { type: "string", enum: ENTITY_TYPE_NAMES } },
    required: ["id", "name", "type"],
  },
  {
    $id: "EntitySummary",
    type: "object",
    properties: {
      id: str,
      name: str,
      type: { type: "string", enum: ENTITY_TYPE_NAMES },
      aliases: { type: "array", items: str },
      mentionCount: int,
      documentCount: int,
    },
    required: ["id", "name", "type", "aliases", "mentionCount", "documentCount"],
  },
  {
    $id: "Source",
    type: "object",
    properties: { id: str, name: str, reliability: { type: "string", enum: Object.keys(RELIABILITY) } },
    required: ["id", "name", "reliability"],
  },
  {
    $id: "TimeInterval",
    type: "object",
    properties: { from: str, to: str, precision: { type: "string", enum: ["day", "month", "year"] } },
    required: ["from", "to", "precision"],
  },
  {
    $id: "Evidence",
    type: "object",
    properties: {
      documentId: nullable(str),
      sentence: nullable(int),
      start: nullable(int),
      end: nullable(int),
      quote: str,
      credibility: int,
      analyst: nullable({ type: "object", properties: { name: str, at: str }, required: ["name", "at"] }),
    },
    required: ["documentId", "sentence", "start", "end", "quote"],
  },
  {
    $id: "Statement",
    type: "object",
    properties: {
      id: str,
      subject: { $ref: "EntityRef#" },
      predicate: { type: "string", enum: PREDICATE_NAMES },
      object: nullable({ $ref: "EntityRef#" }),
      value: { anyOf: [{ type: "number" }, str, { type: "null" }] },
      unit: str,
      bound: { type: "string", enum: ["exact", "at_least", "at_most"] },
      role: str,
      time: nullable({ $ref: "TimeInterval#" }),
      credibility: int,
      marking: { type: "string", enum: MARKING_NAMES },
      evidence: { type: "array", items: { $ref: "Evidence#" } },
    },
    required: ["id", "subject", "predicate", "object", "value", "time", "credibility", "marking", "evidence"],
  },
  {
    $id: "DocumentSummary",
    type: "object",
    properties: {
      id: str,
      title: str,
      url: nullable(str),
      published: nullable(str),
      language: str,
      source: nullable({ $ref: "Source#" }),
      contentHash: str,
      marking: { type: "string", enum: MARKING_NAMES },
      ingestedAt: str,
      format: str,
      mentionCount: int,
      statementCount: int,
    },
    required: ["id", "title", "published", "source", "marking", "format"],
  },
  {
    $id: "DocumentRef",
    type: "object",
    properties: { id: str, title: str, published: nullable(str), source: nullable({ $ref: "Source#" }) },
    required: ["id", "title", "published", "source"],
  },
  {
    $id: "IngestResult",
    type: "object",
    properties: {
      path: str,
      id: nullable(str),
      title: nullable(str),
      status: { type: "string", enum: ["ingested", "unchanged", "failed"] },
      error: str,
      code: str,
      entities: int,
      statements: int,
    },
    required: ["path", "id", "title", "status", "entities", "statements"],
  },
] as const;

/** `limit` and `offset` on every list; a page is at most 1000 items. */
export const pageQuery = {
  limit: { type: "integer", minimum: 1, maximum: 1000, default: 50 },
  offset: { type: "integer", minimum: 0, default: 0 },
} as const;

export interface Page {
  limit: number;
  offset: number;
}

/** A page of items: `{items, limit, offset}`. */
export function pageOf(items: Record<string, unknown>) {
  return {
    type: "object",
    properties: { items: { type: "array", items }, limit: int, offset: int },
    required: ["items", "limit", "offset"],
  } as const;
}

export const ref = (id: string) => ({ $ref: `${id}#` }) as const;

export const errorResponses = {
  400: ref("Error"),
  404: ref("Error"),
  409: ref("Error"),
  500: ref("Error"),
} as const;

export { nullable, open };
