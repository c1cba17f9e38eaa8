import type { Clock } from '@intyg/core';
import { openTestStore, type TestStore } from '@intyg/store/test-support';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createSystem } from '../system.js';
import { json } from '../test-support/test-app.js';
import { buildApp } from './app.js';

const CROSS_SITE = { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' };

describe('session security', () => {
  let opened: TestStore;
  const apps: FastifyInstance[] = [];
  beforeAll(async () => {
    opened = await openTestStore('sqlite');
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await opened?.destroy();
  });

  async function appWith(env: Record<string, string> = {}, clock?: Clock): Promise<FastifyInstance> {
    const config = loadConfig({
      INTYG_DEV_LOGIN: 'true',
      INTYG_DEV_IDP: 'false',
      INTYG_WEB_DIST: '/nonexistent',
      INTYG_LOGIN_RATE_LIMIT: '1000',
      ...env,
    });
    const app = await buildApp(await createSystem(config, { store: opened.store, clock }));
    apps.push(app);
    return app;
  }

  async function login(app: FastifyInstance, userId = 'ajla'): Promise<string> {
    const response = await app.inject({ method: 'POST', url: '/api/dev/login', payload: { userId } });
    expect(response.statusCode).toBe(200);
    return `intyg_session=${response.cookies.find((c) => c.name === 'intyg_session')!.value}`;
  }

  describe('cookies', () => {
    it('are HTTP-only and SameSite=Lax, and not Secure on plain http://localhost', async () => {
      const app = await appWith();
      const response = await app.inject({ method: 'POST', url: '/api/dev/login', payload: { userId: 'ajla' } });
      const cookie = response.cookies.find((c) => c.name === 'intyg_session')!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(cookie.secure).toBeUndefined();
    });

    it('are Secure when the public URL is https', async () => {
      const app = await appWith({ PUBLIC_URL: 'https://intyg.example' });
      const response = await app.inject({ method: 'POST', url: '/api/dev/login', payload: { userId: 'ajla' } });
      const cookie = response.cookies.find((c) => c.name === 'intyg_session')!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true });
    });
  });

  describe('CSRF protection', () => {
    let app: FastifyInstance;
    beforeAll(async () => {
      app = await appWith();
    });
    const me = (cookie: string) => app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });

    it('refuses a cross-site POST with the session cookie and changes nothing', async () => {
      const cookie = await login(app, 'TSTNMT2321000156-DRDD');
      for (const headers of [CROSS_SITE, { 'sec-fetch-site': 'same-site' }, { origin: 'https://evil.example' }]) {
        const logout = await app.inject({ method: 'POST', url: '/api/logout', headers: { ...headers, cookie } });
        expect(logout.statusCode).toBe(403);
        expect(json(logout)).toMatchObject({ code: 'CSRF_REJECTED' });
        const switchUnit = await app.inject({
          method: 'POST',
          url: '/api/session/unit',
          headers: { ...headers, cookie },
          payload: { unitId: 'TSTNMT2321000156-ALTC' },
        });
        expect(switchUnit.statusCode).toBe(403);
        expect(switchUnit.cookies).toEqual([]);
      }
      // Still logged in, still at the first unit.
      const after = await me(cookie);
      expect(after.statusCode).toBe(200);
      expect(json(after)).toMatchObject({ kind: 'care', user: { unitId: 'TSTNMT2321000156-ALVC' } });
      const sameSite = await app.inject({
        method: 'POST',
        url: '/api/session/unit',
        headers: { cookie, origin: 'http://localhost:8080', 'sec-fetch-site': 'same-origin' },
        payload: { unitId: 'TSTNMT2321000156-ALTC' },
      });
      expect(json(sameSite)).toMatchObject({ user: { unitId: 'TSTNMT2321000156-ALTC' } });
    });

    it('refuses an origin that only claims to be the Host it was sent to, unless that host is loopback', async () => {
      const cookie = await login(app);
      const forged = await app.inject({
        method: 'POST',
        url: '/api/logout',
        headers: { cookie, host: 'evil.example', origin: 'http://evil.example' },
      });
      expect(forged.statusCode).toBe(403);
      const devProxy = await app.inject({
        method: 'POST',
        url: '/api/dev/login',
        headers: { host: 'localhost:5173', origin: 'http://localhost:5173', 'sec-fetch-site': 'same-origin' },
        payload: { userId: 'ajla' },
      });
      expect(devProxy.statusCode).toBe(200);
    });

    it('allows same-origin requests and requests without either header', async () => {
      const cookie = await login(app);
      const sameOrigin = await app.inject({
        method: 'POST',
        url: '/api/logout',
        headers: { cookie, origin: 'http://localhost:8080', 'sec-fetch-site': 'same-origin' },
      });
      expect(sameOrigin.statusCode).toBe(204);
      expect((await me(cookie)).statusCode).toBe(401);

      const scripted = await login(app);
      const noHeaders = await app.inject({ method: 'POST', url: '/api/logout', headers: { cookie: scripted } });
      expect(noHeaders.statusCode).toBe(204);
      expect((await me(scripted)).statusCode).toBe(401);

      const typed = await app.inject({
        method: 'POST',
        url: '/api/dev/login',
        headers: { 'sec-fetch-site': 'none' },
        payload: { userId: 'ajla' },
      });
      expect(typed.statusCode).toBe(200);
    });

    it('never refuses a GET', async () => {
      const cookie = await login(app);
      const response = await app.inject({ method: 'GET', url: '/api/me', headers: { ...CROSS_SITE, cookie } });
      expect(response.statusCode).toBe(200);
    });
  });

  describe('idle timeout and absolute lifetime', () => {
    it('answers UNAUTHENTICATED after the idle timeout and deletes the session', async () => {
      let now = Date.parse('2025-11-01T08:00:00Z');
      const clock: Clock = { now: () => new Date(now).toISOString(), today: () => '2025-11-01' };
      const app = await appWith({ INTYG_SESSION_IDLE_MINUTES: '10', INTYG_SESSION_TTL_MINUTES: '60' }, clock);
      const cookie = await login(app);
      const me = () => app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
      now += 9 * 60_000;
      expect((await me()).statusCode).toBe(200);
      now += 9 * 60_000;
      expect((await me()).statusCode).toBe(200);
      const before = (await opened.store.counts()).sessions;
      now += 10 * 60_000;
      const late = await me();
      expect(late.statusCode).toBe(401);
      expect(json(late)).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect((await opened.store.counts()).sessions).toBe(before - 1);
    });

    it('ends an active session at its absolute lifetime; the cookie expires then too', async () => {
      let now = Date.parse('2025-11-02T08:00:00Z');
      const clock: Clock = { now: () => new Date(now).toISOString(), today: () => '2025-11-02' };
      const app = await appWith({ INTYG_SESSION_IDLE_MINUTES: '10', INTYG_SESSION_TTL_MINUTES: '30' }, clock);
      const response = await app.inject({ method: 'POST', url: '/api/dev/login', payload: { userId: 'ajla' } });
      const session = response.cookies.find((c) => c.name === 'intyg_session')!;
      expect(session.expires?.toISOString()).toBe('2025-11-02T08:30:00.000Z');
      const me = () =>
        app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `intyg_session=${session.value}` } });
      for (let step = 0; step < 3; step += 1) {
        now += 9 * 60_000;
        expect((await me()).statusCode).toBe(200);
      }
      now += 3 * 60_000;
      expect((await me()).statusCode).toBe(401);
    });
  });

  describe('login rate limit', () => {
    it('answers 429 RATE_LIMITED past the limit on each login route, and leaves other routes alone', async () => {
      const app = await appWith({ INTYG_LOGIN_RATE_LIMIT: '3' });
      const devLogin = () => app.inject({ method: 'POST', url: '/api/dev/login', payload: { userId: 'ajla' } });
      for (let attempt = 0; attempt < 3; attempt += 1) expect((await devLogin()).statusCode).toBe(200);
      const refused = await devLogin();
      expect(refused.statusCode).toBe(429);
      expect(json(refused)).toMatchObject({ code: 'RATE_LIMITED' });
      expect(refused.headers['retry-after']).toBeDefined();

      for (const url of ['/auth/login', '/auth/callback']) {
        for (let attempt = 0; attempt < 3; attempt += 1) {
          expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(302);
        }
        const limited = await app.inject({ method: 'GET', url });
        expect(limited.statusCode, url).toBe(429);
        expect(json(limited)).toMatchObject({ code: 'RATE_LIMITED' });
      }

      const health = await app.inject({ method: 'GET', url: '/health' });
      expect(health.statusCode).toBe(200);
      expect(health.headers['x-ratelimit-limit']).toBeUndefined();
    });
  });
});
