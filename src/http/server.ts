import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyMultipart from "@fastify/multipart";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import Fastify, { type FastifyInstance } from "fastify";
import { DEFAULT_MAX_BYTES } from "../ingest/readers/index.js";
import type { Database } from "../store/database.js";
import { errorBody, handleError } from "./error-handler.js";
import { analysisRoutes } from "./routes/analysis.js";
import { documentRoutes } from "./routes/documents.js";
import { entityRoutes } from "./routes/entities.js";
import { metaRoutes } from "./routes/meta.js";
import { reviewRoutes } from "./routes/review.js";
import { searchRoutes } from "./routes/search.js";
import { statementRoutes } from "./routes/statements.js";
import { uploadRoutes } from "./routes/upload.js";
import { SHARED_SCHEMAS } from "./schemas.js";

/** The built web UI: `vite build` writes it here, from src/ and from dist/ alike. */
export const WEB_ROOT = fileURLToPath(new URL("../../dist/web/", import.meta.url));

// Nothing the workbench shows may come from elsewhere: no CDN, no fonts, no tiles (issue 6).
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

export interface ServerOptions {
  /** Fastify's logger; off by default (the CLI prints the address itself). */
  logger?: boolean;
  /** Largest uploaded file; DEFAULT_MAX_BYTES unless told. */
  maxBytes?: number;
  /** Where the built UI lies; WEB_ROOT unless told. */
  webRoot?: string;
  /** The named-entity model for uploaded reports (see `defaultPipeline`); "conll" unless told. */
  nerModel?: string;
}

/**
 * The workbench's HTTP server on one open store: the JSON API under /api (OpenAPI document at
 * /api/openapi.json) and the web UI everywhere else. Not listening yet: tests use `inject`.
 */
export async function buildServer(db: Database, options: ServerOptions = {}): Promise<FastifyInstance> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const app = Fastify({
    logger: options.logger ?? false,
    ajv: { customOptions: { coerceTypes: "array", removeAdditional: false } },
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "Tessera API",
        version: "0.1.0",
        description:
          "The intelligence-fusion workbench's API: reports, entities, statements with evidence, analysis and review. Errors carry Tessera's codes (docs/errors.md).",
      },
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  for (const schema of SHARED_SCHEMAS) app.addSchema(schema);
  await app.register(fastifyMultipart, {
    throwFileSizeLimit: false,
    limits: { fileSize: maxBytes, files: 100 },
  });
  app.setErrorHandler(handleError);

  const context = { db };
  metaRoutes(app, context);
  documentRoutes(app, context);
  uploadRoutes(app, context, maxBytes, options.nerModel);
  entityRoutes(app, context);
  statementRoutes(app, context);
  searchRoutes(app, context);
  analysisRoutes(app, context);
  reviewRoutes(app, context);
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  const webRoot = options.webRoot ?? WEB_ROOT;
  const built = existsSync(`${webRoot}/index.html`);
  if (built) await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: "index.html" });
  app.addHook("onSend", async (_request, reply, payload) => {
    if (String(reply.getHeader("content-type") ?? "").startsWith("text/html")) {
      reply.header("content-security-policy", CONTENT_SECURITY_POLICY);
    }
    return payload;
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api/") || request.method !== "GET") {
      return reply
        .status(404)
        .send(errorBody("TESSERA_NOT_FOUND", `${request.method} ${request.url}: no such endpoint`));
    }
    // The UI routes in the browser (/entities/…, /chart/…): every other page is its index.html.
    if (built) return reply.type("text/html").sendFile("index.html");
    return reply
      .type("text/html")
      .send(
        "<!doctype html><title>Tessera</title><p>The web UI is not built: run <code>npm run build</code>.</p>",
      );
  });
  return app;
}

/**
 * Starts the workbench on `host:port` (port 0 picks a free one) and gives its address.
 *
 * @example
 *   const server = await startServer(db, { port: 7777, host: "127.0.0.1" });
 *   console.log(`Workbench: ${server.url}`);
 */
export async function startServer(
  db: Database,
  options: { port: number; host: string } & ServerOptions,
): Promise<{ url: string; close(): Promise<void> }> {
  const app = await buildServer(db, options);
  await app.listen({ port: options.port, host: options.host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return { url: `http://${host}:${port}/`, close: () => app.close() };
}
