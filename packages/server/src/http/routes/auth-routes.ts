import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { resolveBankIdLogin, resolveSithsLogin, type LoginOutcome } from '../../auth/login-resolution.js';
import type { LoginTransaction } from '../../auth/relying-party.js';
import { SESSION_COOKIE } from '../../auth/sessions.js';
import { loginRateLimitOf, type SessionRouteOptions } from './session-routes.js';
import { setSessionCookie } from './session-cookie.js';

/** Holds state, nonce and PKCE verifier between /auth/login and /auth/callback; only sent to /auth. */
export const LOGIN_COOKIE = 'intyg_login';
const LOGIN_COOKIE_SECONDS = 10 * 60;

/** Where the browser goes after a refused login; the web app explains the reason in Swedish. */
const refusedPage = (reason: string) => `/access-denied?reason=${encodeURIComponent(reason)}`;

function readTransaction(raw: string | undefined): LoginTransaction | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<LoginTransaction>;
    const strings = [value.state, value.nonce, value.codeVerifier].every((part) => typeof part === 'string');
    return strings && (value.method === 'siths' || value.method === 'bankid') ? (value as LoginTransaction) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The OpenID Connect login: `/auth/login` sends the browser to the identity provider, `/auth/callback`
 * takes it back, verifies the answer and opens the session that the identity gives (login-resolution.ts).
 * These are browser navigations, so they answer with redirects, never with JSON.
 */
export const authRoutes =
  ({
    sessions,
    secureCookies,
    directory,
    practitioners,
    relyingParty,
    loginRateLimit,
  }: SessionRouteOptions): FastifyPluginAsyncZod =>
  async (app) => {
    const rateLimit = loginRateLimitOf({ loginRateLimit });
    const cookieOptions = { path: '/auth', httpOnly: true, sameSite: 'lax', secure: secureCookies } as const;

    app.get(
      '/auth/login',
      {
        config: { public: true, rateLimit },
        schema: {
          tags: ['session'],
          summary: 'Start an OpenID Connect login (SITHS card or BankID)',
          querystring: z.object({ method: z.enum(['siths', 'bankid']).default('siths') }),
        },
      },
      async (request, reply) => {
        if (!relyingParty) return reply.redirect(refusedPage('loginUnavailable'));
        let started;
        try {
          started = await relyingParty.begin(request.query.method);
        } catch (error) {
          request.log.error({ err: error }, 'the identity provider cannot be reached');
          return reply.redirect(refusedPage('loginUnavailable'));
        }
        const value = Buffer.from(JSON.stringify(started.transaction)).toString('base64url');
        void reply.setCookie(LOGIN_COOKIE, value, { ...cookieOptions, maxAge: LOGIN_COOKIE_SECONDS });
        return reply.redirect(started.url);
      },
    );

    app.get(
      '/auth/callback',
      {
        config: { public: true, rateLimit },
        schema: { tags: ['session'], summary: 'Where the identity provider returns' },
      },
      async (request, reply) => {
        const transaction = readTransaction(request.cookies[LOGIN_COOKIE]);
        void reply.clearCookie(LOGIN_COOKIE, cookieOptions);
        if (!transaction || !relyingParty) return reply.redirect(refusedPage('loginFailed'));
        let claims: Record<string, unknown>;
        try {
          const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
          claims = await relyingParty.complete(query, transaction);
        } catch (error) {
          // State mismatch, a cancelled login, a replayed code, a bad ID token: all end here, no session.
          request.log.warn({ err: error }, 'OpenID Connect callback refused');
          return reply.redirect(refusedPage('loginFailed'));
        }
        let outcome: LoginOutcome;
        if (transaction.method === 'siths' && typeof claims.hsa_id === 'string') {
          outcome = resolveSithsLogin(directory, claims.hsa_id);
        } else if (transaction.method === 'bankid' && typeof claims.personal_identity_number === 'string') {
          const name = typeof claims.name === 'string' ? claims.name : '';
          outcome = resolveBankIdLogin(directory, practitioners, claims.personal_identity_number, name);
        } else {
          outcome = { ok: false, reason: 'unknownPerson' };
        }
        if (!outcome.ok) return reply.redirect(refusedPage(outcome.reason));
        await sessions.end(request.cookies[SESSION_COOKIE]);
        setSessionCookie(reply, await sessions.open(outcome.session), secureCookies);
        const next = { care: '/', pendingUnit: '/choose-unit', citizen: refusedPage('citizen') } as const;
        return reply.redirect(next[outcome.session.kind]);
      },
    );
  };
