import type { FastifyInstance } from "fastify";
import { inputError, TesseraError } from "../../errors/errors.js";
import { defaultPipeline } from "../../ingest/default-pipeline.js";
import { failedResult, type IngestResult, ingestReport } from "../../ingest/ingest-service.js";
import { validateMetadata } from "../../ingest/prepare-report.js";
import { DEFAULT_MAX_BYTES, readInput } from "../../ingest/readers/index.js";
import type { RawMetadata } from "../../ingest/report.js";
import type { RouteContext } from "../route-context.js";
import { errorResponses, ref } from "../schemas.js";

const METADATA_FIELDS = ["title", "source", "url", "published", "reliability", "tlp", "language"] as const;

/**
 * Upload: a multipart form with one or more files and, optionally, the same metadata fields as
 * `tessera ingest` (title, source, url, published, reliability, tlp, language) sent before the
 * files. Each file goes through readInput and ingestReport like a file given to the CLI; the answer
 * is the `ingest --json` shape, one result per report, and a bad file never stops the others.
 */
export function uploadRoutes(
  app: FastifyInstance,
  { db }: RouteContext,
  maxBytes = DEFAULT_MAX_BYTES,
  nerModel?: string,
): void {
  const pipeline = defaultPipeline(nerModel ? { nerModel } : {});
  app.post(
    "/api/documents",
    {
      schema: {
        tags: ["documents"],
        summary: "Upload reports (multipart/form-data: files, plus optional metadata fields before them)",
        consumes: ["multipart/form-data"],
        response: {
          200: {
            type: "object",
            properties: { documents: { type: "array", items: ref("IngestResult") } },
            required: ["documents"],
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      if (!request.isMultipart()) {
        throw new TesseraError("TESSERA_INVALID_INPUT", "upload: send the reports as multipart/form-data");
      }
      const metadata: RawMetadata = {};
      const documents: IngestResult[] = [];
      for await (const part of request.parts({ limits: { fileSize: maxBytes } })) {
        if (part.type === "field") {
          const key = METADATA_FIELDS.find((f) => f === part.fieldname);
          const value = typeof part.value === "string" ? part.value.trim() : "";
          if (key && value !== "") {
            // A bad field is refused before any file is read, as the CLI refuses a bad option.
            validateMetadata(key, { [key]: value });
            metadata[key] = value;
          }
          continue;
        }
        const name = part.filename || "upload";
        const bytes = await part.toBuffer();
        if (part.file.truncated) {
          documents.push(
            failedResult(
              name,
              inputError("TESSERA_TOO_LARGE", name, `larger than the limit of ${maxBytes} bytes`),
            ),
          );
          continue;
        }
        for (const outcome of await readInput(name, bytes)) {
          documents.push(
            outcome.ok
              ? await ingestReport(db, outcome.report, { pipeline, metadata })
              : failedResult(outcome.origin, outcome.error),
          );
        }
      }
      if (documents.length === 0) {
        throw new TesseraError("TESSERA_INVALID_INPUT", "upload: the form has no files");
      }
      return { documents };
    },
  );
}
