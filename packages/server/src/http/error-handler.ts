import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { InvalidCursorError } from '@intyg/store';
import { AppError, ERRORS, type ErrorCode } from '../errors.js';

export interface ErrorBody {
  readonly code: ErrorCode;
  readonly message: string;
  readonly details?: unknown;
}

/** Fastify's own client errors, by their error code, in our catalogue's terms. */
const FASTIFY_ERRORS: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'MALFORMED_JSON', message: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'MALFORMED_JSON', message: 'The request body is empty but should be JSON.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Send the request body as application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'INVALID_REQUEST', message: 'The Content-Length header is wrong.' },
};

/** Turns any error into `{ code, message, details? }` with the catalogue's status: the one place that does. */
export function toErrorResponse(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    const body: ErrorBody =
      error.details === undefined
        ? { code: error.code, message: error.message }
        : { code: error.code, message: error.message, details: error.details };
    return { status: error.status, body };
  }
  if (error instanceof InvalidCursorError) {
    return { status: 400, body: { code: 'INVALID_CURSOR', message: 'The cursor is not one this API gave out.' } };
  }
  const fastifyError = error as Partial<FastifyError> | undefined;
  if (fastifyError && hasZodFastifySchemaValidationErrors(fastifyError)) {
    return {
      status: 400,
      body: {
        code: 'INVALID_REQUEST',
        message: `The request does not match the API: ${fastifyError.message}`,
        details: fastifyError.validation.map((issue) => ({
          path: issue.instancePath,
          message: issue.message,
        })),
      },
    };
  }
  const known = fastifyError?.code ? FASTIFY_ERRORS[fastifyError.code] : undefined;
  if (known) return { status: ERRORS[known.code], body: known };
  const status = fastifyError?.statusCode;
  // @fastify/rate-limit throws a plain error with status 429 (its Retry-After header is already set).
  if (status === 429)
    return { status, body: { code: 'RATE_LIMITED', message: 'Too many attempts; try again shortly.' } };
  if (status !== undefined && status >= 400 && status < 500) {
    return {
      status,
      body: { code: status === 404 ? 'NOT_FOUND' : 'INVALID_REQUEST', message: String(fastifyError?.message) },
    };
  }
  return { status: 500, body: { code: 'INTERNAL', message: 'Something went wrong on the server.' } };
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const { status, body } = toErrorResponse(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    void reply.status(status).send(body);
  });
}
