/**
 * Errors a client can see, as `{ status, code, message }`: the JSON routes answer `{ code, message }`, the
 * contract routes a SOAP Fault carrying `code: message`. Anything that is not a known client error is a 500
 * whose message says nothing of its cause (that goes to the log).
 */
import type { FastifyError } from 'fastify';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export interface ErrorResponse {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

/** Fastify's own client errors, by their error code. */
const FASTIFY_ERRORS: Record<string, Omit<ErrorResponse, 'status'>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'This content type is not accepted.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'INVALID_REQUEST', message: 'The Content-Length header is wrong.' },
};

export function toErrorResponse(error: unknown): ErrorResponse {
  if (error instanceof HttpError) return { status: error.status, code: error.code, message: error.message };
  const fastifyError = error as Partial<FastifyError> | undefined;
  const status = fastifyError?.statusCode;
  if (status === undefined || status < 400 || status >= 500) {
    return { status: 500, code: 'INTERNAL', message: 'Something went wrong on our side.' };
  }
  const known = fastifyError?.code === undefined ? undefined : FASTIFY_ERRORS[fastifyError.code];
  if (known !== undefined) return { status, ...known };
  if (fastifyError?.validation !== undefined) {
    return { status, code: 'INVALID_REQUEST', message: `The request does not match the API: ${fastifyError.message}` };
  }
  return { status, code: status === 404 ? 'NOT_FOUND' : 'INVALID_REQUEST', message: String(fastifyError?.message) };
}
