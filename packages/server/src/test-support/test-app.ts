import type { Clock } from '@intyg/core';
import type { Store } from '@intyg/store';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { fixedClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { buildApp } from '../http/app.js';
import { createSystem, type System } from '../system.js';

import { certificateFixtures } from '@intyg/certificate-types';

/** The test server's clock stands at 10:00 UTC on the day the lisjp fixtures are written for. */
export const LISJP = certificateFixtures['lisjp/2.0']!;
export const TEST_TODAY = LISJP.today;
export const TEST_NOW = `${TEST_TODAY}T10:00:00.000Z`;

export interface TestApp {
  readonly app: FastifyInstance;
  readonly system: System;
  /** Logs a test user in and returns the session cookie header to send. */
  login(userId: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** More environment, e.g. recipients on a test server. */
  readonly env?: Record<string, string>;
  /** Default: fixed at TEST_NOW. */
  readonly clock?: Clock;
}

/** The real application over a given store, driven in-process with `app.inject`. */
export async function openTestApp(store: Store, options: TestAppOptions = {}): Promise<TestApp> {
  const config = loadConfig({
    INTYG_DEV_LOGIN: 'true',
    INTYG_WEB_DIST: '/nonexistent',
    // Suites log in (and verify) far more often than a person could; the limits are tested on their own apps.
    INTYG_LOGIN_RATE_LIMIT: '100000',
    INTYG_VERIFY_RATE_LIMIT: '100000',
    // No recipient service runs in tests unless a suite starts one (port 9: nothing listens).
    INTYG_RECIPIENTS_URL: 'http://127.0.0.1:9',
    ...options.env,
  });
  const system = await createSystem(config, { store, clock: options.clock ?? fixedClock(TEST_NOW) });
  const app = await buildApp(system);
  return {
    app,
    system,
    async login(userId) {
      const response = await app.inject({ method: 'POST', url: '/api/dev/login', payload: { userId } });
      if (response.statusCode !== 200) throw new Error(`login ${userId}: ${response.statusCode} ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === 'intyg_session');
      if (!cookie) throw new Error('no session cookie');
      return `intyg_session=${cookie.value}`;
    },
    close: () => app.close(),
  };
}

export function json<T = Record<string, unknown>>(response: LightMyRequestResponse): T {
  return JSON.parse(response.body) as T;
}
