import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { describeError, ERROR_CODES, type ErrorCode, isTesseraError } from "../errors/errors.js";

/** The body every failed request gets: the registry's code and one sentence for a person. */
export function errorBody(code: ErrorCode, message: string, input?: string) {
  return { error: input === undefined ? { code, message } : { code, message, input } };
}

/**
 * Maps errors to HTTP statuses at the edge, from the one registry (ERROR_CODES[code].http). Schema
 * validation failures are the user's input, so they are TESSERA_INVALID_INPUT like a bad CLI option.
 */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (isTesseraError(error)) {
    const status = ERROR_CODES[error.code].http;
    if (status >= 500) request.log.error({ err: error }, error.message);
    return reply.status(status).send(errorBody(error.code, error.message, error.input));
  }
  if (error.validation) {
    const where = error.validationContext ?? "request";
    return reply.status(400).send(errorBody("TESSERA_INVALID_INPUT", `${where}: ${error.message}`));
  }
  if (typeof error.statusCode === "number" && error.statusCode >= 400 && error.statusCode < 500) {
    const code: ErrorCode = error.statusCode === 413 ? "TESSERA_TOO_LARGE" : "TESSERA_INVALID_INPUT";
    return reply.status(error.statusCode).send(errorBody(code, describeError(error)));
  }
  request.log.error({ err: error }, "unexpected failure");
  return reply.status(500).send(errorBody("TESSERA_INTERNAL", describeError(error)));
}
