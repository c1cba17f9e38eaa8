import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { staffOf } from '../../auth/login-resolution.js';
import type { RelyingParty } from '../../auth/relying-party.js';
import { sessionAtUnit, type CareSession, type SessionData } from '../../auth/session-data.js';
import { SESSION_COOKIE, type Sessions } from '../../auth/sessions.js';
import type { HsaDirectory } from '../../directory/hsa.js';
import type { PractitionerRegister } from '../../directory/practitioner-register.js';
import { actorFor, findTestUser, findUnit, TEST_USERS, type TestUser } from '../../directory/test-directory.js';
import { AppError } from '../../errors.js';
import { sessionOf } from '../authenticate.js';
import { authRoutes } from './auth-routes.js';
import { setSessionCookie } from './session-cookie.js';

export interface SessionRouteOptions {
  readonly sessions: Sessions;
  readonly devLogin: boolean;
  readonly secureCookies: boolean;
  /** Login attempts per minute and client address on each login route. */
  readonly loginRateLimit: number;
  readonly directory: HsaDirectory;
  readonly practitioners: PractitionerRegister;
  /** Undefined when no OpenID Connect provider is configured: /auth/login then says so. */
  readonly relyingParty: RelyingParty | undefined;
}

/** The person as the web app shows them: for a care session with the chosen unit. */
export function userView(session: SessionData) {
  if (session.kind === 'citizen') return { name: session.name };
  const { person } = session;
  const base = {
    userId: person.userId,
    hsaId: person.hsaId,
    name: person.name,
    role: person.role,
    title: person.title,
  };
  if (session.kind === 'pendingUnit') return base;
  return {
    ...base,
    role: session.actor.role,
    unitId: session.unit.unitId,
    unitName: session.unit.unitName,
    careProviderId: session.unit.careProviderId,
    careProviderName: session.unit.careProviderName,
  };
}

/** The rate limit of the login routes (with @fastify/rate-limit registered with `global: false`). */
export const loginRateLimitOf = (options: Pick<SessionRouteOptions, 'loginRateLimit'>) => ({
  max: options.loginRateLimit,
  timeWindow: 60_000,
});

const ANY_SESSION = { sessionKinds: ['care', 'pendingUnit', 'citizen'] } as const;
const STAFF_SESSION = { sessionKinds: ['care', 'pendingUnit'] } as const;

/**
 * The development login for tests and scripts: a test user logs in at the unit of their first
 * commission for care and treatment, or at `unitId` when it is one of theirs. HSA ids are accepted
 * as user ids too. A test user missing from the HSA directory logs in at the unit the test list names.
 */
function devSession(directory: HsaDirectory, userId: string, unitId: string | undefined): CareSession {
  const testUser: TestUser | undefined = findTestUser(userId);
  const staff = staffOf(directory, testUser?.hsaId ?? userId, testUser?.userId ?? userId);
  if (!staff) {
    if (!testUser) throw new AppError('UNKNOWN_USER', 'There is no test user with that id.');
    const actor = actorFor(testUser);
    const unit = findUnit(testUser.unitId)!;
    const person = {
      userId: actor.userId,
      hsaId: actor.hsaId,
      name: actor.name,
      title: testUser.title,
      role: actor.role,
    };
    return sessionAtUnit(person, [unitChoiceOf(unit)], unit.unitId, actor)!;
  }
  if (staff.units.length === 0) {
    throw new AppError('NO_COMMISSION', 'The person has no commission for care and treatment.');
  }
  const extra = testUser ? actorFor(testUser) : {};
  const session = sessionAtUnit(staff.person, staff.units, unitId ?? staff.units[0]!.unitId, extra);
  if (!session) throw new AppError('UNKNOWN_UNIT', 'The person has no commission at that unit.');
  return session;
}

const unitChoiceOf = (unit: NonNullable<ReturnType<typeof findUnit>>) => ({
  unitId: unit.unitId,
  unitName: unit.unitName,
  careProviderId: unit.careProviderId,
  careProviderName: unit.careProviderName,
});

/** The development login, the session's own routes and the OpenID Connect login (/auth/*). */
export const sessionRoutes =
  (options: SessionRouteOptions): FastifyPluginAsyncZod =>
  async (app) => {
    const { sessions, devLogin, secureCookies, directory } = options;
    const requireDevLogin = () => {
      if (!devLogin) throw new AppError('DEV_LOGIN_DISABLED', 'The development login is switched off.');
    };

    await app.register(authRoutes(options));

    app.get(
      '/api/dev/users',
      { config: { public: true }, schema: { tags: ['session'], summary: 'Test users for the development login' } },
      async () => {
        requireDevLogin();
        return { items: TEST_USERS.map((user) => userView(devSession(directory, user.userId, undefined))) };
      },
    );

    app.post(
      '/api/dev/login',
      {
        config: { public: true, rateLimit: loginRateLimitOf(options) },
        schema: {
          tags: ['session'],
          summary: 'Log in as a test user (development only)',
          body: z.strictObject({ userId: z.string().min(1).max(100), unitId: z.string().min(1).max(100).optional() }),
        },
      },
      async (request, reply) => {
        requireDevLogin();
        const session = devSession(directory, request.body.userId, request.body.unitId);
        await sessions.end(request.cookies[SESSION_COOKIE]);
        setSessionCookie(reply, await sessions.open(session), secureCookies);
        return { user: userView(session) };
      },
    );

    app.post(
      '/api/logout',
      { config: { public: true }, schema: { tags: ['session'], summary: 'End the session' } },
      async (request, reply) => {
        await sessions.end(request.cookies[SESSION_COOKIE]);
        void reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send();
      },
    );

    app.get(
      '/api/me',
      { config: ANY_SESSION, schema: { tags: ['session'], summary: 'Who is logged in, and in which unit' } },
      async (request) => {
        const session = sessionOf(request);
        return { kind: session.kind, user: userView(session), units: session.kind === 'citizen' ? [] : session.units };
      },
    );

    app.get(
      '/api/session/units',
      { config: STAFF_SESSION, schema: { tags: ['session'], summary: 'The care units the person may work in' } },
      async (request) => {
        const session = sessionOf(request);
        if (session.kind === 'citizen') throw new AppError('CARE_ACCESS_REQUIRED', 'No care units for a citizen.');
        return { items: session.units, currentUnitId: session.kind === 'care' ? session.unit.unitId : null };
      },
    );

    app.post(
      '/api/session/unit',
      {
        config: STAFF_SESSION,
        schema: {
          tags: ['session'],
          summary: 'Choose or switch the care unit',
          body: z.strictObject({ unitId: z.string().min(1).max(100) }),
        },
      },
      async (request, reply) => {
        const session = sessionOf(request);
        if (session.kind === 'citizen') throw new AppError('CARE_ACCESS_REQUIRED', 'No care units for a citizen.');
        const extra = session.kind === 'care' ? session.actor : {};
        const next = sessionAtUnit(session.person, session.units, request.body.unitId, extra);
        if (!next) throw new AppError('UNKNOWN_UNIT', 'You have no commission at that unit.');
        // A new token for the new unit: the old one ends, so a copied cookie does not follow the switch.
        await sessions.end(request.cookies[SESSION_COOKIE]);
        setSessionCookie(reply, await sessions.open(next), secureCookies);
        return { user: userView(next) };
      },
    );
  };
