import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Security headers on every response: helmet's, with our Content-Security-Policy, computed once
 * at start. @fastify/helmet runs helmet for every request and rebuilt the same headers each time,
 * which cost 0.13–0.35 ms per request here — more than reading a certificate from the database.
 * Routes with their own policy (the OpenAPI UI) override the CSP in a later hook.
 */
const OPTIONS: HelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: true,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'frame-ancestors': ["'none'"],
      // Plain http on localhost must keep working for development.
      'upgrade-insecure-requests': null,
    },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
};

/** The headers helmet sets with `options`, captured from one run of its middleware. */
export function helmetHeaders(options: HelmetOptions = OPTIONS): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  let done = false;
  const middleware = helmet(options) as unknown as (
    request: object,
    response: object,
    next: (error?: unknown) => void,
  ) => void;
  middleware({}, response, (error) => {
    if (error) throw error;
    done = true;
  });
  if (!done) throw new Error('helmet did not finish synchronously; its headers cannot be computed once');
  return headers;
}

export const SECURITY_HEADERS = helmetHeaders();

export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', async (_request, reply) => {
    void reply.headers(SECURITY_HEADERS);
  });
}
