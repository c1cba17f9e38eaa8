import type { Actor } from '@intyg/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SessionData } from '../auth/session-data.js';
import { SESSION_COOKIE, type Sessions } from '../auth/sessions.js';
import { AppError } from '../errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    session: SessionData | null;
  }
  interface FastifyContextConfig {
    /** Routes open without a session: health, docs, login. */
    public?: boolean;
    /**
     * The session kinds a route accepts; `['care']` unless it says otherwise. Only session routes
     * accept a pending unit choice or a citizen.
     */
    sessionKinds?: readonly SessionData['kind'][];
  }
}

/**
 * Every API route needs a care session with a chosen unit unless its config says otherwise. A citizen
 * (BankID without a licence) is refused on every care route with 403, as is a person who has not yet
 * chosen a unit.
 */
export function installAuthentication(app: FastifyInstance, sessions: Sessions): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/docs')) return;
    const config = request.routeOptions.config;
    if (config.public) return;
    const session = await sessions.read(request.cookies[SESSION_COOKIE]);
    if (!session) throw new AppError('UNAUTHENTICATED', 'Log in first.');
    if (!(config.sessionKinds ?? ['care']).includes(session.kind)) {
      if (session.kind === 'citizen') {
        throw new AppError(
          'CARE_ACCESS_REQUIRED',
          'This service is for health-care staff; a citizen login has no access.',
        );
      }
      throw new AppError('UNIT_NOT_CHOSEN', 'Choose the care unit to work in first.');
    }
    request.session = session;
    if (session.kind === 'care') request.actor = session.actor;
  });
}

/** The acting user of an authenticated route; routes pass it explicitly to every domain call. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED', 'Log in first.');
  return request.actor;
}

/** The session of a route that accepts more than care sessions. */
export function sessionOf(request: FastifyRequest): SessionData {
  if (!request.session) throw new AppError('UNAUTHENTICATED', 'Log in first.');
  return request.session;
}
