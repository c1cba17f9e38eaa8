import { openTestStore, type TestStore } from '@intyg/store/test-support';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createTestHsaDirectory } from '../directory/hsa-test-data.js';
import { createTestPractitionerRegister } from '../directory/practitioner-register.js';
import { buildApp } from '../http/app.js';
import { startDevIdp, type DevIdp } from '../idp/dev-idp.js';
import { createSystem } from '../system.js';

/**
 * The whole OpenID Connect login against the real development identity provider on a free port:
 * the server in-process (inject), the provider over HTTP with fetch, redirects followed by hand.
 */
const PUBLIC_URL = 'http://intyg.test';
const CLIENT = { clientId: 'intyg-test', clientSecret: 'test-secret', redirectUri: `${PUBLIC_URL}/auth/callback` };

/** A browser's cookies for one host, enough for the identity provider's interaction and session cookies. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

interface Callback {
  url: URL;
  loginCookie: string;
  authorizationUrl: URL;
}

describe('OpenID Connect login through the development identity provider', () => {
  let opened: TestStore;
  let idp: DevIdp;
  let app: FastifyInstance;

  beforeAll(async () => {
    opened = await openTestStore('sqlite');
    idp = await startDevIdp({
      host: '127.0.0.1',
      port: 0,
      client: CLIENT,
      directory: createTestHsaDirectory(),
      practitioners: createTestPractitionerRegister(),
      citizens: async () => [{ personId: '191212121212', name: 'Tolvan Tolvansson' }],
    });
    const config = loadConfig({
      INTYG_DEV_LOGIN: 'true',
      INTYG_DEV_IDP: 'false',
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: CLIENT.clientId,
      OIDC_CLIENT_SECRET: CLIENT.clientSecret,
      PUBLIC_URL,
      INTYG_WEB_DIST: '/nonexistent',
    });
    app = await buildApp(await createSystem(config, { store: opened.store }));
  });
  afterAll(async () => {
    await app?.close();
    await idp?.close();
    await opened?.destroy();
  });

  /** From /auth/login to the provider's redirect back to the server, picking `accountId` on its login page. */
  async function throughProvider(method: 'siths' | 'bankid', accountId: string): Promise<Callback> {
    const start = await app.inject({ method: 'GET', url: `/auth/login?method=${method}` });
    expect(start.statusCode).toBe(302);
    const loginCookie = start.cookies.find((cookie) => cookie.name === 'intyg_login')!;
    expect(loginCookie.httpOnly).toBe(true);
    const authorizationUrl = new URL(start.headers.location as string);
    const jar = new CookieJar();
    let response = await fetch(authorizationUrl, { redirect: 'manual' });
    jar.take(response);
    const interactionUrl = new URL(response.headers.get('location')!, idp.issuer);
    expect(interactionUrl.pathname).toMatch(/^\/interaction\//);

    response = await fetch(interactionUrl, { headers: { cookie: jar.header() } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`value="${accountId}"`);
    const formAction = /<form method="post" action="([^"]+\/login)"/.exec(html)![1]!;

    response = await fetch(new URL(formAction, idp.issuer), {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ accountId }).toString(),
    });
    jar.take(response);
    let location = new URL(response.headers.get('location')!, idp.issuer);
    // Resume the authorization at the provider until it sends the browser back to the server.
    for (let hop = 0; hop < 5 && location.origin === idp.issuer; hop++) {
      response = await fetch(location, { redirect: 'manual', headers: { cookie: jar.header() } });
      jar.take(response);
      location = new URL(response.headers.get('location')!, idp.issuer);
    }
    expect(location.origin + location.pathname).toBe(CLIENT.redirectUri);
    return { url: location, loginCookie: loginCookie.value, authorizationUrl };
  }

  async function callback(back: Callback, url = back.url) {
    const response = await app.inject({
      method: 'GET',
      url: url.pathname + url.search,
      headers: { cookie: `intyg_login=${back.loginCookie}` },
    });
    const session = response.cookies.find((cookie) => cookie.name === 'intyg_session');
    return { response, location: response.headers.location, cookie: session && `intyg_session=${session.value}` };
  }

  const get = (url: string, cookie: string | undefined) =>
    app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

  it('logs a doctor with one commission in at that unit, with PKCE, state and nonce on the request', async () => {
    const back = await throughProvider('siths', 'siths:TSTNMT2321000156-DRAA');
    const params = back.authorizationUrl.searchParams;
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(params.get('state')).toBeTruthy();
    expect(params.get('nonce')).toBeTruthy();
    expect(params.get('redirect_uri')).toBe(CLIENT.redirectUri);

    const { location, cookie } = await callback(back);
    expect(location).toBe('/');
    const me = (await get('/api/me', cookie)).json();
    expect(me).toMatchObject({
      kind: 'care',
      user: { hsaId: 'TSTNMT2321000156-DRAA', name: 'Ajla Doktor', role: 'doctor', unitName: 'Alfa Vårdcentral' },
    });
    expect((await get('/api/certificates', cookie)).statusCode).toBe(200);
  });

  it('refuses a callback whose state was tampered with, and opens no session', async () => {
    const back = await throughProvider('siths', 'siths:TSTNMT2321000156-DRAA');
    const tampered = new URL(back.url);
    tampered.searchParams.set('state', 'forged-state');
    const { location, cookie } = await callback(back, tampered);
    expect(location).toBe('/access-denied?reason=loginFailed');
    expect(cookie).toBeUndefined();
  });

  it('refuses a code exchanged without the right PKCE verifier', async () => {
    const back = await throughProvider('siths', 'siths:TSTNMT2321000156-DRAA');
    const transaction = JSON.parse(Buffer.from(back.loginCookie, 'base64url').toString()) as Record<string, string>;
    const forged = { ...transaction, codeVerifier: 'x'.repeat(43) };
    const { location, cookie } = await callback({
      ...back,
      loginCookie: Buffer.from(JSON.stringify(forged)).toString('base64url'),
    });
    expect(location).toBe('/access-denied?reason=loginFailed');
    expect(cookie).toBeUndefined();
  });

  it('refuses a code used twice', async () => {
    const back = await throughProvider('siths', 'siths:TSTNMT2321000156-DRAA');
    expect((await callback(back)).location).toBe('/');
    expect((await callback(back)).location).toBe('/access-denied?reason=loginFailed');
  });

  it('refuses a person without a commission for care and treatment', async () => {
    const back = await throughProvider('siths', 'siths:TSTNMT2321000156-LESV');
    const { location, cookie } = await callback(back);
    expect(location).toBe('/access-denied?reason=noCommission');
    expect(cookie).toBeUndefined();
  });

  it('gives a person with two commissions a session pending the unit choice, then the chosen unit', async () => {
    const back = await throughProvider('siths', 'siths:TSTNMT2321000156-DRDD');
    const { location, cookie } = await callback(back);
    expect(location).toBe('/choose-unit');
    expect((await get('/api/me', cookie)).json()).toMatchObject({
      kind: 'pendingUnit',
      user: { name: 'Dag Dubbeldoktor' },
    });
    const refused = await get('/api/certificates', cookie);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'UNIT_NOT_CHOSEN' });

    const units = (await get('/api/session/units', cookie)).json<{ items: { unitId: string }[] }>();
    // The commission at Beta Mottagning is for administration only and gives no access.
    expect(units.items.map((unit) => unit.unitId)).toEqual(['TSTNMT2321000156-ALVC', 'TSTNMT2321000156-ALTC']);

    const wrong = await app.inject({
      method: 'POST',
      url: '/api/session/unit',
      headers: { cookie },
      payload: { unitId: 'TSTNMT2321000156-ALMC' },
    });
    expect(wrong.statusCode).toBe(422);

    const chosen = await app.inject({
      method: 'POST',
      url: '/api/session/unit',
      headers: { cookie },
      payload: { unitId: 'TSTNMT2321000156-ALTC' },
    });
    expect(chosen.statusCode).toBe(200);
    const next = chosen.cookies.find((c) => c.name === 'intyg_session')!;
    const nextCookie = `intyg_session=${next.value}`;
    expect((await get('/api/me', nextCookie)).json()).toMatchObject({
      kind: 'care',
      user: { unitName: 'Alfa Tandvårdscentral', role: 'doctor' },
    });
    expect((await get('/api/certificates', nextCookie)).statusCode).toBe(200);
    // The choice rotates the session: the pending session's token is gone.
    expect((await get('/api/me', cookie)).statusCode).toBe(401);
  });

  it('gives a citizen a session that every care route refuses with 403', async () => {
    const back = await throughProvider('bankid', 'bankid:191212121212');
    const { location, cookie } = await callback(back);
    expect(location).toBe('/access-denied?reason=citizen');
    expect((await get('/api/me', cookie)).json()).toMatchObject({
      kind: 'citizen',
      user: { name: 'Tolvan Tolvansson' },
    });
    const careRoutes = [
      '/api/certificates',
      '/api/patients',
      '/api/patients/191212121212',
      '/api/certificate-types',
      '/api/session/units',
    ];
    for (const url of careRoutes) {
      const response = await get(url, cookie);
      expect(response.statusCode, url).toBe(403);
    }
    const create = await app.inject({
      method: 'POST',
      url: '/api/certificates',
      headers: { cookie },
      payload: { type: 'lisjp', patientId: '191212121212' },
    });
    expect(create.statusCode).toBe(403);
    expect(create.json()).toMatchObject({ code: 'CARE_ACCESS_REQUIRED' });
  });

  it('logs a licensed private doctor in with BankID at their practice; refuses one without a licence', async () => {
    const petra = await callback(await throughProvider('bankid', 'bankid:195206172339'));
    expect(petra.location).toBe('/');
    expect((await get('/api/me', petra.cookie)).json()).toMatchObject({
      kind: 'care',
      user: { name: 'Petra Privat', role: 'privateDoctor', unitName: 'Petra Privats Läkarpraktik' },
    });
    const olle = await callback(await throughProvider('bankid', 'bankid:197705232382'));
    expect(olle.location).toBe('/access-denied?reason=notLicensed');
    expect(olle.cookie).toBeUndefined();
  });

  it('offers only the identities of the requested method on the provider login page', async () => {
    const start = await app.inject({ method: 'GET', url: '/auth/login?method=bankid' });
    const jar = new CookieJar();
    const response = await fetch(start.headers.location as string, { redirect: 'manual' });
    jar.take(response);
    const page = await fetch(new URL(response.headers.get('location')!, idp.issuer), {
      headers: { cookie: jar.header() },
    });
    const html = await page.text();
    expect(html).toContain('lang="sv"');
    expect(html).toContain('BankID');
    expect(html).toContain('Tolvan Tolvansson');
    expect(html).not.toContain('Ajla Doktor');
  });

  it('says the login is unavailable when no provider is configured', async () => {
    const config = loadConfig({ INTYG_DEV_LOGIN: 'false', INTYG_WEB_DIST: '/nonexistent' });
    const bare = await buildApp(await createSystem(config, { store: opened.store }));
    const response = await bare.inject({ method: 'GET', url: '/auth/login?method=siths' });
    expect(response.headers.location).toBe('/access-denied?reason=loginUnavailable');
    await bare.close();
  });
});
