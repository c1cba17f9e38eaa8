import type { FastifyRequest } from 'fastify';
import type { RequestContext } from './audit-records.js';

/**
 * The request's origin for the audit log. `request.ip` is the socket's peer unless Fastify's
 * `trustProxy` is configured, in which case it is the client named by the proxy.
 */
export function requestContext(request: FastifyRequest): RequestContext {
  return { remoteAddress: request.ip ?? null };
}
