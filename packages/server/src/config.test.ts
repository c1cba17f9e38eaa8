import { describe, expect, it } from 'vitest';
import { ConfigError, DEMO_RECIPIENT_SYSTEMS, DEMO_RIV_SYSTEM, loadConfig } from './config.js';

describe('login configuration', () => {
  it('runs the development identity provider with the development login and points the login at it', () => {
    const config = loadConfig({ INTYG_DEV_IDP_PORT: '18081', HOST: '127.0.0.1', PORT: '18080' });
    expect(config.devIdp?.issuer).toBe('http://127.0.0.1:18081');
    expect(config.oidc?.issuer).toBe('http://127.0.0.1:18081');
    expect(config.devIdp?.client.redirectUri).toBe('http://127.0.0.1:18080/auth/callback');
  });

  it('refuses the development login or identity provider in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', INTYG_DEV_LOGIN: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', INTYG_DEV_IDP: 'true' })).toThrow(ConfigError);
  });

  it('reads a real provider in production, which needs client id and secret', () => {
    const env = { NODE_ENV: 'production', OIDC_ISSUER: 'https://idp.example/', PUBLIC_URL: 'https://intyg.example' };
    expect(() => loadConfig(env)).toThrow(/OIDC_CLIENT_ID/);
    const config = loadConfig({ ...env, OIDC_CLIENT_ID: 'intyg', OIDC_CLIENT_SECRET: 's3cret' });
    expect(config.oidc).toEqual({ issuer: 'https://idp.example/', clientId: 'intyg', clientSecret: 's3cret' });
    expect(config.devIdp).toBeUndefined();
    expect(config.publicUrl).toBe('https://intyg.example');
    expect(() => loadConfig({ ...env, PUBLIC_URL: 'intyg.example' })).toThrow(/PUBLIC_URL/);
  });

  it('has no login provider in production unless one is configured', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).oidc).toBeUndefined();
  });
});

describe('session security configuration', () => {
  it('makes cookies Secure over https and in production, never on plain http://localhost', () => {
    expect(loadConfig({}).secureCookies).toBe(false);
    expect(loadConfig({ PUBLIC_URL: 'https://intyg.example' }).secureCookies).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'http://intyg.internal:8080' }).secureCookies).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'http://localhost:8080' }).secureCookies).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'http://127.0.0.1:8080' }).secureCookies).toBe(false);
  });

  it('reads the idle timeout, the absolute lifetime and the login and verification rate limits, with defaults', () => {
    const defaults = loadConfig({});
    expect(defaults.sessionLimits).toEqual({ idleMinutes: 30, ttlMinutes: 480 });
    expect(defaults.loginRateLimit).toBe(20);
    expect(defaults.verifyRateLimit).toBe(60);
    const config = loadConfig({
      INTYG_SESSION_IDLE_MINUTES: '15',
      INTYG_SESSION_TTL_MINUTES: '120',
      INTYG_LOGIN_RATE_LIMIT: '5',
      INTYG_VERIFY_RATE_LIMIT: '7',
    });
    expect(config.sessionLimits).toEqual({ idleMinutes: 15, ttlMinutes: 120 });
    expect(config.loginRateLimit).toBe(5);
    expect(config.verifyRateLimit).toBe(7);
    expect(() => loadConfig({ INTYG_SESSION_IDLE_MINUTES: '0' })).toThrow(/INTYG_SESSION_IDLE_MINUTES/);
    expect(() => loadConfig({ INTYG_LOGIN_RATE_LIMIT: 'many' })).toThrow(/INTYG_LOGIN_RATE_LIMIT/);
  });
});

describe('systems calling the national contracts', () => {
  it('configures the demo system outside production and none in production by default', () => {
    expect(loadConfig({}).rivSystems).toEqual([DEMO_RIV_SYSTEM, ...DEMO_RECIPIENT_SYSTEMS]);
    expect(loadConfig({ NODE_ENV: 'production', INTYG_DEV_LOGIN: 'false' }).rivSystems).toEqual([]);
  });

  it('reads system=key pairs and refuses malformed lists, short keys and repeated systems', () => {
    expect(
      loadConfig({ INTYG_RIV_API_KEYS: 'journal-a=0123456789abcdef, journal.b=fedcba9876543210' }).rivSystems,
    ).toEqual([
      { id: 'journal-a', apiKey: '0123456789abcdef' },
      { id: 'journal.b', apiKey: 'fedcba9876543210' },
    ]);
    expect(() => loadConfig({ INTYG_RIV_API_KEYS: 'journal-a' })).toThrow(ConfigError);
    expect(() => loadConfig({ INTYG_RIV_API_KEYS: 'journal-a=short' })).toThrow(/at least 16/);
    expect(() => loadConfig({ INTYG_RIV_API_KEYS: 'a=0123456789abcdef,a=0123456789abcdeg' })).toThrow(/twice/);
  });
});

describe('recipients and the delivery worker', () => {
  it('sends to the simulated recipients by default, each taking the types whose models name it', () => {
    const { recipients, recipientKey, worker, leaseMs } = loadConfig({}).delivery;
    expect(recipients).toEqual([
      {
        id: 'FKASSA',
        name: 'Försäkringskassan',
        endpoint: 'http://localhost:8090/FKASSA',
        types: ['lisjp', 'luse', 'luae_na', 'luae_fs'],
      },
      {
        id: 'TRANSP',
        name: 'Transportstyrelsen',
        endpoint: 'http://localhost:8090/TRANSP',
        types: ['ts-bas', 'ts-diabetes'],
      },
    ]);
    expect(recipientKey).toBe('demo-recipient-key-not-for-production');
    expect([worker, leaseMs]).toEqual([true, 30_000]);
    expect(loadConfig({ INTYG_RECIPIENTS_URL: 'https://sim.example/' }).delivery.recipients[0]?.endpoint).toBe(
      'https://sim.example/FKASSA',
    );
    expect(loadConfig({ NODE_ENV: 'production', INTYG_DEV_LOGIN: 'false' }).delivery).toMatchObject({
      recipients: [],
      recipientKey: '',
    });
  });

  it('reads recipients as JSON: a real endpoint replaces the simulated one by configuration alone', () => {
    const real = { id: 'FKASSA', name: 'Försäkringskassan', endpoint: 'https://fk.example/riv/', types: ['lisjp'] };
    expect(loadConfig({ INTYG_RECIPIENTS: JSON.stringify([real]) }).delivery.recipients).toEqual([
      { ...real, endpoint: 'https://fk.example/riv' },
    ]);
    for (const bad of [
      'nope',
      '{}',
      JSON.stringify([{ ...real, endpoint: 'ftp://x' }]),
      JSON.stringify([real, real]),
    ]) {
      expect(() => loadConfig({ INTYG_RECIPIENTS: bad })).toThrow(ConfigError);
    }
  });
});
