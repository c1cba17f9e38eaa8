/**
 * Cross-site request forgery protection for the page's form, without tokens (as the server's csrf.ts): a post
 * is refused when `Sec-Fetch-Site` says another site sent it, or when `Origin` is present and is not this
 * host's own origin. A post with neither header comes from a script or a test, which holds no one's session
 * to abuse (the page has no login at all; this keeps other sites from sending messages through a visitor).
 */
import type { FastifyRequest } from 'fastify';

export function sameOrigin(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  const host = request.headers.host;
  return host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
}
