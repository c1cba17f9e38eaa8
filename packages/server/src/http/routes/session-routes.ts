import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE, type Sessions } from '../../auth/sessions.js';
import { actorFor, findTestUser, findUnit, TEST_USERS } from '../../directory/test-directory.js';
import { AppError } from '../../errors.js';
import { actorOf } from '../authenticate.js';

export interface SessionRouteOptions {
  readonly sessions: Sessions;
  readonly devLogin: boolean;
  readonly secureCookies: boolean;
}

const userView = (userId: string) => {
  const user = findTestUser(userId);
  const unit = user && findUnit(user.unitId);
  return user && unit
    ? {
        userId: user.userId,
        hsaId: user.hsaId,
        name: user.name,
        role: user.role,
        title: user.title,
        unitId: unit.unitId,
        unitName: unit.unitName,
        careProviderId: unit.careProviderId,
        careProviderName: unit.careProviderName,
      }
    : undefined;
};

/** The development login and the session's own routes. */
export const sessionRoutes =
  ({ sessions, devLogin, secureCookies }: SessionRouteOptions): FastifyPluginAsyncZod =>
  async (app) => {
    const requireDevLogin = () => {
      if (!devLogin) throw new AppError('DEV_LOGIN_DISABLED', 'The development login is switched off.');
    };

    app.get(
      '/api/dev/users',
      { config: { public: true }, schema: { tags: ['session'], summary: 'Test users for the development login' } },
      async () => {
        requireDevLogin();
        return { items: TEST_USERS.map((user) => userView(user.userId)) };
      },
    );

    app.post(
      '/api/dev/login',
      {
        config: { public: true },
        schema: {
          tags: ['session'],
          summary: 'Log in as a test user (development only)',
          body: z.strictObject({ userId: z.string().min(1).max(100) }),
        },
      },
      async (request, reply) => {
        requireDevLogin();
        const user = findTestUser(request.body.userId);
        if (!user) throw new AppError('UNKNOWN_USER', 'There is no test user with that id.');
        const { token, expiresAt } = await sessions.start(actorFor(user));
        void reply.setCookie(SESSION_COOKIE, token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: secureCookies,
          expires: new Date(expiresAt),
        });
        return { user: userView(user.userId) };
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

    app.get('/api/me', { schema: { tags: ['session'], summary: 'Who is logged in' } }, async (request) => ({
      user: userView(actorOf(request).userId),
    }));
  };
