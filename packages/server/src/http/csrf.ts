import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The origin of a loopback Host header (`localhost:5173`), for development through a local proxy. */
function loopbackOrigins(request: FastifyRequest): string[] {
  const host = request.headers.host;
  if (!host || !URL.canParse(`http://${host}`)) return [];
  if (!LOOPBACK.has(new URL(`http://${host}`).hostname)) return [];
  return [`http://${host}`, `https://${host}`];
}

/**
 * Cross-site request forgery protection for every state-changing request (POST, PUT, PATCH, DELETE),
 * by Fetch Metadata and Origin, without tokens: refused with 403 `CSRF_REJECTED` when
 * - `Sec-Fetch-Site` is present and neither `same-origin` nor `none` (a navigation the user typed), or
 * - `Origin` is present and not the server's own origin: that of `publicUrl`, or, when the request's
 *   Host is a loopback name, that host (development through the web app's dev server proxy).
 *
 * A request with neither header is allowed: browsers send `Origin` on every cross-origin POST, PUT,
 * PATCH and DELETE (fetch, XHR and form posts alike) and current browsers add `Sec-Fetch-Site` too, so a
 * forged request from another site always carries at least one of them. Requests without both come from
 * scripts, curl and the tests' `app.inject`, which hold no victim's cookie to abuse. The session cookie's
 * SameSite=Lax is a second line of defence for browsers that predate these headers.
 */
export function installCsrfProtection(app: FastifyInstance, publicUrl: string): void {
  const ownOrigin = new URL(publicUrl).origin;
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const site = request.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') {
      throw new AppError('CSRF_REJECTED', 'Cross-site requests may not change anything.');
    }
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== ownOrigin && !loopbackOrigins(request).includes(origin)) {
      throw new AppError('CSRF_REJECTED', 'Requests from another origin may not change anything.');
    }
  });
}
