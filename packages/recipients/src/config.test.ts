/** The configuration: laptop defaults that match the server's demo entries, refusals in production. */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError, DEMO_INBOUND_KEY, loadConfig } from './config.js';

describe('loadConfig', () => {
  test('defaults work on a laptop beside npm start', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8090,
      sqlitePath: path.resolve('data', 'recipients.sqlite'),
      careUrl: 'http://localhost:8080',
      inboundKey: DEMO_INBOUND_KEY,
      retry: { baseMs: 1000, maxMs: 300_000 },
    });
    expect(config.recipients).toEqual([
      {
        id: 'FKASSA',
        name: 'Försäkringskassan',
        types: ['lisjp', 'luse', 'luae_na', 'luae_fs'],
        messaging: true,
        careKey: 'demo-fkassa-key-not-for-production',
      },
      {
        id: 'TRANSP',
        name: 'Transportstyrelsen',
        types: ['ts-bas', 'ts-diabetes'],
        messaging: false,
        careKey: 'demo-transp-key-not-for-production',
      },
    ]);
  });

  test('reads the environment', () => {
    const config = loadConfig({
      PORT: '0',
      HOST: '0.0.0.0',
      INTYG_RECIPIENTS_DATA_DIR: '/tmp/r',
      INTYG_CARE_URL: 'https://care.example/',
      INTYG_RECIPIENTS_CARE_KEYS: 'FKASSA=a-long-enough-key-1',
      INTYG_RECIPIENTS_INBOUND_KEY: 'an-inbound-key-long-enough',
    });
    expect(config).toMatchObject({
      port: 0,
      host: '0.0.0.0',
      sqlitePath: '/tmp/r/recipients.sqlite',
      careUrl: 'https://care.example',
      inboundKey: 'an-inbound-key-long-enough',
    });
    expect(config.recipients.map((r) => r.careKey)).toEqual(['a-long-enough-key-1', undefined]);
  });

  test.each([
    [{ NODE_ENV: 'production' }, /INTYG_RECIPIENTS_INBOUND_KEY must be set/],
    [{ PORT: 'x' }, /PORT must be an integer/],
    [{ INTYG_CARE_URL: 'ftp://x' }, /INTYG_CARE_URL must be an http\(s\) URL/],
    [{ INTYG_RECIPIENTS_CARE_KEYS: 'FKASSA' }, /comma-separated list of RECIPIENT=key/],
    [{ INTYG_RECIPIENTS_CARE_KEYS: 'FKASSA=short' }, /at least 16 characters/],
    [{ INTYG_RECIPIENTS_RETRY_BASE_MS: '0' }, /INTYG_RECIPIENTS_RETRY_BASE_MS must be an integer ≥ 1/],
  ])('refuses %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  test('in production there are no demo keys', () => {
    const config = loadConfig({ NODE_ENV: 'production', INTYG_RECIPIENTS_INBOUND_KEY: 'a-production-key-0123' });
    expect(config.recipients.every((recipient) => recipient.careKey === undefined)).toBe(true);
  });
});
