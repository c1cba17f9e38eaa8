import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium against the real server (built `dist/main.js`), which serves the built
 * web app at / and a fresh SQLite database in a temporary folder per run, with the simulated recipients beside it.
 *
 * Prerequisites: `apt-get install chromium` (/usr/bin/chromium), `npm run build` at the root (server and web).
 * E2E_SERVER_COMMAND replaces the server command (e.g. running the sources with tsx while developing).
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.E2E_PORT ?? 18080);
const baseURL = `http://127.0.0.1:${port}`;
// The development identity provider that main.ts starts beside the server (OpenID Connect login).
const idpPort = Number(process.env.E2E_IDP_PORT ?? port + 1);
// The simulated recipients (packages/recipients) beside the server: certificates are sent to them for real, and
// the specs read what arrived from their API (E2E_RECIPIENTS_URL, set here for every process that loads this file).
const recipientsPort = Number(process.env.E2E_RECIPIENTS_PORT ?? port + 10);
const recipientsUrl = `http://127.0.0.1:${recipientsPort}`;
process.env.E2E_RECIPIENTS_URL = recipientsUrl;
// Every process that loads this file gets its own folder; only the runner's is used by the server.
const dataDir = mkdtempSync(path.join(tmpdir(), 'intyg-e2e-'));
process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));

export default defineConfig({
  testDir: './tests',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: './test-results',
  use: {
    baseURL,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    },
  },
  webServer: [
    {
      command: 'node ../packages/recipients/dist/main.js',
      cwd: here,
      url: `${recipientsUrl}/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
      env: {
        PORT: String(recipientsPort),
        HOST: '127.0.0.1',
        INTYG_RECIPIENTS_DATA_DIR: path.join(dataDir, 'recipients'),
        INTYG_CARE_URL: baseURL,
        NODE_ENV: 'test',
      },
    },
    {
      command: process.env.E2E_SERVER_COMMAND ?? 'node ../packages/server/dist/main.js',
      cwd: here,
      url: `${baseURL}/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        INTYG_DATA_DIR: dataDir,
        DATABASE_URL: '',
        INTYG_DEV_LOGIN: 'true',
        INTYG_DEV_IDP: 'true',
        INTYG_DEV_IDP_PORT: String(idpPort),
        PUBLIC_URL: baseURL,
        INTYG_WEB_DIST: path.resolve(here, '../packages/web/dist'),
        NODE_ENV: 'test',
        // The suite logs in far more often per minute than the production default allows.
        INTYG_LOGIN_RATE_LIMIT: '1000',
        INTYG_RECIPIENTS_URL: recipientsUrl,
      },
    },
  ],
});
