import type { FastifyRequest } from 'fastify';

/**
 * The application log never carries personal identity numbers: a run of 10–12 digits
 * (with or without a dash or plus, also URL-encoded as %2B) in a URL is masked. It errs on the side
 * of hiding: any such digit run goes, e.g. the organisation number inside an HSA id. Who looked at
 * which patient belongs in the audit log, not here.
 */
const PERSON_ID = /\d{6,8}(?:[-+]|%2[bB])?\d{4}/g;

export function redactUrl(url: string): string {
  return url.replace(PERSON_ID, '************');
}

export const requestSerializer = (request: FastifyRequest) => ({
  method: request.method,
  url: redactUrl(request.url),
  remoteAddress: request.ip,
});
